import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../harness/graphql.js';
import { startGateway } from '../harness/hub.js';
import { waitFor } from '../harness/wait.js';
import { startSlowSubgraph, supergraphWithSlowSubgraph, type SlowSubgraph } from '../harness/slow-subgraph.js';

const { subgraphBaseUrls } = inject('hub');
let slow: SlowSubgraph;
let supergraphFile: string;

beforeAll(async () => {
  slow = await startSlowSubgraph();
  supergraphFile = supergraphWithSlowSubgraph(subgraphBaseUrls, slow.url);
});
afterAll(async () => {
  await slow?.close();
});

const exited = (gateway: Awaited<ReturnType<typeof startGateway>>) =>
  new Promise<number | null>((resolve) => {
    const child = gateway.gatewayProcess.child;
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('graceful shutdown', () => {
  it('finishes a request in flight on SIGTERM, refuses new connections, and exits 0', async () => {
    const gateway = await startGateway(supergraphFile);
    const inFlight = graphql(gateway.gatewayUrl, '{ wachtEven(ms: 1500) regios { code } }');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const exit = exited(gateway);
    gateway.gatewayProcess.child.kill('SIGTERM');
    // New connections are refused while the request in flight (about 1.1 s left) still runs. On a
    // busy machine the signal can take longer than a fixed pause to arrive, so this polls for it.
    const refusing = await waitFor(() => fetch(`${gateway.gatewayBaseUrl}/healthcheck`).then(() => false, () => true), 1_000, 25);
    expect(refusing).toBeLessThan(1_000);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ wachtEven: 'klaar' });
    expect(response.data.regios).toHaveLength(5);
    expect(await exit).toBe(0);
  });

  it('exits after SHUTDOWN_TIMEOUT_MS when a request runs longer than that', async () => {
    const gateway = await startGateway(supergraphFile, { SHUTDOWN_TIMEOUT_MS: '300' });
    const inFlight = graphql(gateway.gatewayUrl, '{ wachtEven(ms: 5000) }').then(
      () => 'answered',
      () => 'connection closed',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const startedAt = Date.now();
    const exit = exited(gateway);
    gateway.gatewayProcess.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    expect(await inFlight).toBe('connection closed');
    expect(gateway.gatewayProcess.output()).toContain('requests still running after the shutdown timeout');
  });
});
