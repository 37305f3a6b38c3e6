import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHitLane } from './hit-lane.js';
import { GatewayMetrics } from './metrics.js';
import type { CacheableParams } from './plugins/response-cache.js';
import { RateLimiter } from './rate-limit.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const stored = '{"data":{"regios":[]}}';
const query = '{ regios { code } }';

interface Lane {
  url: string;
  /** What the runtime got: the body it was handed, per request that went on. */
  handedOn: string[];
  asked: Array<{ params: CacheableParams; client: string | null }>;
  metrics: GatewayMetrics;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function startLane(options: { rateLimiter?: RateLimiter; maxBodyBytes?: number } = {}): Promise<Lane> {
  const lane: Omit<Lane, 'url'> = { handedOn: [], asked: [], metrics: new GatewayMetrics() };
  const handle = createHitLane({
    answerFromCache: (request, params) => {
      lane.asked.push({ params, client: request.headers.get('graphql-client-name') });
      return params.query === query ? stored : undefined;
    },
    maxBodyBytes: options.maxBodyBytes ?? 10_000,
    rateLimiter: options.rateLimiter ?? null,
    trustProxy: false,
    metrics: lane.metrics,
    logger: quiet,
    logRequests: true,
  });
  server = createServer((req, res) =>
    handle(req, res, () => {
      // The runtime's node adapter reads `body` when the lane read the stream; else the stream itself.
      const read = (req as { body?: Buffer }).body;
      const finish = (text: string) => {
        lane.handedOn.push(text);
        res.end('runtime');
      };
      if (read) finish(read.toString('utf8'));
      else {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
      }
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { ...lane, url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/graphql` };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('the cache hit lane', () => {
  it('answers a hit with the stored bytes, its request id and the cache header, and counts it', async () => {
    const lane = await startLane();
    const response = await post(lane.url, { query, operationName: null, variables: { a: 1 } }, { 'x-request-id': 'abc-123', 'graphql-client-name': 'werkbak' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(stored);
    expect(response.headers.get('x-vangnet-cache')).toBe('hit');
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(lane.asked).toEqual([{ params: { query, operationName: null, variables: { a: 1 } }, client: 'werkbak' }]);
    expect(lane.handedOn).toEqual([]);
    expect(await lane.metrics.registry.getSingleMetricAsString('vangnet_gateway_requests_total')).toContain('status="200"} 1');
  });

  it('hands a miss on to the runtime with the bytes it read', async () => {
    const lane = await startLane();
    const body = JSON.stringify({ query: '{ partners { id } }' });
    const response = await post(lane.url, body);
    expect(await response.text()).toBe('runtime');
    expect(lane.handedOn).toEqual([body]);
  });

  it('leaves every request a policy would treat differently to the runtime, unread', async () => {
    const lane = await startLane({ maxBodyBytes: 200 });
    const cases: Array<[string, unknown, Record<string, string>]> = [
      ['a token', { query }, { authorization: 'Bearer x' }],
      ['a cookie', { query }, { cookie: 'sessie=1' }],
      ['a browser (CORS)', { query }, { origin: 'https://werkbak.example' }],
      ['another answer format', { query }, { accept: 'application/graphql-response+json' }],
      ['a form post', { query }, { 'content-type': 'text/plain' }],
      ['a document id', { documentId: 'abc', query }, {}],
      ['a persisted query', { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }, {}],
      ['a body over the limit', { query, variables: { x: 'y'.repeat(300) } }, {}],
      ['a body that is not JSON', '{ query', {}],
    ];
    for (const [, body, headers] of cases) expect(await (await post(lane.url, body, headers)).text()).toBe('runtime');
    expect(lane.handedOn).toHaveLength(cases.length);
    // None was looked up: six stop at their headers or length, the other three at their body.
    expect(lane.asked).toEqual([]);
    expect(await (await fetch(`${lane.url}?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).text()).toBe('runtime');
  });

  it('charges the rate limit of the address, and sends a client whose limit is spent on to be refused', async () => {
    const lane = await startLane({ rateLimiter: new RateLimiter(1, 2) });
    expect((await post(lane.url, { query })).headers.get('x-vangnet-cache')).toBe('hit');
    expect((await post(lane.url, { query })).headers.get('x-vangnet-cache')).toBe('hit');
    expect(await (await post(lane.url, { query })).text()).toBe('runtime');
  });
});
