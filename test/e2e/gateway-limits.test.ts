import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { startGateway } from '../harness/hub.js';
import { startSlowSubgraph, supergraphWithSlowSubgraph, type SlowSubgraph } from '../harness/slow-subgraph.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

const { subgraphBaseUrls } = inject('hub');
let slow: SlowSubgraph;
let gateways: Array<Awaited<ReturnType<typeof startGateway>>> = [];
let supergraphFile: string;

async function gatewayWith(env: Record<string, string>) {
  const gateway = await startGateway(supergraphFile, env);
  gateways.push(gateway);
  return gateway;
}

async function stillServes(url: string, headers: Record<string, string> = {}) {
  const response = await graphql(url, '{ regios { code } }', undefined, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data.regios).toHaveLength(5);
}

beforeAll(async () => {
  slow = await startSlowSubgraph();
  supergraphFile = supergraphWithSlowSubgraph(subgraphBaseUrls, slow.url);
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.gatewayProcess.stop()));
  await slow?.close();
});

describe('rate limiting per client', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a client has used its burst, counting each token subject apart', async () => {
    const { gatewayUrl } = await gatewayWith({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '3' });
    for (let i = 0; i < 3; i++) expect((await graphql(gatewayUrl, '{ regios { code } }')).status).toBe(200);

    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regios { code } }' }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);

    // A signed-in user has a budget of its own, not the shared one of the address it comes from.
    const staff = bearer(await tokenVoor({ id: 'rate-test-user', rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg' }));
    await stillServes(gatewayUrl, staff);

    // 60 a minute is one a second: after Retry-After the anonymous client may ask again.
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after')) * 1000 + 100));
    await stillServes(gatewayUrl);
  });

  it('counts a request with a bad token against the address, so guessing tokens is limited too', async () => {
    const { gatewayUrl } = await gatewayWith({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '2' });
    const forged = { authorization: 'Bearer not.a.token' };
    expect(errorCodes(await graphql(gatewayUrl, '{ regios { code } }', undefined, forged))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(gatewayUrl, '{ regios { code } }', undefined, forged))).toEqual(['UNAUTHENTICATED']);
    const limited = await graphql(gatewayUrl, '{ regios { code } }');
    expect(limited.status).toBe(429);
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
  });
});

describe('request size', () => {
  it('refuses a body whose declared length is over MAX_BODY_BYTES with 413 REQUEST_TOO_LARGE, without parsing it', async () => {
    const { gatewayUrl } = await gatewayWith({ MAX_BODY_BYTES: '10000' });
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regios { code } }', variables: { opvulling: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    await stillServes(gatewayUrl);
  });

  it('refuses a streamed body as soon as it passes the limit, without waiting for the rest', async () => {
    const { gatewayUrl } = await gatewayWith({ MAX_BODY_BYTES: '10000' });
    const url = new URL(gatewayUrl);
    // Chunked, with no declared length, and never finished: a gateway that buffered the whole body
    // before checking its size would never answer.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body });
        });
      });
      request.on('error', reject);
      request.write('{"query": "{ regios { code } }", "variables": {"opvulling": "');
      for (let i = 0; i < 30; i++) request.write('x'.repeat(1_000));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    await stillServes(gatewayUrl);
  });
});

describe('time limits', () => {
  it('gives up on a subgraph after UPSTREAM_TIMEOUT_MS, names it (SUBGRAPH_UNAVAILABLE), and keeps the other subgraphs\' data', async () => {
    const { gatewayUrl } = await gatewayWith({ UPSTREAM_TIMEOUT_MS: '400' });
    const startedAt = Date.now();
    const response = await graphql(gatewayUrl, '{ wachtEven(ms: 3000) regios { code } }');
    expect(Date.now() - startedAt).toBeLessThan(2_500);
    expect(errorCodes(response)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(response.errors?.[0]?.message).toContain('traag');
    expect(response.data?.regios).toHaveLength(5);
    await stillServes(gatewayUrl);
  });

  it('ends a request that runs longer than REQUEST_TIMEOUT_MS with 504 REQUEST_TIMEOUT', async () => {
    const { gatewayUrl } = await gatewayWith({ REQUEST_TIMEOUT_MS: '500', UPSTREAM_TIMEOUT_MS: '60000' });
    const startedAt = Date.now();
    const response = await graphql(gatewayUrl, '{ wachtEven(ms: 3000) }');
    expect(Date.now() - startedAt).toBeLessThan(2_500);
    expect(response.status).toBe(504);
    expect(errorCodes(response)).toEqual(['REQUEST_TIMEOUT']);
    await stillServes(gatewayUrl);
  });
});

describe('query cost', () => {
  it('prices first/eerste from the variables of each request, so a cheap first request does not let an expensive second one through', async () => {
    const { gatewayUrl } = await gatewayWith({ MAX_QUERY_COST: '2000' });
    const query = 'query Partners($n: Int) { partners(first: $n) { nodes { naam regios { naam gemeenten { naam } } } } }';
    const cheap = await graphql(gatewayUrl, query, { n: 2 });
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data.partners.nodes).toHaveLength(2);
    const costly = await graphql(gatewayUrl, query, { n: 100 });
    expect(errorCodes(costly)).toEqual(['QUERY_TOO_COSTLY']);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ maxCost: 2000 });
    expect(costly.data ?? null).toBeNull();
    await stillServes(gatewayUrl);
  });
});
