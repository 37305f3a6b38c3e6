import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Depth of field nesting, following fragment spreads. Introspection (`__schema`, `__type`) is not
 * counted: its depth is fixed by the GraphQL spec, and GraphiQL's own query is deeper than any limit.
 */
function depthOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, seen) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
    }
  }
  return deepest;
}

export function maxDepthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragmentsOf(context), new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`The query is ${depth} levels deep; at most ${maxDepth} are allowed`, { extensions: { code: 'QUERY_TOO_DEEP' } }),
        );
      }
    },
  });
}

export function maxAliasesRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`The query uses ${aliases} aliases; at most ${maxAliases} are allowed`, { extensions: { code: 'TOO_MANY_ALIASES' } }),
            );
          }
        },
      },
    };
  };
}

/**
 * Depth and alias limits run in validation, before any subgraph is asked, so a query built to
 * multiply work (deep nesting, alias bombs) costs the hub a parse and a walk of the document only.
 */
export function useQueryLimits(limits: { maxDepth: number; maxAliases: number; introspection: boolean }): GatewayPlugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxDepthRule(limits.maxDepth));
      addValidationRule(maxAliasesRule(limits.maxAliases));
      if (!limits.introspection) addValidationRule(introspectionDisabledRule);
    },
  };
}

export function introspectionDisabledRule(context: ValidationContext): ASTVisitor {
  return {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') {
        context.reportError(
          new GraphQLError('Introspection is disabled on this gateway', { nodes: field, extensions: { code: 'INTROSPECTION_DISABLED' } }),
        );
      }
    },
  };
}

/** The arguments that cap how many items a list field returns. */
const sliceArguments = new Set(['first', 'eerste']);

interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  assumedListSize: number;
  /** Set when a list size came from a variable, so the cost holds for these variables only. */
  readVariable: boolean;
}

function sliceSize(field: FieldNode, context: CostContext): number | undefined {
  const argument = field.arguments?.find((arg) => sliceArguments.has(arg.name.value));
  if (!argument) return undefined;
  if (argument.value.kind === Kind.VARIABLE) context.readVariable = true;
  const value = argument.value.kind === Kind.VARIABLE ? context.variables[argument.value.name.value] : valueFromASTUntyped(argument.value);
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined;
}

/**
 * A static estimate of the work a query asks for: every field costs 1, and whatever is selected
 * below a list counts once per item, taking `first`/`eerste` as the number of items and otherwise
 * assuming `assumedListSize`. A list directly under a field that already has `first` (a page's
 * `nodes`) is not multiplied again.
 */
function costOf(selectionSet: SelectionSetNode, parentType: GraphQLNamedType, context: CostContext, sizedByParent: boolean, seen: Set<string>): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
      if (!definition) {
        cost += 1;
        continue;
      }
      const explicit = sliceSize(selection, context);
      const isList = isListType(getNullableType(definition.type));
      const multiplier = explicit ?? (isList && !sizedByParent ? context.assumedListSize : 1);
      const below = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(definition.type), context, explicit !== undefined, seen) : 0;
      cost += 1 + multiplier * below;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.schema.getType(selection.typeCondition.name.value) : parentType;
      cost += costOf(selection.selectionSet, type ?? parentType, context, sizedByParent, seen);
    } else {
      const fragment = context.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = context.schema.getType(fragment.typeCondition.name.value) ?? parentType;
      cost += costOf(fragment.selectionSet, type, context, sizedByParent, new Set([...seen, fragment.name.value]));
    }
  }
  return cost;
}

/*
 * The runtime hands every request for the same query text the same parsed document, so a cost that
 * no variable changes is worked out once per document and operation. The schema is part of the key:
 * a reloaded supergraph gets new parsed documents and a new schema.
 */
const fixedCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, assumedListSize: number): number {
  let bySchema = fixedCosts.get(schema);
  if (!bySchema) fixedCosts.set(schema, (bySchema = new WeakMap()));
  let byOperation = bySchema.get(document);
  if (!byOperation) bySchema.set(document, (byOperation = new Map()));
  const key = `${operationName ?? ''}|${assumedListSize}`;
  const known = byOperation.get(key);
  if (known !== undefined) return known;
  const context: CostContext = { schema, fragments: new Map(), variables, assumedListSize, readVariable: false };
  const cost = computeQueryCost(document, operationName, context);
  if (!context.readVariable) byOperation.set(key, cost);
  return cost;
}

function computeQueryCost(document: DocumentNode, operationName: string | null | undefined, context: CostContext): number {
  const { schema, fragments } = context;
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
  }
  if (!operation) return 0;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  return costOf(operation.selectionSet, rootType, context, false, new Set());
}

/**
 * The cost limit runs when the operation is about to execute, because only then are the variables
 * known: `first: $n` costs what `$n` says. Validation results are cached per document, so a
 * variable-dependent check there would let the second request through on the first one's verdict.
 */
export function useQueryCostLimit(limits: { maxCost: number; assumedListSize: number }): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const cost = queryCost(args.schema, args.document, args.operationName, variables, limits.assumedListSize);
      if (cost <= limits.maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`The query costs ${cost}; at most ${limits.maxCost} is allowed. Ask for fewer items (first/eerste) or fewer nested lists`, {
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: limits.maxCost },
          }),
        ],
      });
    },
  };
}
