import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { startService } from '../../lib/services.js';
import { registrySecret, signRegistryToken } from '../../registry/src/tokens.js';
import { startGateway } from '../harness/hub.js';
import { prometheusSamples } from '../harness/prometheus.js';
import { startSlowSubgraph, supergraphWithSlowSubgraph, type SlowSubgraph } from '../harness/slow-subgraph.js';
import { bearer, tokenVoor } from '../harness/tokens.js';
import { waitFor } from '../harness/wait.js';

// Inbound request sharing (gateway/src/plugins/request-sharing.ts) over real processes: gateways in
// front of the hub's subgraphs and one that answers after as long as it is asked to, so a request
// is still executing when identical ones arrive. Both gateways send every subgraph call on its own
// (DEDUPLICATE_SUBGRAPH_CALLS=false), so the calls the slow subgraph counts are the executions.
// The sharing gateway reports usage to a registry of its own, which must count every request.

const { subgraphBaseUrls } = inject('hub');
let slow: SlowSubgraph;
let registry: ServiceProcess;
let registryUrl: string;
let sharing: Awaited<ReturnType<typeof startGateway>>;
let unshared: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  slow = await startSlowSubgraph();
  const supergraphFile = supergraphWithSlowSubgraph(subgraphBaseUrls, slow.url);
  const registryPort = await freePort();
  registryUrl = `http://127.0.0.1:${registryPort}`;
  registry = startService('registry', {
    env: {
      PORT: String(registryPort),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'vangnet-sharing-registry-')),
      HUB_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]))),
    },
  });
  await waitUntilReady(`${registryUrl}/healthcheck`, registry);
  [sharing, unshared] = await Promise.all([
    startGateway(supergraphFile, { DEDUPLICATE_SUBGRAPH_CALLS: 'false', USAGE_REGISTRY_URL: registryUrl, USAGE_FLUSH_MS: '200' }),
    startGateway(supergraphFile, { DEDUPLICATE_SUBGRAPH_CALLS: 'false', SHARE_IDENTICAL_REQUESTS: 'false', LOG_REQUESTS: 'false' }),
  ]);
  // The first request of each gateway loads the planner; a cold start is no part of what is tested.
  for (const { gatewayUrl } of [sharing, unshared]) expect((await post(gatewayUrl, wait, { ms: 1 })).body.data.wachtEven).toBe('klaar');
});
afterAll(async () => {
  await Promise.all([sharing?.gatewayProcess.stop(), unshared?.gatewayProcess.stop()]);
  await Promise.all([slow?.close(), registry?.stop()]);
});

const wait = 'query Wacht($ms: Int!) { wachtEven(ms: $ms) }';
const fail = 'query Faal($ms: Int!) { faalEven(ms: $ms) }';
const count = 'mutation Tel($ms: Int!) { telEven(ms: $ms) }';
/** Long enough that every request sent after the first reaches the gateway while the first still executes. */
const slowMs = 3_000;
/** Each test waits its own number of milliseconds, so the slow subgraph's calls tell the tests apart. */
let nextMs = slowMs;
const uniqueMs = () => ++nextMs;

interface Answer {
  status: number;
  requestId: string | null;
  body: any;
}

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
}

const callsWith = (field: string, ms: number) => slow.calls.filter((call) => call.field === field && call.ms === ms).length;

/** Sends one request, waits until the slow subgraph has it, then sends the others while it executes. */
async function whileOneExecutes(field: string, ms: number, first: () => Promise<Answer>, others: Array<() => Promise<Answer>>): Promise<Answer[]> {
  const before = callsWith(field, ms);
  const leader = first();
  await waitFor(() => callsWith(field, ms) > before);
  return Promise.all([leader, ...others.map((send) => send())]);
}

async function metric(series: string): Promise<number> {
  const samples = prometheusSamples(await (await fetch(`${sharing.gatewayBaseUrl}/metrics`)).text());
  return samples.get(series) ?? 0;
}

const sharedRequests = () => metric('vangnet_gateway_shared_requests_total');
const answeredWaits = () => metric('vangnet_gateway_requests_total{operation="Wacht",status="200"}');

/** The registry's count of one client's use of one coordinate. */
async function usageOf(client: string, coordinate: string): Promise<number> {
  const token = await signRegistryToken({ id: 'beheer', subgraphs: [], admin: true }, registrySecret({}));
  const response = await fetch(`${registryUrl}/usage?coordinate=${encodeURIComponent(coordinate)}`, { headers: { authorization: `Bearer ${token}` } });
  const rows = (await response.json()) as Array<{ clientNaam: string; aantal: number }>;
  return rows.filter((row) => row.clientNaam === client).reduce((sum, row) => sum + row.aantal, 0);
}

function logLines(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('inbound request sharing', () => {
  it('answers identical requests in flight from one execution, each with its own request id, log line, metrics and usage count', async () => {
    const ms = uniqueMs();
    const [sharedBefore, answeredBefore] = [await sharedRequests(), await answeredWaits()];
    const ids = Array.from({ length: 6 }, (_, index) => `deel-${Date.now()}-${index}`);
    const send = (id: string) => () => post(sharing.gatewayUrl, wait, { ms }, { 'x-request-id': id, 'graphql-client-name': 'deel-app' });
    const answers = await whileOneExecutes('wachtEven', ms, send(ids[0]!), ids.slice(1).map(send));
    expect(callsWith('wachtEven', ms)).toBe(1);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    }
    expect(answers.map((answer) => answer.requestId)).toEqual(ids);
    expect(await sharedRequests()).toBe(sharedBefore + 5);
    expect(await answeredWaits()).toBe(answeredBefore + 6);
    // Services write their log lines in batches (lib/log.ts), so the lines come a moment later.
    const linesOf = () => logLines(sharing.gatewayProcess.output()).filter((line) => line.message === 'request' && ids.includes(line.requestId as string));
    await expect.poll(() => linesOf().length).toBe(6);
    const lines = linesOf();
    expect(lines.find((line) => line.requestId === ids[0])?.sharedWith).toBeUndefined();
    for (const id of ids.slice(1)) expect(lines.find((line) => line.requestId === id)).toMatchObject({ status: 200, operation: 'Wacht', sharedWith: ids[0] });
    await waitFor(async () => (await usageOf('deel-app', 'Query.wachtEven')) >= 6, 20_000, 100);
    // A few flushes longer, so a count that overshoots shows too.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await usageOf('deel-app', 'Query.wachtEven')).toBe(6);
  });

  it('never shares between different tokens, nor between a token and none', async () => {
    const ms = uniqueMs();
    const [one, other] = await Promise.all([tokenVoor({ id: 'deler-1', rollen: ['TRANSFERPUNT'] }), tokenVoor({ id: 'deler-2', rollen: ['TRANSFERPUNT'] })]);
    const answers = await whileOneExecutes('wachtEven', ms, () => post(sharing.gatewayUrl, wait, { ms }, bearer(one)), [
      () => post(sharing.gatewayUrl, wait, { ms }, bearer(other)),
      () => post(sharing.gatewayUrl, wait, { ms }),
    ]);
    for (const answer of answers) expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    expect(callsWith('wachtEven', ms)).toBe(3);
  });

  it('shares between requests with the same token', async () => {
    const ms = uniqueMs();
    const headers = bearer(await tokenVoor({ id: 'deler-3', rollen: ['TRANSFERPUNT'] }));
    const answers = await whileOneExecutes('wachtEven', ms, () => post(sharing.gatewayUrl, wait, { ms }, headers), [() => post(sharing.gatewayUrl, wait, { ms }, headers)]);
    for (const answer of answers) expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    expect(callsWith('wachtEven', ms)).toBe(1);
  });

  it('runs requests with different variables separately', async () => {
    const ms = uniqueMs();
    const otherMs = uniqueMs();
    const answers = await whileOneExecutes('wachtEven', ms, () => post(sharing.gatewayUrl, wait, { ms }), [() => post(sharing.gatewayUrl, wait, { ms: otherMs })]);
    for (const answer of answers) expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    expect(callsWith('wachtEven', ms)).toBe(1);
    expect(callsWith('wachtEven', otherMs)).toBe(1);
  });

  it('runs every mutation, also one identical to a mutation in flight', async () => {
    const ms = uniqueMs();
    const answers = await whileOneExecutes('telEven', ms, () => post(sharing.gatewayUrl, count, { ms }), [() => post(sharing.gatewayUrl, count, { ms })]);
    expect(callsWith('telEven', ms)).toBe(2);
    const counts = answers.map((answer) => answer.body.data.telEven as number);
    expect(new Set(counts).size).toBe(2);
  });

  it('starts a new execution for a request that arrives after a mutation was answered, so it reads after the change', async () => {
    const ms = uniqueMs();
    const answers = await whileOneExecutes('wachtEven', ms, () => post(sharing.gatewayUrl, wait, { ms }), [
      async () => {
        expect((await post(sharing.gatewayUrl, count, { ms: 1 })).body.data.telEven).toBeGreaterThan(0);
        return post(sharing.gatewayUrl, wait, { ms });
      },
    ]);
    for (const answer of answers) expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    expect(callsWith('wachtEven', ms)).toBe(2);
  });

  it('gives every request that shared a failed execution the same error answer', async () => {
    const ms = uniqueMs();
    const answers = await whileOneExecutes('faalEven', ms, () => post(sharing.gatewayUrl, fail, { ms }), [
      () => post(sharing.gatewayUrl, fail, { ms }),
      () => post(sharing.gatewayUrl, fail, { ms }),
    ]);
    expect(callsWith('faalEven', ms)).toBe(1);
    expect(answers[0]!.body.errors).toHaveLength(1);
    expect(answers[0]!.body.data).toEqual({ faalEven: null });
    for (const answer of answers.slice(1)) expect(answer.body).toEqual(answers[0]!.body);
    expect(new Set(answers.map((answer) => answer.requestId)).size).toBe(3);
  });

  it('still answers the others when the client of the request whose execution they share hangs up', async () => {
    const ms = uniqueMs();
    const sharedBefore = await sharedRequests();
    const hangUp = new AbortController();
    const leader = post(sharing.gatewayUrl, wait, { ms }, {}, hangUp.signal).catch((error: Error) => error.name);
    await waitFor(() => callsWith('wachtEven', ms) === 1);
    const followers = Array.from({ length: 3 }, () => post(sharing.gatewayUrl, wait, { ms }));
    await waitFor(async () => (await sharedRequests()) === sharedBefore + 3);
    hangUp.abort();
    expect(await leader).toBe('AbortError');
    for (const answer of await Promise.all(followers)) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    }
    expect(callsWith('wachtEven', ms)).toBe(1);
  });

  it('executes each request on its own with SHARE_IDENTICAL_REQUESTS=false', async () => {
    const ms = uniqueMs();
    const send = () => post(unshared.gatewayUrl, wait, { ms });
    const answers = await whileOneExecutes('wachtEven', ms, send, [send, send, send]);
    for (const answer of answers) expect(answer.body).toEqual({ data: { wachtEven: 'klaar' } });
    expect(callsWith('wachtEven', ms)).toBe(4);
    const metrics = prometheusSamples(await (await fetch(`${unshared.gatewayBaseUrl}/metrics`)).text());
    expect(metrics.get('vangnet_gateway_shared_requests_total')).toBe(0);
  });
});
