import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, hubSubgraphServices } from '../../schema/subgraphs.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { keepQueryingRegions, waitFor } from '../harness/wait.js';

let hub: RunningHub;

beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('supergraph reload', () => {
  it('serves a rewritten supergraph file without a restart and without failing requests in flight', async () => {
    const urls = Object.fromEntries(Object.entries(hub.subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]));
    const full = composeSupergraph(hubSubgraphServices(urls));
    // Without woonopties: the directory's subgraphs need each other (its feed joins all three).
    const withoutWoonopties = composeSupergraph(hubSubgraphServices(urls).filter((service) => service.name !== 'woonopties'));
    const woonoptiesQuery = '{ matchingspunten { id } }';
    const pid = hub.gatewayProcess.child.pid;

    expect((await graphql(hub.gatewayUrl, woonoptiesQuery)).errors).toBeUndefined();
    const load = keepQueryingRegions(hub.gatewayUrl);
    // The load runs before, through and after both switches, however quickly the gateway reloads.
    await waitFor(async () => load.answered() >= 3);

    writeFileSync(hub.supergraphFile, withoutWoonopties);
    await waitFor(async () => (await graphql(hub.gatewayUrl, woonoptiesQuery)).errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');

    writeFileSync(hub.supergraphFile, full);
    await waitFor(async () => (await graphql(hub.gatewayUrl, woonoptiesQuery)).errors === undefined);
    const answeredBeforeTheEnd = load.answered();
    await waitFor(async () => load.answered() >= answeredBeforeTheEnd + 3);

    const { answered, failures } = await load.stop();
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(5);
    expect(hub.gatewayProcess.child.pid).toBe(pid);
    expect(hub.gatewayProcess.child.exitCode).toBeNull();
  });

  it('keeps serving the last good supergraph when the file is replaced by something broken', async () => {
    writeFileSync(hub.supergraphFile, 'this is not a supergraph {');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const response = await graphql(hub.gatewayUrl, '{ regios { code partners { naam } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.regios.length).toBe(5);
    await expect.poll(() => hub.gatewayProcess.output()).toContain('keeping the last good one');
  });
});
