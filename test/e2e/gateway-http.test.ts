import { describe, expect, inject, it } from 'vitest';

const { gatewayBaseUrl } = inject('hub');

// How each policy answers is tested in memory (gateway/src/plugins/*.test.ts); here, that the
// server the hub runs routes to them.
describe('the gateway over HTTP', () => {
  it('reports liveness at /healthcheck and readiness of every subgraph at /readiness', async () => {
    expect((await fetch(`${gatewayBaseUrl}/healthcheck`)).status).toBe(200);
    const readiness = await fetch(`${gatewayBaseUrl}/readiness`);
    expect(readiness.status).toBe(200);
    const body = (await readiness.json()) as { status: string; subgraphs: Array<{ name: string; ok: boolean }> };
    expect(body.status).toBe('ready');
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual(['partners', 'regions', 'voorzieningen', 'woonopties']);
    expect(body.subgraphs.every((subgraph) => subgraph.ok)).toBe(true);
  });
});
