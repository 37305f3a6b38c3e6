import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` the hub puts on an error, in one list that the subgraphs and the gateway
 * share. Front-end teams may rely on each of these; `test/unit/error-codes.test.ts` fails when code
 * anywhere in the hub throws a code that is not here, so a new one is added here first.
 *
 * `client: true` means the message was written for the client and may be shown as it is; every
 * other error has its message replaced (see `maskedErrorMessage`), so nothing internal leaks.
 */
export const errorCodes = {
  // The request itself
  BAD_REQUEST: { client: true, meaning: 'the request cannot be run as sent (body, operation name, document id)' },
  BAD_USER_INPUT: { client: true, meaning: 'an argument or variable has a value the field does not accept' },
  GRAPHQL_PARSE_FAILED: { client: true, meaning: 'the document is not GraphQL' },
  GRAPHQL_VALIDATION_FAILED: { client: true, meaning: 'the document does not fit the schema' },
  OPERATION_RESOLUTION_FAILURE: { client: true, meaning: 'the operation to run cannot be chosen from the document' },
  UNSUPPORTED_MEDIA_TYPE: { client: true, meaning: 'the body is not JSON' },
  REQUEST_TOO_LARGE: { client: true, meaning: 'the body is larger than the gateway accepts' },
  CSRF_HEADER_REQUIRED: { client: true, meaning: 'a simple request (GET, form post) lacks the x-graphql-csrf header' },
  PERSISTED_QUERY_NOT_FOUND: { client: true, meaning: 'no operation is registered under the document id' },
  PERSISTED_QUERY_NOT_SUPPORTED: { client: true, meaning: 'the service does not take document ids' },
  PERSISTED_QUERY_ONLY: { client: true, meaning: 'only registered operations run on this gateway' },
  // Limits
  QUERY_TOO_DEEP: { client: true, meaning: 'the query nests deeper than allowed' },
  TOO_MANY_ALIASES: { client: true, meaning: 'the query uses more aliases than allowed' },
  QUERY_TOO_COSTLY: { client: true, meaning: 'the estimated cost is above the limit' },
  INTROSPECTION_DISABLED: { client: true, meaning: 'introspection is off on this gateway' },
  RATE_LIMITED: { client: true, meaning: 'too many requests from this client; Retry-After says when to try again' },
  REQUEST_TIMEOUT: { client: true, meaning: 'the whole request took longer than allowed' },
  OVERLOADED: { client: true, meaning: 'the gateway has more requests in flight than it takes; nothing was run, try again after Retry-After' },
  // Who asks
  UNAUTHENTICATED: { client: true, meaning: 'no valid token where one is needed' },
  FORBIDDEN: { client: true, meaning: 'the token is valid but its role or region may not do this' },
  // Parts of the hub
  GATEWAY_TIMEOUT: { client: true, meaning: 'a subgraph did not answer in time' },
  SUBGRAPH_UNAVAILABLE: { client: true, meaning: 'a subgraph cannot be reached; its part of the answer is missing' },
  DATABASE_UNAVAILABLE: { client: true, meaning: 'a service cannot use its database right now; nothing was changed' },
  INTERNAL_SERVER_ERROR: { client: false, meaning: 'anything unexpected; the details are in the log, never in the answer' },
} as const satisfies Record<string, { client: boolean; meaning: string }>;

export type ErrorCode = keyof typeof errorCodes;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCodes, code);
}

/**
 * The one masking rule of the hub: an error keeps its message only when its code is on the list
 * and written for clients. Anything else gets `null` here, and its sender replaces the message and
 * sets INTERNAL_SERVER_ERROR, keeping the details in its own log.
 */
export function keepsMessage(code: unknown): boolean {
  return isErrorCode(code) && errorCodes[code].client;
}

/** A GraphQL error with a code from the list; other extensions (argumentName, http, ...) ride along. */
export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, options: Omit<ConstructorParameters<typeof GraphQLError>[1] & object, 'extensions'> = {}): GraphQLError {
  return new GraphQLError(message, { ...options, extensions: { code, ...extensions } });
}
