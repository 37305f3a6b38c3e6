import { createServer, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadShedder } from './load-shedding.js';
import { GatewayMetrics } from './metrics.js';

// The shedder sits on the http server in front of the runtime (main.ts), so it is tested here on a
// real node:http server whose "gateway" holds every GraphQL request until the test lets it go.

interface Harness {
  url: string;
  shedder: LoadShedder;
  metrics: GatewayMetrics;
  /** Answers every request the stand-in gateway is holding. */
  releaseAll(): void;
  held(): number;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function startShedding(maxInFlight: number, corsOrigins: string[] = []): Promise<Harness> {
  const metrics = new GatewayMetrics();
  const shedder = new LoadShedder({ maxInFlight, retryAfterSeconds: 2, corsOrigins, metrics });
  const holding: ServerResponse[] = [];
  const server = createServer((req, res) => {
    if (!shedder.admit(req, res)) return;
    if (req.url === '/graphql' && req.method === 'POST') holding.push(res);
    else res.end('ok');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    shedder,
    metrics,
    releaseAll: () => holding.splice(0).forEach((res) => res.end('{"data":{}}')),
    held: () => holding.filter((res) => !res.destroyed).length,
  };
}

const post = (url: string, init: RequestInit = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', ...init });

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe('load shedding', () => {
  it('answers a GraphQL request past the limit at once with 503, Retry-After and OVERLOADED, and counts it', async () => {
    const harness = await startShedding(2);
    const admitted = [post(harness.url), post(harness.url)];
    await until(() => harness.held() === 2);
    const response = await post(harness.url, { headers: { 'content-type': 'application/json', 'x-request-id': 'shed-1' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('x-request-id')).toBe('shed-1');
    expect(response.headers.get('connection')).toBe('keep-alive');
    expect(await response.json()).toEqual({ errors: [{ message: 'The gateway has more requests in flight than it takes; try again in 2 s', extensions: { code: 'OVERLOADED' } }] });
    expect((await harness.metrics.shedRequests.get()).values[0]?.value).toBe(1);
    harness.releaseAll();
    expect((await Promise.all(admitted)).map((answer) => answer.status)).toEqual([200, 200]);
    await until(() => harness.shedder.inFlight === 0);
    const afterwards = post(harness.url);
    await until(() => harness.held() === 1);
    harness.releaseAll();
    expect((await afterwards).status).toBe(200);
  });

  it('never sheds probes, /metrics, pages or a CORS preflight', async () => {
    const harness = await startShedding(1);
    const admitted = post(harness.url);
    await until(() => harness.held() === 1);
    for (const path of ['/healthcheck', '/readiness', '/metrics', '/werkbak/', '/beheer/', '/gedeeld/hub.js']) {
      expect((await fetch(`${harness.url}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${harness.url}/graphql`, { method: 'OPTIONS' })).status).toBe(200);
    expect(harness.shedder.inFlight).toBe(1);
    harness.releaseAll();
    await admitted;
  });

  it('frees the slot of a request whose client went away before the answer', async () => {
    const harness = await startShedding(3);
    const aborts = [new AbortController(), new AbortController(), new AbortController()];
    const abandoned = aborts.map((controller) => post(harness.url, { signal: controller.signal }).catch(() => 'aborted'));
    await until(() => harness.shedder.inFlight === 3);
    expect((await post(harness.url)).status).toBe(503);
    aborts.forEach((controller) => controller.abort());
    expect(await Promise.all(abandoned)).toEqual(['aborted', 'aborted', 'aborted']);
    await until(() => harness.shedder.inFlight === 0);
    expect((await harness.metrics.requestsInFlight.get()).values[0]?.value).toBe(0);
  });

  it('sheds nothing when the limit is 0, and still counts what is in flight', async () => {
    const harness = await startShedding(0);
    const requests = Array.from({ length: 20 }, () => post(harness.url));
    await until(() => harness.held() === 20);
    expect(harness.shedder.inFlight).toBe(20);
    harness.releaseAll();
    expect(new Set((await Promise.all(requests)).map((answer) => answer.status))).toEqual(new Set([200]));
  });

  it('lets a browser on an allowed origin read the 503 and its Retry-After', async () => {
    const harness = await startShedding(1, ['https://app.example.nl']);
    const admitted = post(harness.url);
    await until(() => harness.held() === 1);
    const answer = await new Promise<{ status?: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = httpRequest(`${harness.url}/graphql`, { method: 'POST', headers: { origin: 'https://app.example.nl', 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, headers: res.headers });
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(answer.status).toBe(503);
    expect(answer.headers['access-control-allow-origin']).toBe('https://app.example.nl');
    expect(answer.headers['access-control-expose-headers']).toContain('retry-after');
    harness.releaseAll();
    await admitted;
  });
});
