import { GraphQLError } from 'graphql';
import { maskError as maskWithDefaults, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { codedError } from '../../lib/error-codes.js';

type MaskError = YogaMaskedErrorOpts['maskError'];

/** The subgraph a gateway-side failure belongs to, when the runtime recorded it. */
function failedSubgraph(error: unknown): { name: string; code: string | undefined } | null {
  for (let current = error as { extensions?: Record<string, unknown>; originalError?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    const name = current.extensions?.serviceName;
    if (typeof name === 'string' && name !== '') return { name, code: typeof current.extensions?.code === 'string' ? current.extensions.code : undefined };
    current = current.originalError as typeof current;
  }
  return null;
}

/**
 * A subgraph that cannot be reached (down, restarting, timing out) costs only the fields it
 * provides: the client gets the rest of the data and this error, which says which part of the hub
 * is missing, with a stable code, instead of a bare "Unexpected error". Nothing internal (address,
 * port, subrequest body) leaves the hub. Other errors keep the runtime's masking.
 */
export const maskGatewayError: MaskError = (error, message, isDev) => {
  const failure = failedSubgraph(error);
  // Errors a subgraph answered with (its own codes, such as DATABASE_UNAVAILABLE) pass unchanged;
  // only failures to get an answer at all are rewritten.
  const transportFailure = failure && (failure.code === undefined || /HTTP_ERROR|DOWNSTREAM|TIMEOUT|FETCH/.test(failure.code));
  if (failure && transportFailure && error instanceof GraphQLError) {
    return codedError('SUBGRAPH_UNAVAILABLE', `The ${failure.name} subgraph is not reachable right now; the data it provides is missing from this answer`, { subgraph: failure.name }, { path: error.path });
  }
  return maskWithDefaults(error, message, isDev);
};
