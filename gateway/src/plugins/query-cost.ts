import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { codedError } from '../../../lib/error-codes.js';

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
          codedError('QUERY_TOO_COSTLY', `The query costs ${cost}; at most ${limits.maxCost} is allowed. Ask for fewer items (first/eerste) or fewer nested lists`, {
            cost,
            maxCost: limits.maxCost,
          }),
        ],
      });
    },
  };
}
