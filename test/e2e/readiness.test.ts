import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';

let hub: RunningHub;

beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('readiness when a subgraph is down', () => {
  it('reports 503 naming the subgraph that does not answer, while the gateway stays alive', async () => {
    await hub.subgraphProcesses.partners!.stop();
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
