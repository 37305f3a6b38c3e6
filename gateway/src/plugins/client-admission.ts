import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GraphQLError } from 'graphql';
import { authenticate, isKeySetUnavailable, type AuthConfig, type Gebruiker } from '../../../lib/auth.js';
import type { Logger } from '../../../lib/log.js';
import { graphqlPath, refuse } from '../http-errors.js';
import type { RateLimiter } from '../rate-limit.js';
import { recordClient } from '../request-state.js';

/** The address a client is counted by: the connection's, or behind a trusted proxy the one it saw. */
export function clientAddress(forwardedFor: string | null, remoteAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; anything before that the client could have written itself.
    const last = forwardedFor?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  return remoteAddress ?? 'unknown';
}

function addressOf(request: Request, serverContext: unknown, trustProxy: boolean): string {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return clientAddress(request.headers.get('x-forwarded-for'), req?.socket?.remoteAddress, trustProxy);
}

export interface AdmissionOptions {
  auth: AuthConfig;
  rateLimiter: RateLimiter | null;
  trustProxy: boolean;
  logger: Logger;
}

/**
 * Checks the token and the client's request rate before the body is even read, so neither a forged
 * token nor a flood reaches a subgraph. A client with a valid token is counted by its subject, so
 * many users behind one address do not share a budget; anyone else is counted by address, and a
 * bad token costs its sender from that budget too, so guessing tokens is rate limited as well.
 */
export function useClientAdmission(options: AdmissionOptions): GatewayPlugin {
  const { auth, rateLimiter, trustProxy, logger } = options;
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlPath || request.method === 'OPTIONS') return;
      const address = addressOf(request, serverContext, trustProxy);
      const admit = (gebruiker: Gebruiker | null, refusal: GraphQLError | null) => {
        recordClient(request, { gebruiker, address });
        const decision = rateLimiter?.take(gebruiker ? `sub:${gebruiker.id}` : `ip:${address}`) ?? { allowed: true };
        if (!decision.allowed) {
          endResponse(
            refuse(request, fetchAPI, 429, 'RATE_LIMITED', `Too many requests; try again in ${decision.retryAfterSeconds} s`, {
              'retry-after': String(decision.retryAfterSeconds),
            }),
          );
          return;
        }
        if (refusal) endResponse(refuse(request, fetchAPI, 401, 'UNAUTHENTICATED', refusal.message, { 'www-authenticate': 'Bearer error="invalid_token"' }));
      };
      const authorization = request.headers.get('authorization');
      if (!authorization) return admit(null, null);
      return authenticate(authorization, auth).then(
        (gebruiker) => admit(gebruiker, null),
        (error: GraphQLError) => {
          if (isKeySetUnavailable(error)) logger.error('cannot fetch the identity provider\'s keys', { error: String(error.originalError) });
          admit(null, error);
        },
      );
    },
  };
}
