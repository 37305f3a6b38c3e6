import {
  getNamedType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** What one operation of a document uses, worked out once per schema, document and operation name. */
export interface OperationUsage {
  /** Written in the document: `Type.field`, `Type.field(arg:)` for arguments given, `Enum.VALUE`, `Input.field`. */
  coordinates: string[];
  /** Variables whose values may name enum values or input fields; read per request. */
  variables: Array<{ name: string; type: GraphQLInputType }>;
}

function usesOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): OperationUsage {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { coordinates: [], variables: [] };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const coordinates = new Set<string>();
  const reached = new Set<string>();
  const toVisit: ASTNode[] = [operation];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      // __typename and introspection are no schema coordinates a change could break.
      if (parent && typeInfo.getFieldDef() && !node.name.value.startsWith('__')) coordinates.add(`${parent.name}.${node.name.value}`);
    },
    Argument(node) {
      // Arguments of directives (@include(if:)) belong to no field.
      if (typeInfo.getDirective()) return;
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      if (parent && field && typeInfo.getArgument()) coordinates.add(`${parent.name}.${field.name}(${node.name.value}:)`);
    },
    EnumValue(node) {
      const type = getNamedType(typeInfo.getInputType());
      if (isEnumType(type) && type.getValue(node.value)) coordinates.add(`${type.name}.${node.value}`);
    },
    ObjectField(node) {
      const type = getNamedType(typeInfo.getParentInputType());
      if (isInputObjectType(type) && type.getFields()[node.name.value]) coordinates.add(`${type.name}.${node.name.value}`);
    },
    FragmentSpread(node) {
      const fragment = fragments.get(node.name.value);
      if (fragment && !reached.has(fragment.name.value)) {
        reached.add(fragment.name.value);
        toVisit.push(fragment);
      }
    },
  });
  // Only the operation that runs and the fragments it reaches count, not the document's other operations.
  while (toVisit.length > 0) visit(toVisit.pop()!, visitor);

  const variables: OperationUsage['variables'] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const named = type && getNamedType(type);
    if (type && (isEnumType(named) || isInputObjectType(named))) variables.push({ name: definition.variable.name.value, type });
  }
  return { coordinates: [...coordinates], variables };
}

function addFromValue(type: GraphQLInputType, value: unknown, into: Set<string>): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return addFromValue(type.ofType, value, into);
  if (isListType(type)) {
    // A single value where a list is expected is coerced to a list of one.
    for (const item of Array.isArray(value) ? value : [value]) addFromValue(type.ofType, item, into);
    return;
  }
  if (isEnumType(type)) {
    if (typeof value === 'string' && type.getValue(value)) into.add(`${type.name}.${value}`);
    return;
  }
  if (isInputObjectType(type) && typeof value === 'object') {
    const fields = type.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (!field) continue;
      into.add(`${type.name}.${name}`);
      addFromValue(field.type, fieldValue, into);
    }
  }
}

/**
 * The schema coordinates an operation uses. The document's own part is worked out once per schema
 * and parsed document (the runtime keeps one parsed document per query text), so a request repeating
 * a known query only reads a cache and, when it has enum or input-object variables, their values.
 */
export class CoordinateCache {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, OperationUsage>>>();

  operationUsage(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): OperationUsage {
    let byDocument = this.bySchema.get(schema);
    if (!byDocument) this.bySchema.set(schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let usage = byOperation.get(key);
    if (!usage) byOperation.set(key, (usage = usesOf(schema, document, operationName)));
    return usage;
  }

  coordinates(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variableValues: Record<string, unknown> | null | undefined): Iterable<string> {
    const usage = this.operationUsage(schema, document, operationName);
    if (usage.variables.length === 0 || !variableValues) return usage.coordinates;
    const all = new Set(usage.coordinates);
    for (const variable of usage.variables) addFromValue(variable.type, variableValues[variable.name], all);
    return all;
  }
}
