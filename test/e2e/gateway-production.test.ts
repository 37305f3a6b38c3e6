import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentSecret, type Gebruiker } from '../../lib/auth.js';
import { startService } from '../../lib/services.js';
import { errorCodes, graphql, type GraphQLResponse } from '../harness/graphql.js';
import { startGateway, startHub, type RunningHub } from '../harness/hub.js';
import { startIdentityProvider, type IdentityProvider } from '../harness/identity-provider.js';
import { startSlowSubgraph, supergraphWithSlowSubgraph } from '../harness/slow-subgraph.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

// Each check of a policy in production mode is tested in memory (gateway/src/plugins/*.test.ts);
// here, what needs the real processes: the subgraphs' own token checks, a start that fails, a
// subgraph that stops.
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
});
