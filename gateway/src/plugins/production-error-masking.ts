import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { keepsMessage, type ErrorCode } from '../../../lib/error-codes.js';
import type { Logger } from '../../../lib/log.js';
import { requestIdOf } from '../request-state.js';

/** Extensions a client may see: the rest (the subgraph's URL and request, stack traces) stays inside. */
const clientExtensions = ['code', 'http', 'serviceName', 'subgraph', 'argumentName', 'cost', 'maxCost'];

function masked(error: GraphQLError | GraphQLFormattedError, hide: (code: string | undefined) => void): { message: string; extensions: Record<string, unknown> } {
  const extensions = (error.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const kept = Object.fromEntries(clientExtensions.filter((key) => key in extensions).map((key) => [key, extensions[key]]));
  if (keepsMessage(code)) return { message: error.message, extensions: kept };
  hide(code);
  // A subgraph that failed is named (the rest of the answer says what is missing), but not how it failed.
  const subgraph = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  return {
    message: subgraph ? `The ${subgraph} service could not answer this part of the query` : 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, ...(subgraph ? { serviceName: subgraph } : {}), ...('http' in kept ? { http: kept.http } : {}) },
  };
}

function mask(error: GraphQLError | GraphQLFormattedError, hide: (code: string | undefined) => void): GraphQLError | GraphQLFormattedError {
  const { message, extensions } = masked(error, hide);
  // A new GraphQLError (not a plain object) keeps the runtime's view of it as an expected error.
  if (error instanceof GraphQLError) {
    return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
  }
  return { message, ...(error.locations ? { locations: error.locations } : {}), ...(error.path ? { path: error.path } : {}), extensions };
}

function maskResult(result: ExecutionResult, hide: (error: GraphQLError, code: string | undefined) => void): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => mask(error, (code) => hide(error, code)) as GraphQLError) };
}

/**
 * Production answers carry no stack traces and no internal messages: an error keeps its message
 * only when its code is one written for clients (`keepsMessage`, the hub's one masking rule);
 * anything else becomes a generic message, and the details stay in the log.
 */
export function useProductionErrorMasking(logger: Logger): GatewayPlugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const hide = (error: GraphQLError, code: string | undefined) => {
        const serviceName = (error.extensions as { serviceName?: unknown } | undefined)?.serviceName;
        logger.error('error hidden from the client', { requestId: requestIdOf(request), error: error.message, code, serviceName, path: error.path });
      };
      if (Array.isArray(result)) setResult(result.map((one) => maskResult(one as ExecutionResult, hide)) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(maskResult(result as ExecutionResult, hide) as never);
    },
  };
}
