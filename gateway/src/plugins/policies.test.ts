import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gebruiker } from '../../../lib/auth.js';
import { hubSubgraphs } from '../../../lib/hub-subgraphs.js';
import { errorCodes, type GraphQLResponse } from '../../../test/harness/graphql.js';
import { type IdentityProvider, startIdentityProvider } from '../../../test/harness/identity-provider.js';
import { type InMemoryGateway, productionEnv, startInMemoryGateway, stillServes } from '../../../test/harness/in-memory-gateway.js';
import { prometheusSamples } from '../../../test/harness/prometheus.js';
import { bearer, tokenVoor } from '../../../test/harness/tokens.js';

// The hub's policies: first what gateway.ts sets on the runtime itself, then one section per plugin
// in the order gateway.ts runs them. Each test builds the real gateway in memory
// (test/harness/in-memory-gateway.ts) with the settings it tests, against stub subgraphs.

// gateway.ts

describe('the assembled gateway', () => {
  it('serves a GraphiQL page at /graphql that loads nothing from the internet', async () => {
    const response = await startInMemoryGateway().fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>vangnet</title>');
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });

  it('sends no CORS permission to any origin unless CORS_ORIGINS names it', async () => {
    const preflight = (gateway: InMemoryGateway, origin: string) =>
      gateway.fetch('/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const closed = await preflight(startInMemoryGateway(productionEnv), 'https://app.gemeente.test');
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();

    const open = startInMemoryGateway({ ...productionEnv, CORS_ORIGINS: 'https://app.gemeente.test' });
    const allowed = await preflight(open, 'https://app.gemeente.test');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.gemeente.test');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const foreign = await preflight(open, 'https://elders.test');
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://elders.test');
  });

  it('forwards the user\'s token only to the subgraphs the manifest marks, never to any other', async () => {
    const gateway = startInMemoryGateway();
    const token = bearer(await tokenVoor({ rollen: ['TRANSFERPUNT'], regio: 'asten' }));
    const response = await gateway.graphql('{ ontvangenAutorisatie regios { code partners { naam } } }', undefined, token);
    expect(response.data.ontvangenAutorisatie).toBe(token.authorization);
    const forwardsToken = new Set<string>(hubSubgraphs.filter((subgraph) => subgraph.forwardsToken).map((subgraph) => subgraph.name));
    expect(new Set(gateway.subgraphCalls.map((call) => call.subgraph))).toEqual(new Set(['woonopties', 'regions', 'partners']));
    for (const call of gateway.subgraphCalls) expect(call.headers.get('authorization')).toBe(forwardsToken.has(call.subgraph) ? token.authorization : null);
  });
});


// readiness.ts

interface Readiness {
  status: string;
  subgraphs: Array<{ name: string; ok: boolean; error?: string }>;
}

describe('readiness', () => {
  it('answers 200 ready only when every subgraph answers { __typename }', async () => {
    const gateway = startInMemoryGateway();
    const readiness = await gateway.fetch('/readiness');
    expect(readiness.status).toBe(200);
    expect(readiness.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await readiness.json()) as Readiness;
    expect(body.status).toBe('ready');
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual(['partners', 'regions', 'traag', 'woonopties']);
    expect(body.subgraphs.every((subgraph) => subgraph.ok)).toBe(true);
    expect(gateway.subgraphCalls.map((call) => JSON.parse(call.body))).toEqual(Array(4).fill({ query: '{ __typename }' }));
  });

  it('answers 503 not ready, naming the subgraph that does not answer and why', async () => {
    const gateway = startInMemoryGateway();
    gateway.down.add('partners');
    const readiness = await gateway.fetch('/readiness');
    expect(readiness.status).toBe(503);
    const body = (await readiness.json()) as Readiness;
    expect(body.status).toBe('not ready');
    expect(body.subgraphs.filter((subgraph) => !subgraph.ok)).toEqual([{ name: 'partners', url: 'http://partners.stub/graphql', ok: false, error: 'fetch failed' }]);
  });

  it('answers 503 shutting down, without asking the subgraphs, once the server drains', async () => {
    const gateway = startInMemoryGateway();
    gateway.draining = true;
    const readiness = await gateway.fetch('/readiness');
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: 'shutting down', subgraphs: [] });
    expect(gateway.subgraphCalls).toEqual([]);
  });

  it('is no GraphQL request: it is neither logged nor counted, and passes no check meant for one', async () => {
    const gateway = startInMemoryGateway({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '1' });
    for (let i = 0; i < 3; i++) expect((await gateway.fetch('/readiness', { method: 'POST', headers: { 'content-type': 'text/plain' } })).status).toBe(200);
    expect(gateway.logLines).toEqual([]);
    const counted = [...(await metrics(gateway)).keys()].filter((sample) => sample.startsWith('vangnet_gateway_requests_total'));
    expect(counted).toEqual([]);
  });
});

// request-observability.ts

const regioPagina = 'query RegioPagina { regio(code: "oost-veluwe") { naam partners { naam } } }';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function post(gateway: InMemoryGateway, body: unknown, headers: Record<string, string> = {}) {
  return gateway.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function metrics(gateway: InMemoryGateway): Promise<Map<string, number>> {
  const response = await gateway.fetch('/metrics');
  expect(response.headers.get('content-type')).toMatch(/text\/plain/);
  return prometheusSamples(await response.text());
}

describe('request ids and logs', () => {
  it('sends the client\'s x-request-id to every subgraph the query needs, writes it on the request\'s log line, and returns it', async () => {
    const gateway = startInMemoryGateway();
    const response = await post(gateway, { query: regioPagina }, { 'x-request-id': 'trace-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-1');
    await response.json();
    expect(new Set(gateway.subgraphCalls.map((call) => [call.subgraph, call.headers.get('x-request-id')].join(' ')))).toEqual(new Set(['regions trace-1', 'partners trace-1']));
    const line = gateway.logLines.find((logged) => logged.requestId === 'trace-1');
    expect(line).toMatchObject({ level: 'info', message: 'request', operation: 'RegioPagina', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('makes an id of its own when none is sent, or when the one sent is not a plain short token', async () => {
    const gateway = startInMemoryGateway();
    const sent: Array<Record<string, string>> = [{}, { 'x-request-id': 'twee woorden' }, { 'x-request-id': 'x'.repeat(500) }];
    for (const headers of sent) {
      const response = await post(gateway, { query: '{ regios { code } }' }, headers);
      expect(response.headers.get('x-request-id')).toMatch(uuid);
      await response.json();
    }
  });

  it('writes no request lines when LOG_REQUESTS is false', async () => {
    const gateway = startInMemoryGateway({ LOG_REQUESTS: 'false' });
    await (await post(gateway, { query: '{ regios { code } }' })).json();
    expect(gateway.logLines).toEqual([]);
  });
});

describe('/metrics', () => {
  it('counts requests and errors and times them per operation, and per subgraph', async () => {
    const gateway = startInMemoryGateway();
    const before = await metrics(gateway);
    for (let i = 0; i < 2; i++) await (await post(gateway, { query: regioPagina })).json();
    await (await post(gateway, { query: 'query Kapot { regios { bestaatNiet } }', operationName: 'Kapot' })).json();
    const after = await metrics(gateway);
    const grew = (sample: string) => (after.get(sample) ?? 0) - (before.get(sample) ?? 0);

    expect(grew('vangnet_gateway_requests_total{operation="RegioPagina",status="200"}')).toBe(2);
    expect(grew('vangnet_gateway_request_duration_seconds_count{operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_request_duration_seconds_bucket{le="+Inf",operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_subgraph_requests_total{subgraph="regions",operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_subgraph_request_duration_seconds_count{subgraph="partners",operation="RegioPagina"}')).toBe(2);
    expect(grew('vangnet_gateway_errors_total{operation="Kapot",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(after.get('vangnet_gateway_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts a refusal before GraphQL runs under its code', async () => {
    const gateway = startInMemoryGateway();
    await gateway.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ regios { code } }' });
    expect((await metrics(gateway)).get('vangnet_gateway_errors_total{operation="anonymous",code="UNSUPPORTED_MEDIA_TYPE"}')).toBe(1);
  });

  it('is not served when METRICS is false', async () => {
    const gateway = startInMemoryGateway({ METRICS: 'false' });
    expect((await gateway.fetch('/metrics')).status).toBe(404);
  });
});

// request-error-codes.ts

describe('request error codes', () => {
  it('answers a syntactically broken query with GRAPHQL_PARSE_FAILED and keeps serving', async () => {
    const gateway = startInMemoryGateway();
    const response = await gateway.graphql('{ regios { ');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/Syntax Error/);
    await stillServes(gateway);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const gateway = startInMemoryGateway();
    const response = await gateway.graphql('{ regios { bestaatNiet } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillServes(gateway);
  });

  it('answers variables of the wrong type with BAD_USER_INPUT, and variables that are not an object with BAD_REQUEST', async () => {
    const gateway = startInMemoryGateway();
    const wrongType = await gateway.graphql('query($n: Int) { partners(first: $n) { totalCount } }', { n: 'tien' });
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors?.[0]?.message).toMatch(/\$n/);
    const notAnObject = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ regios { code } }', variables: 'x' }),
    });
    expect(notAnObject.status).toBe(400);
    expect(errorCodes(await notAnObject.json())).toEqual(['BAD_REQUEST']);
    await stillServes(gateway);
  });
});

// deadlines.ts

describe('time limits', () => {
  it('gives up on a subgraph after UPSTREAM_TIMEOUT_MS, names it (SUBGRAPH_UNAVAILABLE), and keeps the other subgraphs\' data', async () => {
    const gateway = startInMemoryGateway({ UPSTREAM_TIMEOUT_MS: '400' });
    const startedAt = Date.now();
    const response = await gateway.graphql('{ wachtEven(ms: 3000) regios { code } }');
    expect(Date.now() - startedAt).toBeLessThan(2_500);
    expect(errorCodes(response)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(response.errors?.[0]?.message).toContain('traag');
    expect(response.data?.regios).toHaveLength(5);
    await stillServes(gateway);
  });

  it('ends a request that runs longer than REQUEST_TIMEOUT_MS with 504 REQUEST_TIMEOUT', async () => {
    const gateway = startInMemoryGateway({ REQUEST_TIMEOUT_MS: '500', UPSTREAM_TIMEOUT_MS: '60000' });
    const startedAt = Date.now();
    const response = await gateway.graphql('{ wachtEven(ms: 3000) }');
    expect(Date.now() - startedAt).toBeLessThan(2_500);
    expect(response.status).toBe(504);
    expect(response.headers.get('connection')).toBe('close');
    expect(errorCodes(response)).toEqual(['REQUEST_TIMEOUT']);
    await stillServes(gateway);
  });
});

// json-content-type.ts

describe('JSON content type', () => {
  it('answers a wrong content type with 415 and a message that says what to send', async () => {
    const gateway = startInMemoryGateway();
    const response = await gateway.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain', accept: 'application/json' }, body: JSON.stringify({ query: '{ regios { code } }' }) });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(response.status).toBe(415);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.errors?.[0]?.message).toContain('application/json');
    await stillServes(gateway);
  });
});

// body-limits.ts

/** Posts a raw body and reads the answer, which must never carry a stack trace. */
async function send(gateway: InMemoryGateway, body: BodyInit, headers: Record<string, string> = {}) {
  const response = await gateway.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });
  const answer = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  return { status: response.status, codes: (answer.errors ?? []).map((error) => error.extensions?.code), message: answer.errors?.[0]?.message ?? '' };
}

describe('request size', () => {
  it('refuses a body whose declared length is over MAX_BODY_BYTES with 413 REQUEST_TOO_LARGE, without parsing it', async () => {
    const gateway = startInMemoryGateway({ MAX_BODY_BYTES: '10000' });
    const body = JSON.stringify({ query: '{ regios { code } }', variables: { opvulling: 'x'.repeat(200_000) } });
    const answer = await send(gateway, body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(answer).toMatchObject({ status: 413, codes: ['REQUEST_TOO_LARGE'] });
    await stillServes(gateway);
  });

  it('refuses a streamed body as soon as it passes the limit, without waiting for the rest', async () => {
    const gateway = startInMemoryGateway({ MAX_BODY_BYTES: '10000' });
    // No declared length, and never finished: a gateway that buffered the whole body before
    // checking its size would never answer.
    const encoder = new TextEncoder();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encoder.encode(sent++ === 0 ? '{"query": "{ regios { code } }", "variables": {"opvulling": "' : 'x'.repeat(1_000)));
      },
    });
    const answer = await send(gateway, body);
    expect(answer).toMatchObject({ status: 413, codes: ['REQUEST_TOO_LARGE'] });
    expect(sent).toBeLessThan(30);
    await stillServes(gateway);
  });
});

describe('hostile bodies', () => {
  it('answers invalid JSON with 400 BAD_REQUEST and keeps serving', async () => {
    const gateway = startInMemoryGateway();
    const answer = await send(gateway, '{"query": ');
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
    await stillServes(gateway);
  });

  it('refuses a body that is not JSON, or JSON that is not an object, with 400 BAD_REQUEST', async () => {
    const gateway = startInMemoryGateway();
    for (const body of ['{"query": ', 'query { regios { code } }', 'null', '"{ regios { code } }"', '']) {
      const answer = await send(gateway, body);
      expect(answer.status).toBe(400);
      expect(answer.codes).toEqual(['BAD_REQUEST']);
      await stillServes(gateway);
    }
  });

  it('refuses a body that is not valid UTF-8 instead of guessing what it meant', async () => {
    const gateway = startInMemoryGateway();
    const prefix = new TextEncoder().encode('{"query": "{ regio(code: \\"');
    const suffix = new TextEncoder().encode('\\") { naam } }"}');
    const answer = await send(gateway, new Uint8Array([...prefix, 0xc3, 0x28, 0xff, ...suffix]));
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
    expect(answer.message).toMatch(/UTF-8/);
    await stillServes(gateway);
  });

  it('survives JSON nested a hundred thousand levels deep', async () => {
    const gateway = startInMemoryGateway();
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const answer = await send(gateway, `{"query": "query($c: ID!) { regio(code: $c) { naam } }", "variables": {"c": ${nested}}}`);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    await stillServes(gateway);
  });
});

// client-admission.ts

describe('rate limiting per client', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a client has used its burst, counting each token subject apart', async () => {
    const gateway = startInMemoryGateway({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '3' });
    for (let i = 0; i < 3; i++) expect((await gateway.graphql('{ regios { code } }')).status).toBe(200);

    const response = await gateway.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regios { code } }' }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);

    // A signed-in user has a budget of its own, not the shared one of the address it comes from.
    const staff = bearer(await tokenVoor({ id: 'rate-test-user', rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg' }));
    await stillServes(gateway, staff);

    // 60 a minute is one a second: after Retry-After the anonymous client may ask again.
    gateway.advanceClock(Number(response.headers.get('retry-after')) * 1000 + 100);
    await stillServes(gateway);
  });

  it('counts a request with a bad token against the address, so guessing tokens is limited too', async () => {
    const gateway = startInMemoryGateway({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '2' });
    const forged = { authorization: 'Bearer not.a.token' };
    expect(errorCodes(await gateway.graphql('{ regios { code } }', undefined, forged))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gateway.graphql('{ regios { code } }', undefined, forged))).toEqual(['UNAUTHENTICATED']);
    const limited = await gateway.graphql('{ regios { code } }');
    expect(limited.status).toBe(429);
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
  });
});

describe('hostile tokens', () => {
  it('refuses a forged, an expired and a malformed token at the gateway with 401 UNAUTHENTICATED', async () => {
    const gateway = startInMemoryGateway();
    const forged = await new SignJWT({ rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('indringer')
      .setIssuer('vangnet')
      .setAudience('vangnet')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-secret-that-this-hub-does-not-have-1234'));
    const expired = await tokenVoor({ rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg' }, '-1m');
    for (const authorization of [`Bearer ${forged}`, `Bearer ${expired}`, 'Bearer niet-eens-een-jwt', 'Basic dXNlcjpwYXNz']) {
      // Even a query that needs no token is refused: a bad token is never read as "anonymous".
      const answer = await gateway.graphql('{ regios { code } }', undefined, { authorization });
      expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.(js|ts):\d+/);
      expect({ status: answer.status, codes: errorCodes(answer) }).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
      await stillServes(gateway);
    }
  });
});

describe('tokens in production mode', () => {
  const regio = 'noord-en-midden-limburg';
  const medewerker: Gebruiker = { id: 'venlo-transferpunt-1', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' };
  let idp: IdentityProvider;
  let gateway: InMemoryGateway;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    // Production turns the rate limit on; these tests send more than a minute's share from one address.
    gateway = startInMemoryGateway({ ...idp.productionEnv, RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_BURST: '10000' });
  });
  afterAll(async () => {
    await idp?.close();
  });

  /** True when the gateway logged this request id and asked no subgraph on its behalf. */
  function onlyTheGatewaySaw(requestId: string): boolean {
    const logged = gateway.logLines.some((line) => line.requestId === requestId);
    return logged && gateway.subgraphCalls.every((call) => call.headers.get('x-request-id') !== requestId);
  }

  it('refuses a token signed with the development secret at the gateway, before any subgraph is asked', async () => {
    const requestId = `dev-secret-${randomUUID()}`;
    const token = await tokenVoor({ id: 'dev-user', rollen: ['TRANSFERPUNT'], regio });
    const response = await gateway.graphql('{ ontvangenAutorisatie regios { code } }', undefined, { ...bearer(token), 'x-request-id': requestId });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
    expect(onlyTheGatewaySaw(requestId)).toBe(true);
    await stillServes(gateway);
  });

  it('refuses a forged token: signed by a key the identity provider does not publish, under its key id', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ rollen: ['TRANSFERPUNT'], regio })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-rs256' })
      .setSubject('indringer')
      .setIssuer(idp.issuer)
      .setAudience(idp.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    const requestId = `forged-${randomUUID()}`;
    const response = await gateway.graphql('{ ontvangenAutorisatie }', undefined, { ...bearer(forged), 'x-request-id': requestId });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toBe('The token is not valid');
    expect(onlyTheGatewaySaw(requestId)).toBe(true);
    await stillServes(gateway);
  });

  it('refuses an expired token, and one for another audience or from another issuer', async () => {
    const expired = await gateway.graphql('{ regios { code } }', undefined, bearer(await idp.sign(medewerker, { expiresIn: '-1m' })));
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
    await stillServes(gateway);
    for (const other of [{ audience: 'een-andere-app' }, { issuer: 'https://login.elders.test' }]) {
      const response = await gateway.graphql('{ regios { code } }', undefined, bearer(await idp.sign(medewerker, other)));
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      await stillServes(gateway);
    }
  });

  it('refuses a token that names no algorithm the hub accepts (alg "none", or HS256 keyed with the public key)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(JSON.stringify({ sub: 'x', rollen: ['TRANSFERPUNT'], regio, iss: idp.issuer, aud: idp.audience, exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
    const unsigned = await gateway.graphql('{ regios { code } }', undefined, bearer(`${header}.${claims}.`));
    expect(errorCodes(unsigned)).toEqual(['UNAUTHENTICATED']);
    const published = (await (await fetch(idp.jwksUrl)).json()) as { keys: Array<Record<string, string>> };
    const confused = await new SignJWT({ rollen: ['TRANSFERPUNT'], regio })
      .setProtectedHeader({ alg: 'HS256', kid: 'test-rs256' })
      .setSubject('x')
      .setIssuer(idp.issuer)
      .setAudience(idp.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JSON.stringify(published.keys[0])));
    expect(errorCodes(await gateway.graphql('{ regios { code } }', undefined, bearer(confused)))).toEqual(['UNAUTHENTICATED']);
    await stillServes(gateway);
  });

  it('lets a token from the identity provider through, and logs who sent the request', async () => {
    const requestId = `signed-in-${randomUUID()}`;
    const response = await gateway.graphql('{ regios { code } }', undefined, { ...bearer(await idp.sign(medewerker, { algorithm: 'ES256' })), 'x-request-id': requestId });
    expect(response.errors).toBeUndefined();
    expect(gateway.logLines.find((line) => line.requestId === requestId)).toMatchObject({ message: 'request', status: 200, user: medewerker.id });
  });
});

// csrf.ts

describe('CSRF prevention', () => {
  it('requires a JSON body or an x-graphql-csrf header, so a page elsewhere cannot make a browser send a query', async () => {
    const gateway = startInMemoryGateway({ CSRF_PREVENTION: 'true' });
    const url = `/graphql?query=${encodeURIComponent('{ regios { code } }')}`;
    const simple = await gateway.fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(403);
    expect(errorCodes((await simple.json()) as GraphQLResponse)).toEqual(['CSRF_HEADER_REQUIRED']);
    const withHeader = await gateway.fetch(url, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(((await withHeader.json()) as GraphQLResponse).data.regios).toHaveLength(5);
    await stillServes(gateway);
  });

  it('is on in production and off in development, where curl may send a plain GET', async () => {
    const url = `/graphql?query=${encodeURIComponent('{ regios { code } }')}`;
    expect((await startInMemoryGateway().fetch(url, { headers: { accept: 'application/json' } })).status).toBe(200);
    const production = startInMemoryGateway(productionEnv);
    expect((await production.fetch(url, { headers: { accept: 'application/json' } })).status).toBe(403);
  });
});

// query-limits.ts

describe('hostile queries', () => {
  it('refuses a query nested deeper than the limit before any subgraph is asked', async () => {
    const gateway = startInMemoryGateway();
    const deep = '{ regios { gemeenten { lidmaatschappen { regio { gemeenten { lidmaatschappen { regio { gemeenten { naam } } } } } } } } }';
    const response = await gateway.graphql(deep);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_DEEP']);
    expect(response.data ?? null).toBeNull();
    expect(gateway.subgraphCalls).toEqual([]);
    await stillServes(gateway);
  });

  it('counts depth through fragments', async () => {
    const gateway = startInMemoryGateway();
    const response = await gateway.graphql(
      'query { regios { ...R } } fragment R on Regio { gemeenten { lidmaatschappen { regio { gemeenten { lidmaatschappen { regio { gemeenten { naam } } } } } } } }',
    );
    expect(errorCodes(response)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses an alias bomb', async () => {
    const gateway = startInMemoryGateway();
    const bomb = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: regios { code }`).join(' ')} }`;
    const response = await gateway.graphql(bomb);
    expect(errorCodes(response)).toEqual(['TOO_MANY_ALIASES']);
    await stillServes(gateway);
  });

  it('refuses a query with too many tokens while parsing', async () => {
    const gateway = startInMemoryGateway();
    const huge = `{ ${Array.from({ length: 6_000 }, () => '__typename').join(' ')} }`;
    const response = await gateway.graphql(huge);
    expect(errorCodes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/Token limit/);
    await stillServes(gateway);
  });

  it('still answers GraphiQL\'s introspection query, which is deeper than the limit', async () => {
    const gateway = startInMemoryGateway();
    const response = await gateway.graphql(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(response.data.__schema.queryType.name).toBe('Query');
  });
});

describe('introspection in production', () => {
  it('refuses introspection with INTROSPECTION_DISABLED, and serves no GraphiQL, while __typename still answers', async () => {
    const gateway = startInMemoryGateway(productionEnv);
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Regio") { fields { name } } }']) {
      const response = await gateway.graphql(query);
      expect(errorCodes(response)).toEqual(['INTROSPECTION_DISABLED']);
      expect(response.data ?? null).toBeNull();
      await stillServes(gateway);
    }
    const typename = await gateway.graphql('{ __typename regios { code } }');
    expect(typename.errors).toBeUndefined();
    const page = await gateway.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});

// query-cost.ts

describe('the query cost limit', () => {
  it('prices first/eerste from the variables of each request, so a cheap first request does not let an expensive second one through', async () => {
    const gateway = startInMemoryGateway({ MAX_QUERY_COST: '2000' });
    const query = 'query Partners($n: Int) { partners(first: $n) { nodes { naam regios { naam gemeenten { naam } } } } }';
    const cheap = await gateway.graphql(query, { n: 2 });
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data.partners.nodes).toHaveLength(2);
    const costly = await gateway.graphql(query, { n: 100 });
    expect(errorCodes(costly)).toEqual(['QUERY_TOO_COSTLY']);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ maxCost: 2000 });
    expect(costly.data ?? null).toBeNull();
    await stillServes(gateway);
  });

  it('refuses a query whose lists multiply past the cost limit with QUERY_TOO_COSTLY, before any subgraph is asked', async () => {
    const gateway = startInMemoryGateway();
    const response = await gateway.graphql('{ partners(first: 100) { nodes { regios { gemeenten { lidmaatschappen { regio { naam } } } } } } }');
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COSTLY']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ maxCost: 10_000 });
    expect(response.data ?? null).toBeNull();
    expect(gateway.subgraphCalls).toEqual([]);
    const smaller = await gateway.graphql('{ partners(first: 2) { nodes { regios { gemeenten { lidmaatschappen { regio { naam } } } } } } }');
    expect(smaller.errors).toBeUndefined();
    await stillServes(gateway);
  });
});

// production-error-masking.ts

function noInternals(response: GraphQLResponse) {
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  expect(text).not.toMatch(/stacktrace|ECONNREFUSED|127\.0\.0\.1|localhost|SQLITE|\/var\//i);
}

describe('production answers', () => {
  it('answers every hostile request without a stack trace or an internal message', async () => {
    const gateway = startInMemoryGateway(productionEnv);
    const answers: GraphQLResponse[] = [
      await gateway.graphql('{ regios { bestaatNiet } }'),
      await gateway.graphql('query($c: ID!) { regio(code: $c) { naam } }', { c: { geen: 'id' } }),
      await gateway.graphql('{ regios { '),
      (await (await gateway.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' })).json()) as GraphQLResponse,
    ];
    expect(answers.map((answer) => errorCodes(answer)[0])).toEqual(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
    for (const answer of answers) {
      noInternals(answer);
      expect(answer.errors?.[0]?.message).not.toBe('Internal server error');
    }
    await stillServes(gateway);
  });

  it('replaces a message not written for clients, keeps the rest of the data, and logs the message with the request id', async () => {
    const gateway = startInMemoryGateway(productionEnv);
    const response = await gateway.graphql('{ kapot regios { code } }', undefined, { 'x-request-id': 'kapot-1' });
    expect(response.data.regios).toHaveLength(5);
    expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([['The regions service could not answer this part of the query', 'INTERNAL_SERVER_ERROR']]);
    noInternals(response);
    expect(gateway.logLines.find((line) => line.message === 'error hidden from the client')).toMatchObject({ level: 'error', requestId: 'kapot-1', error: expect.stringMatching(/SQLITE_CORRUPT/) });
  });

  it('leaves that message alone in development mode, where the developer needs it', async () => {
    const response = await startInMemoryGateway().graphql('{ kapot }');
    expect(response.errors?.[0]?.message).toMatch(/SQLITE_CORRUPT/);
  });
});
