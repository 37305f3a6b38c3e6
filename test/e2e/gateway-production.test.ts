import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { developmentSecret, type Gebruiker } from '../../lib/auth.js';
import { startService } from '../../lib/services.js';
import { errorCodes, graphql, type GraphQLResponse } from '../harness/graphql.js';
import { startGateway, startHub, type RunningHub } from '../harness/hub.js';
import { startIdentityProvider, type IdentityProvider } from '../harness/identity-provider.js';
import { startSlowSubgraph, supergraphWithSlowSubgraph } from '../harness/slow-subgraph.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

const regio = 'noord-en-midden-limburg';
const medewerker: Gebruiker = { id: 'venlo-transferpunt-1', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' };
// Production turns the rate limit on; these tests send more than a minute's share from one address.
const generousRateLimit = { RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_BURST: '10000' };

let idp: IdentityProvider;
let hub: RunningHub;

beforeAll(async () => {
  idp = await startIdentityProvider();
  hub = await startHub({ gatewayEnv: { ...idp.productionEnv, ...generousRateLimit }, subgraphEnv: idp.productionEnv });
});
afterAll(async () => {
  await hub?.stop();
  await idp?.close();
});

async function stillServes(url = hub.gatewayUrl) {
  const response = await graphql(url, '{ regios { code } }');
  expect(response.errors).toBeUndefined();
  expect(response.data.regios).toHaveLength(5);
}

/** True when no process of the hub but the gateway logged this request id. */
async function onlyTheGatewaySaw(requestId: string): Promise<boolean> {
  await expect.poll(() => hub.gatewayProcess.output()).toContain(requestId);
  // Services write their log lines in batches (lib/log.ts); a subgraph's would be out by now.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return Object.values(hub.subgraphProcesses).every((service) => !service.output().includes(requestId));
}

function noInternals(response: GraphQLResponse) {
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  expect(text).not.toMatch(/stacktrace|ECONNREFUSED|127\.0\.0\.1|localhost/i);
}

describe('tokens in production mode', () => {
  it('lets a token from the identity provider (RS256 or ES256) through to woonopties, which checks it again with the same keys', async () => {
    for (const algorithm of ['RS256', 'ES256'] as const) {
      const token = await idp.sign(medewerker, { algorithm });
      const response = await graphql(hub.gatewayUrl, '{ ik { id rollen regio { code } } woonvragen { totalCount } }', undefined, bearer(token));
      expect(response.errors).toBeUndefined();
      expect(response.data.ik).toEqual({ id: medewerker.id, rollen: ['TRANSFERPUNT'], regio: { code: regio } });
      expect(response.data.woonvragen.totalCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a token signed with the development secret at the gateway, before any subgraph is asked', async () => {
    const requestId = `dev-secret-${randomUUID()}`;
    const token = await tokenVoor({ id: 'dev-user', rollen: ['TRANSFERPUNT'], regio });
    const response = await graphql(hub.gatewayUrl, '{ ik { id } regios { code } }', undefined, { ...bearer(token), 'x-request-id': requestId });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
    expect(await onlyTheGatewaySaw(requestId)).toBe(true);
    await stillServes();
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
    const response = await graphql(hub.gatewayUrl, '{ woonvragen { totalCount } }', undefined, { ...bearer(forged), 'x-request-id': requestId });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toBe('The token is not valid');
    expect(await onlyTheGatewaySaw(requestId)).toBe(true);
    await stillServes();
  });

  it('refuses an expired token, and one for another audience or from another issuer', async () => {
    const expired = await graphql(hub.gatewayUrl, '{ regios { code } }', undefined, bearer(await idp.sign(medewerker, { expiresIn: '-1m' })));
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
    await stillServes();
    for (const other of [{ audience: 'een-andere-app' }, { issuer: 'https://login.elders.test' }]) {
      const response = await graphql(hub.gatewayUrl, '{ regios { code } }', undefined, bearer(await idp.sign(medewerker, other)));
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      await stillServes();
    }
  });

  it('refuses a token that names no algorithm the hub accepts (alg "none", or HS256 keyed with the public key)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(JSON.stringify({ sub: 'x', rollen: ['TRANSFERPUNT'], regio, iss: idp.issuer, aud: idp.audience, exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
    const unsigned = await graphql(hub.gatewayUrl, '{ regios { code } }', undefined, bearer(`${header}.${claims}.`));
    expect(errorCodes(unsigned)).toEqual(['UNAUTHENTICATED']);
    const published = (await (await fetch(idp.jwksUrl)).json()) as { keys: Array<Record<string, string>> };
    const confused = await new SignJWT({ rollen: ['TRANSFERPUNT'], regio })
      .setProtectedHeader({ alg: 'HS256', kid: 'test-rs256' })
      .setSubject('x')
      .setIssuer(idp.issuer)
      .setAudience(idp.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JSON.stringify(published.keys[0])));
    expect(errorCodes(await graphql(hub.gatewayUrl, '{ regios { code } }', undefined, bearer(confused)))).toEqual(['UNAUTHENTICATED']);
    await stillServes();
  });

  it('woonopties itself, asked directly, also accepts only the identity provider\'s tokens', async () => {
    const woonopties = `${hub.subgraphBaseUrls.woonopties}/graphql`;
    const withProvider = await graphql(woonopties, '{ ik { id } }', undefined, bearer(await idp.sign(medewerker, { algorithm: 'ES256' })));
    expect(withProvider.errors).toBeUndefined();
    expect(withProvider.data.ik.id).toBe(medewerker.id);
    const withDevelopmentSecret = await graphql(woonopties, '{ ik { id } }', undefined, bearer(await tokenVoor({ id: 'dev', rollen: ['TRANSFERPUNT'], regio })));
    expect(errorCodes(withDevelopmentSecret)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses to start in production mode without a key set, issuer and audience, or with the development secret, listing every problem on one line', async () => {
    const gateway = startService('gateway', {
      name: 'gateway-misconfigured',
      args: [hub.supergraphFile],
      env: { PORT: '0', VANGNET_MODE: 'production', JWT_SECRET: developmentSecret, TRUSTED_DOCUMENTS_ONLY: 'true', MAX_QUERY_COST: 'veel' },
    });
    const code = await new Promise<number | null>((resolve) => gateway.child.once('exit', resolve));
    expect(code).toBe(1);
    const lines = gateway.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!) as { level: string; problems: string[] };
    expect(logged.level).toBe('error');
    const problems = logged.problems.join('\n');
    for (const variable of ['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_SECRET is the development secret', 'TRUSTED_DOCUMENTS_ONLY', 'MAX_QUERY_COST']) {
      expect(problems).toContain(variable);
    }
  });
});

describe('production answers', () => {
  it('refuses introspection with INTROSPECTION_DISABLED, and serves no GraphiQL, while __typename still answers', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Regio") { fields { name } } }']) {
      const response = await graphql(hub.gatewayUrl, query);
      expect(errorCodes(response)).toEqual(['INTROSPECTION_DISABLED']);
      expect(response.data ?? null).toBeNull();
      await stillServes();
    }
    const typename = await graphql(hub.gatewayUrl, '{ __typename regios { code } }');
    expect(typename.errors).toBeUndefined();
    const page = await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('requires a JSON body or an x-graphql-csrf header, so a page elsewhere cannot make a browser send a query', async () => {
    const url = `${hub.gatewayUrl}?query=${encodeURIComponent('{ regios { code } }')}`;
    const simple = await fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(403);
    expect(errorCodes((await simple.json()) as GraphQLResponse)).toEqual(['CSRF_HEADER_REQUIRED']);
    const withHeader = await fetch(url, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(((await withHeader.json()) as GraphQLResponse).data.regios).toHaveLength(5);
    await stillServes();
  });

  it('sends no CORS permission to any origin unless CORS_ORIGINS names it', async () => {
    const preflight = (url: string, origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const closed = await preflight(hub.gatewayUrl, 'https://app.gemeente.test');
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();

    const open = await startGateway(hub.supergraphFile, { ...idp.productionEnv, CORS_ORIGINS: 'https://app.gemeente.test' });
    try {
      const allowed = await preflight(open.gatewayUrl, 'https://app.gemeente.test');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.gemeente.test');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const foreign = await preflight(open.gatewayUrl, 'https://elders.test');
      expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://elders.test');
    } finally {
      await open.gatewayProcess.stop();
    }
  });

  it('tells the client which subgraph failed, but not its address or what went wrong inside, and keeps the rest of the data', async () => {
    const slow = await startSlowSubgraph();
    const gateway = await startGateway(supergraphWithSlowSubgraph(hub.subgraphBaseUrls, slow.url), { ...idp.productionEnv, ...generousRateLimit });
    await slow.close();
    try {
      const response = await graphql(gateway.gatewayUrl, '{ wachtEven(ms: 1) regios { code } }');
      expect(response.data.regios).toHaveLength(5);
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.message).toContain('traag');
      expect(Object.keys(response.errors?.[0]?.extensions ?? {}).sort()).toEqual(['code', 'subgraph']);
      noInternals(response);
      // The details are in the gateway's log instead, for the operator.
      await expect.poll(() => gateway.gatewayProcess.output()).toMatch(/ECONNREFUSED|fetch failed|connect/i);
    } finally {
      await gateway.gatewayProcess.stop();
    }
  });

  it('answers every hostile request without a stack trace or an internal message', async () => {
    const answers: GraphQLResponse[] = [
      await graphql(hub.gatewayUrl, '{ regios { bestaatNiet } }'),
      await graphql(hub.gatewayUrl, 'query($c: ID!) { regio(code: $c) { naam } }', { c: { geen: 'id' } }),
      await graphql(hub.gatewayUrl, '{ regios { '),
      (await (await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' })).json()) as GraphQLResponse,
    ];
    expect(answers.map((answer) => errorCodes(answer)[0])).toEqual(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
    for (const answer of answers) {
      noInternals(answer);
      expect(answer.errors?.[0]?.message).not.toBe('Internal server error');
    }
    await stillServes();
  });
});
