import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { codedError } from '../../../lib/error-codes.js';

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
        context.reportError(codedError('QUERY_TOO_DEEP', `The query is ${depth} levels deep; at most ${maxDepth} are allowed`));
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
            context.reportError(codedError('TOO_MANY_ALIASES', `The query uses ${aliases} aliases; at most ${maxAliases} are allowed`));
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
        context.reportError(codedError('INTROSPECTION_DISABLED', 'Introspection is disabled on this gateway', {}, { nodes: field }));
      }
    },
  };
}
