import { GraphQLError } from 'graphql';

/** The GraphQL endpoint; the checks below leave /healthcheck, /readiness and /metrics alone. */
export const graphqlPath = '/graphql';

/**
 * A refusal before GraphQL runs, in the shape every client already reads: `{ errors: [...] }` with
 * a stable code, and the HTTP status that says what kind of refusal it is.
 */
export function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** An error thrown inside the GraphQL pipeline that still ends the request with this HTTP status. */
export function requestError(status: number, code: string, message: string, headers?: Record<string, string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });
}
