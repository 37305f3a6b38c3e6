import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../lib/error-codes.js';
import { requestIdFrom, requestIdHeader } from '../../lib/http.js';
import { graphqlPath } from './http-errors.js';
import type { GatewayMetrics } from './metrics.js';

export interface LoadSheddingOptions {
  /** GraphQL requests in flight beyond which a new one is answered 503 at once; 0 sheds nothing. */
  maxInFlight: number;
  retryAfterSeconds: number;
  /** The gateway's CORS origins, so a browser on another origin can read the 503 and its Retry-After. */
  corsOrigins: string[];
  metrics: GatewayMetrics | null;
}

function isGraphqlRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  // A preflight is not shed: a browser that gets no CORS answer to it cannot read the 503 that follows.
  return (query < 0 ? url : url.slice(0, query)) === graphqlPath && req.method !== 'OPTIONS';
}

/**
 * Load shedding on the http server, before the runtime sees the request: past `maxInFlight` GraphQL
 * requests in flight, a new one gets 503 with Retry-After at once, without its body being read,
 * parsed, validated or planned, so an overload shows as fast refusals instead of every request
 * slowing down. Probes, /metrics and the pages are never counted nor shed. A request counts until
 * its response is finished or its connection is closed, whichever comes first, so a client that
 * gives up does not hold a slot.
 */
export class LoadShedder {
  private running = 0;
  private readonly body: Buffer;

  constructor(private readonly options: LoadSheddingOptions) {
    // The answer is the same every time, so it is encoded once.
    this.body = Buffer.from(
      JSON.stringify({
        errors: [
          {
            message: `The gateway has more requests in flight than it takes; try again in ${options.retryAfterSeconds} s`,
            extensions: { code: 'OVERLOADED' satisfies ErrorCode },
          },
        ],
      }),
    );
  }

  /** GraphQL requests admitted and not yet answered. */
  get inFlight(): number {
    return this.running;
  }

  /** True when the request may go on to the gateway; false when it has been answered with 503. */
  admit(req: IncomingMessage, res: ServerResponse): boolean {
    if (!isGraphqlRequest(req)) return true;
    const { maxInFlight, metrics } = this.options;
    if (maxInFlight > 0 && this.running >= maxInFlight) {
      this.shed(req, res);
      metrics?.shedRequests.inc();
      return false;
    }
    this.running += 1;
    metrics?.requestsInFlight.inc();
    let counted = true;
    res.once('close', () => {
      if (!counted) return;
      counted = false;
      this.running -= 1;
      metrics?.requestsInFlight.dec();
    });
    return true;
  }

  private shed(req: IncomingMessage, res: ServerResponse): void {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': this.body.length,
      'retry-after': String(this.options.retryAfterSeconds),
      [requestIdHeader]: requestIdFrom(req.headers[requestIdHeader] as string | undefined),
    };
    const { corsOrigins } = this.options;
    const origin = req.headers.origin;
    if (corsOrigins.includes('*')) headers['access-control-allow-origin'] = '*';
    else if (origin && corsOrigins.includes(origin)) Object.assign(headers, { 'access-control-allow-origin': origin, vary: 'origin' });
    if (headers['access-control-allow-origin']) headers['access-control-expose-headers'] = `${requestIdHeader}, retry-after`;
    // The unread body is drained by node:http after the answer, so the connection stays usable.
    res.writeHead(503, headers);
    res.end(this.body);
  }
}
