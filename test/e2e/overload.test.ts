import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway } from '../harness/hub.js';
import { startSlowSubgraph, supergraphWithSlowSubgraph, type SlowSubgraph } from '../harness/slow-subgraph.js';
import { waitFor } from '../harness/wait.js';

// Load shedding (gateway/src/load-shedding.ts) over real processes: a gateway that takes 4 GraphQL
// requests at once, in front of the hub's subgraphs and one that answers when it is told to, so
// requests pile up for as long as a test wants.

const { subgraphBaseUrls } = inject('hub');
const limit = 4;
let slow: SlowSubgraph;
let gateway: Awaited<ReturnType<typeof startGateway>>;
let unlimited: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  slow = await startSlowSubgraph();
  const supergraphFile = supergraphWithSlowSubgraph(subgraphBaseUrls, slow.url);
  [gateway, unlimited] = await Promise.all([
    startGateway(supergraphFile, { MAX_IN_FLIGHT: String(limit), OVERLOAD_RETRY_AFTER_SECONDS: '3', LOG_REQUESTS: 'false' }),
    startGateway(supergraphFile, { MAX_IN_FLIGHT: '0', LOG_REQUESTS: 'false' }),
  ]);
  // The first GraphQL request loads the supergraph and the planner, which holds the event loop for
  // a moment; that is a cold start, not shedding, so it happens before anything is measured.
  for (const { gatewayUrl } of [gateway, unlimited]) expect((await timedPost(gatewayUrl, waitAndRegions, { ms: 1 })).status).toBe(200);
});
afterAll(async () => {
  await Promise.all([gateway?.gatewayProcess.stop(), unlimited?.gatewayProcess.stop()]);
  await slow?.close();
});

interface Timed {
  status: number;
  retryAfter: string | null;
  body: any;
  /** Milliseconds from sending to the whole answer read. */
  ms: number;
  /** When the answer was read, on performance.now()'s clock. */
  at: number;
}

/** One document for every wait, so the gateway plans it once, in the warm-up, and not while a test measures. */
const waitAndRegions = 'query Wacht($ms: Int!) { wachtEven(ms: $ms) regios { code } }';

async function timedPost(url: string, query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<Timed> {
  const sent = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), ...(signal ? { signal } : {}) });
  const body = await response.json();
  const at = performance.now();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body, ms: at - sent, at };
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${gateway.gatewayBaseUrl}/metrics`)).text();
  const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
  if (!match) throw new Error(`${name} is not in /metrics`);
  return Number(match[1]);
}

const inFlight = () => metric('vangnet_gateway_graphql_requests_in_flight');

describe('load shedding', () => {
  it('answers the requests past the limit at once with 503, Retry-After and OVERLOADED while the admitted ones run and succeed', async () => {
    const shedBefore = await metric('vangnet_gateway_shed_requests_total');
    const answers = await Promise.all(Array.from({ length: 20 }, () => timedPost(gateway.gatewayUrl, waitAndRegions, { ms: 1500 })));
    const admitted = answers.filter((answer) => answer.status === 200);
    const shed = answers.filter((answer) => answer.status !== 200);
    expect(admitted).toHaveLength(limit);
    expect(shed).toHaveLength(20 - limit);
    for (const answer of admitted) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.wachtEven).toBe('klaar');
      expect(answer.body.data.regios).toHaveLength(5);
      expect(answer.ms).toBeGreaterThanOrEqual(1_400);
    }
    for (const answer of shed) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('3');
      expect(answer.body).toEqual({ errors: [{ message: expect.stringContaining('try again in 3 s'), extensions: { code: 'OVERLOADED' } }] });
    }
    // Every shed answer was read before the first admitted one was: they did not wait their turn.
    // (How fast in milliseconds is the benchmark's to show: `BENCH_ONLY=overload npm run bench`.)
    expect(Math.max(...shed.map((answer) => answer.at))).toBeLessThan(Math.min(...admitted.map((answer) => answer.at)));
    const shedMs = shed.map((answer) => answer.ms).sort((a, b) => a - b);
    console.log(`overload: shed answers in ${shedMs[0]!.toFixed(1)}–${shedMs.at(-1)!.toFixed(1)} ms (median ${shedMs[Math.floor(shedMs.length / 2)]!.toFixed(1)} ms); admitted in ${Math.min(...admitted.map((answer) => answer.ms)).toFixed(0)} ms or more`);
    expect(await metric('vangnet_gateway_shed_requests_total')).toBe(shedBefore + 20 - limit);
    await waitFor(async () => (await inFlight()) === 0, 5_000);
  });

  it('keeps answering health, readiness and metrics while every slot is taken', async () => {
    const running = Array.from({ length: limit }, () => timedPost(gateway.gatewayUrl, waitAndRegions, { ms: 2000 }));
    await waitFor(async () => (await inFlight()) === limit, 5_000, 20);
    // One at a time, with the event loop free, a shed answer costs the gateway next to nothing.
    const shedMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await timedPost(gateway.gatewayUrl, '{ __typename }');
      expect(answer.status).toBe(503);
      shedMs.push(answer.ms);
    }
    shedMs.sort((a, b) => a - b);
    console.log(`overload: one at a time while saturated, shed answers in ${shedMs[0]!.toFixed(1)}–${shedMs.at(-1)!.toFixed(1)} ms (median ${shedMs[5]!.toFixed(1)} ms)`);
    // Each was answered while every admitted request was still running: none waited for a slot.
    expect(await inFlight()).toBe(limit);
    const health = await fetch(`${gateway.gatewayBaseUrl}/healthcheck`);
    expect(health.status).toBe(200);
    const readiness = await fetch(`${gateway.gatewayBaseUrl}/readiness`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toMatchObject({ status: 'ready' });
    expect(await inFlight()).toBe(limit);
    expect((await Promise.all(running)).map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  });

  it('frees the slots of clients that went away, so everything is admitted again', async () => {
    const controllers = Array.from({ length: limit }, () => new AbortController());
    const abandoned = controllers.map((controller) => timedPost(gateway.gatewayUrl, waitAndRegions, { ms: 10_000 }, controller.signal).catch((error: Error) => error.name));
    await waitFor(async () => (await inFlight()) === limit, 5_000, 20);
    expect((await timedPost(gateway.gatewayUrl, '{ __typename }')).status).toBe(503);
    for (const controller of controllers) controller.abort();
    expect(await Promise.all(abandoned)).toEqual(Array(limit).fill('AbortError'));
    // Well before the subgraph would have answered (10 s): the slots are freed by the closed connections.
    expect(await waitFor(async () => (await inFlight()) === 0, 3_000, 20)).toBeLessThan(3_000);
    const again = await Promise.all(Array.from({ length: limit }, () => timedPost(gateway.gatewayUrl, waitAndRegions, { ms: 200 })));
    expect(again.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(await inFlight()).toBe(0);
  });

  it('answers exactly as a gateway without shedding while the limit is not reached', async () => {
    const query = '{ regios { code naam gemeenten { cbsCode naam } partners { naam } } wachtEven(ms: 50) }';
    const send = (url: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }) }).then(async (response) => ({
        status: response.status,
        contentType: response.headers.get('content-type'),
        retryAfter: response.headers.get('retry-after'),
        body: await response.text(),
      }));
    const [limited, plain] = await Promise.all([
      Promise.all(Array.from({ length: limit }, () => send(gateway.gatewayUrl))),
      Promise.all(Array.from({ length: limit }, () => send(unlimited.gatewayUrl))),
    ]);
    expect(limited[0]!.status).toBe(200);
    expect(JSON.parse(limited[0]!.body).data.regios).toHaveLength(5);
    expect(limited).toEqual(plain);
  });
});
