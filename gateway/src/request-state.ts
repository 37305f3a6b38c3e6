import type { Gebruiker } from '../../lib/auth.js';
import type { ErrorCode } from '../../lib/error-codes.js';

/** Who sent a request, as far as the gateway knows after the token check. */
export interface Client {
  gebruiker: Gebruiker | null;
  address: string;
}

/**
 * What the gateway learns about one request while its plugins run. Each plugin writes its part here
 * and reads the others' parts, so that no plugin imports another.
 */
export interface RequestState {
  id: string;
  startedAt: number;
  /** A request to the GraphQL endpoint (not a preflight, probe or /metrics): counted, timed and logged. */
  graphql: boolean;
  operation: string | null;
  /** The codes of the errors in the answer, refusals included. */
  errorCodes: string[];
  client: Client | null;
  /** The id of the identical request whose execution answered this one (plugins/request-sharing.ts). */
  sharedWith?: string;
}

const states = new WeakMap<Request, RequestState>();

export function trackRequest(request: Request, state: Pick<RequestState, 'id' | 'graphql'>): RequestState {
  const tracked: RequestState = { ...state, startedAt: performance.now(), operation: null, errorCodes: [], client: null };
  states.set(request, tracked);
  return tracked;
}

export function requestStateOf(request: Request): RequestState | undefined {
  return states.get(request);
}

/** The request id of a request, for anything that logs on its behalf. */
export function requestIdOf(request: Request): string | undefined {
  return states.get(request)?.id;
}

export function recordClient(request: Request, client: Client): void {
  const state = states.get(request);
  if (state) state.client = client;
}

/** Counts a refusal that ends a request before GraphQL runs (size, token, rate, ...). */
export function recordRefusal(request: Request, code: ErrorCode): void {
  states.get(request)?.errorCodes.push(code);
}
