import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdFrom, requestIdHeader } from '../../lib/http.js';
import type { Logger } from '../../lib/log.js';
import { graphqlPath } from './http-errors.js';
import { clientAddress } from './plugins/client-admission.js';
import { recordAnswered } from './plugins/request-observability.js';
import type { GatewayMetrics } from './metrics.js';
import { cacheHeader, type CacheableParams, type ResponseCache } from './plugins/response-cache.js';
import type { HeaderSource } from './plugins/usage.js';
import type { RateLimiter } from './rate-limit.js';

export interface HitLaneOptions {
  answerFromCache: ResponseCache['answerFromCache'];
  maxBodyBytes: number;
  rateLimiter: RateLimiter | null;
  trustProxy: boolean;
  metrics: GatewayMetrics | null;
  logger: Logger;
  logRequests: boolean;
}

/** What the runtime's node adapter takes as the body of a request whose stream was read already. */
type ReadRequest = IncomingMessage & { body?: Buffer };

/**
 * Answers a response cache hit straight from node:http, before the WHATWG adapter and the GraphQL
 * server: a hit answered there cost about twice Apollo Server's cached answer in gateway CPU, half
 * of it the adapter (bench/report.md, "With response caches").
 *
 * Only a request that every policy would pass as it is takes the lane, and the lane then does what
 * those policies do for a hit: an anonymous POST of JSON to /graphql (no Authorization, no Cookie,
 * so admission has no token to check; JSON, so CSRF prevention asks nothing; no Origin, so CORS adds
 * nothing) with a Content-Length within the body limit, a query text (registered documents only is
 * off: the lane is not made then) and an Accept that JSON satisfies. Load shedding has run before
 * (main.ts). The lane charges the address's rate limit, counts the hit, its usage and the request in
 * /metrics, writes the request's log line and returns its request id, as the plugins do.
 *
 * Anything else, and every miss, goes on to the runtime with the bytes read, so the runtime and its
 * plugins see the request exactly as they would have; a client whose rate limit is spent is sent on
 * too, and refused there.
 */
export function createHitLane(options: HitLaneOptions): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { answerFromCache, rateLimiter } = options;
  return (req, res, next) => {
    if (!takesLane(req, options.maxBodyBytes)) {
      next();
      return;
    }
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => res.destroy());
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      const params = cacheableParams(body);
      const client = params && `ip:${clientAddress(header(req, 'x-forwarded-for'), req.socket.remoteAddress, options.trustProxy)}`;
      const answer = params && client && (rateLimiter?.wouldAllow(client) ?? true) ? answerFromCache(headerSource(req), params) : undefined;
      if (answer === undefined) {
        if (body.length > 0) (req as ReadRequest).body = body;
        next();
        return;
      }
      rateLimiter?.take(client!);
      const requestId = requestIdFrom(header(req, requestIdHeader));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer), [cacheHeader]: 'hit', [requestIdHeader]: requestId });
      res.end(answer);
      recordAnswered(options, {
        requestId,
        operation: typeof params!.operationName === 'string' ? params!.operationName : undefined,
        status: 200,
        seconds: (performance.now() - startedAt) / 1000,
        lane: 'cache',
      });
    });
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : null;
}

function headerSource(req: IncomingMessage): HeaderSource {
  return { headers: { get: (name) => header(req, name.toLowerCase()) } };
}

function takesLane(req: IncomingMessage, maxBodyBytes: number): boolean {
  if (req.method !== 'POST' || req.url !== graphqlPath) return false;
  const { headers } = req;
  if (headers.authorization !== undefined || headers.cookie !== undefined || headers.origin !== undefined || headers['transfer-encoding'] !== undefined) return false;
  if (!(headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) return false;
  // The runtime answers other media types (graphql-response+json, event streams) in their own form.
  const accept = (headers.accept ?? '').toLowerCase();
  if (accept !== '' && accept !== '*/*' && !/^application\/json\s*(;|,|$)/.test(accept)) return false;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= maxBodyBytes;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The body's query, operation name and variables when it is a plain query text the cache may answer. */
function cacheableParams(body: Buffer): CacheableParams | undefined {
  let parsed: unknown;
  try {
    // Strict, as the runtime's body reader (plugins/body-limits.ts): bytes that are not UTF-8 are its to refuse.
    parsed = JSON.parse(strictUtf8.decode(body));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const params = parsed as Record<string, unknown>;
  // A document id is the runtime's to look up (and to count under its app's name).
  if (typeof params.query !== 'string' || 'documentId' in params || 'extensions' in params) return undefined;
  if (params.operationName !== undefined && params.operationName !== null && typeof params.operationName !== 'string') return undefined;
  return { query: params.query, operationName: params.operationName as string | null | undefined, variables: params.variables };
}

