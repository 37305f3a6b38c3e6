import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { prometheusSamples } from '../harness/prometheus.js';
import type { ServiceProcess } from '../../lib/processes.js';

let hub: RunningHub;

beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await hub?.stop();
});

const regioPagina = 'query RegioPagina { regio(code: "oost-veluwe") { naam partners { naam } } }';

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) });
}

function logLines(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function metrics(): Promise<Map<string, number>> {
  const response = await fetch(`${hub.gatewayBaseUrl}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/text\/plain/);
  return prometheusSamples(await response.text());
}

describe('request ids and logs', () => {
  it('carries the client\'s x-request-id to every subgraph the query needs, into each one\'s log, and back', async () => {
    const requestId = `trace-${Date.now()}`;
    const response = await post({ query: regioPagina }, { 'x-request-id': requestId });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await response.json();

    // Services write their log lines in batches (lib/log.ts), so the lines come a moment later.
    const lineOf = (service: ServiceProcess) => logLines(service.output()).find((line) => line.requestId === requestId);
    await expect.poll(() => lineOf(hub.gatewayProcess)).toBeDefined();
    const gatewayLine = lineOf(hub.gatewayProcess);
    expect(gatewayLine).toMatchObject({ service: 'gateway', level: 'info', message: 'request', operation: 'RegioPagina', status: 200 });
    expect(typeof gatewayLine?.durationMs).toBe('number');
    for (const asked of ['regions', 'partners']) {
      await expect.poll(() => lineOf(hub.subgraphProcesses[asked]!)).toMatchObject({ service: asked, message: 'request', status: 200 });
    }
    expect(hub.subgraphProcesses.voorzieningen!.output()).not.toContain(requestId);
  });
});

describe('a subgraph that does not answer', () => {
  beforeAll(async () => {
    await hub.subgraphProcesses.partners!.stop();
  });

  it('counts the errors of a subgraph that does not answer', async () => {
    const before = await metrics();
    const body = (await (await post({ query: regioPagina })).json()) as { data: { regio: { naam: string } } };
    expect(body.data.regio.naam).toMatch(/Oost-Veluwe/);
    const after = await metrics();
    const failures = [...after].filter(([sample]) => sample.startsWith('vangnet_gateway_subgraph_errors_total{subgraph="partners"'));
    expect(failures.reduce((sum, [sample, value]) => sum + value - (before.get(sample) ?? 0), 0)).toBeGreaterThanOrEqual(1);
  });

  it('reports 503 naming the subgraph that does not answer, while the gateway stays alive', async () => {
    const readiness = await fetch(`${hub.gatewayBaseUrl}/readiness`);
    expect(readiness.status).toBe(503);
    const body = (await readiness.json()) as { subgraphs: Array<{ name: string; ok: boolean; error?: string }> };
    expect(body.subgraphs.find((subgraph) => subgraph.name === 'partners')).toMatchObject({ ok: false });
    expect(body.subgraphs.find((subgraph) => subgraph.name === 'regions')).toMatchObject({ ok: true });
    expect((await fetch(`${hub.gatewayBaseUrl}/healthcheck`)).status).toBe(200);

    const regionsOnly = await graphql(hub.gatewayUrl, '{ regios { code naam } }');
    expect(regionsOnly.errors).toBeUndefined();
    expect(regionsOnly.data.regios.length).toBe(5);
  });
});
