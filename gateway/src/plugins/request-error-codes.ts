import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { codedError, type ErrorCode } from '../../../lib/error-codes.js';

/**
 * graphql-js reports a request it cannot run as given (a variable of the wrong type, an unknown
 * operation name) without a code; such an error has no path, because no field ran. It gets one
 * here, so clients can rely on a code and production masking keeps its message.
 */
function withRequestErrorCode(error: GraphQLError): GraphQLError {
  if ((error.extensions as { code?: unknown } | undefined)?.code !== undefined || error.path !== undefined) return error;
  const code: ErrorCode = /^Variable "\$/.test(error.message) ? 'BAD_USER_INPUT' : 'BAD_REQUEST';
  const { nodes, source, positions } = error;
  return codedError(code, error.message, { ...error.extensions, code }, { nodes, source, positions });
}

export function useRequestErrorCodes(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const { errors } = result as ExecutionResult;
      if (!errors?.length) return;
      setResult({ ...(result as ExecutionResult), errors: errors.map((error) => (error instanceof GraphQLError ? withRequestErrorCode(error) : error)) } as never);
    },
  };
}
