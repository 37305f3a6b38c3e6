import type { GraphQLError } from 'graphql';
import { codedError, type ErrorCode } from '../../lib/error-codes.js';
import { recordRefusal } from './request-state.js';

/** The GraphQL endpoint; the checks on requests leave /healthcheck, /readiness and /metrics alone. */
export const graphqlPath = '/graphql';

type FetchAPI = { Response: typeof Response };

export function jsonResponse(fetchAPI: FetchAPI, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/**
 * A refusal before GraphQL runs, in the shape every client already reads: `{ errors: [...] }` with
 * a stable code, and the HTTP status that says what kind of refusal it is.
 */
export function errorResponse(fetchAPI: FetchAPI, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse(fetchAPI, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** The answer that ends a request before GraphQL runs, counted as a refusal of that request. */
export function refuse(request: Request, fetchAPI: FetchAPI, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  recordRefusal(request, code);
  return errorResponse(fetchAPI, status, code, message, headers);
}

/** An error thrown inside the GraphQL pipeline that still ends the request with this HTTP status. */
export function requestError(status: number, code: ErrorCode, message: string, headers?: Record<string, string>): GraphQLError {
  return codedError(code, message, { http: { status, ...(headers ? { headers } : {}) } });
}
