import { describe, expect, inject, it } from 'vitest';
import { graphql } from '../harness/graphql.js';

const { gatewayUrl, gatewayBaseUrl } = inject('hub');

async function post(body: string, contentType = 'application/json') {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

async function stillServes() {
  const response = await graphql(gatewayUrl, '{ regios { code } }');
  expect(response.errors).toBeUndefined();
  expect(response.data.regios.length).toBe(5);
}

describe('the gateway over HTTP', () => {
  it('answers a syntactically broken query with GRAPHQL_PARSE_FAILED and keeps serving', async () => {
    const { body } = await post(JSON.stringify({ query: '{ regios { ' }));
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/Syntax Error/);
    await stillServes();
  });

  it('answers invalid JSON with 400 BAD_REQUEST and keeps serving', async () => {
    const { status, body } = await post('{"query": ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
    await stillServes();
  });

  it('answers a wrong content type with 415 and a message that says what to send', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ regios { code } }' }), 'text/plain');
    expect(status).toBe(415);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.errors?.[0]?.message).toContain('application/json');
    await stillServes();
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const { body } = await post(JSON.stringify({ query: '{ regios { bestaatNiet } }' }));
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillServes();
  });

  it('reports liveness at /healthcheck and readiness of every subgraph at /readiness', async () => {
    expect((await fetch(`${gatewayBaseUrl}/healthcheck`)).status).toBe(200);
    const readiness = await fetch(`${gatewayBaseUrl}/readiness`);
    expect(readiness.status).toBe(200);
    const body = (await readiness.json()) as { status: string; subgraphs: Array<{ name: string; ok: boolean }> };
    expect(body.status).toBe('ready');
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual(['partners', 'regions', 'voorzieningen', 'woonopties']);
    expect(body.subgraphs.every((subgraph) => subgraph.ok)).toBe(true);
  });

  it('serves a GraphiQL page at /graphql that loads nothing from the internet', async () => {
    const response = await fetch(gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>vangnet</title>');
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });
});
