import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../harness/hub.js';
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
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^(\S+) (\S+)$/.exec(line);
    if (match) samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

  it('makes an id of its own when none is sent, or when the one sent is not a plain short token', async () => {
    const sent: Array<Record<string, string>> = [{}, { 'x-request-id': 'twee woorden' }, { 'x-request-id': 'x'.repeat(500) }];
    for (const headers of sent) {
      const response = await post({ query: '{ regios { code } }' }, headers);
      expect(response.headers.get('x-request-id')).toMatch(uuid);
      await response.json();
    }
  });
});

describe('/metrics', () => {
  it('counts requests and errors and times them per operation, and per subgraph', async () => {
    const before = await metrics();
    for (let i = 0; i < 2; i++) await (await post({ query: regioPagina })).json();
    await (await post({ query: 'query Kapot { regios { bestaatNiet } }', operationName: 'Kapot' })).json();
    const after = await metrics();
    const grew = (sample: string) => (after.get(sample) ?? 0) - (before.get(sample) ?? 0);

    expect(grew('vangnet_gateway_requests_total{operation="RegioPagina",status="200"}')).toBe(2);
    expect(grew('vangnet_gateway_request_duration_seconds_count{operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_request_duration_seconds_bucket{le="+Inf",operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_subgraph_requests_total{subgraph="regions",operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_subgraph_request_duration_seconds_count{subgraph="partners",operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_errors_total{operation="Kapot",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(after.get('vangnet_gateway_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts the errors of a subgraph that does not answer', async () => {
    await hub.subgraphProcesses.partners!.stop();
    const before = await metrics();
    const body = (await (await post({ query: regioPagina })).json()) as { data: { regio: { naam: string } } };
    expect(body.data.regio.naam).toMatch(/Oost-Veluwe/);
    const after = await metrics();
    const failures = [...after].filter(([sample]) => sample.startsWith('vangnet_gateway_subgraph_errors_total{subgraph="partners"'));
    expect(failures.reduce((sum, [sample, value]) => sum + value - (before.get(sample) ?? 0), 0)).toBeGreaterThanOrEqual(1);
  });
});
