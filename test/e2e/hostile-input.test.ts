import { getIntrospectionQuery } from 'graphql';
import { SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { tokenVoor } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');

async function stillServes() {
  const response = await graphql(gatewayUrl, '{ regios { code } }');
  expect(response.errors).toBeUndefined();
  expect(response.data.regios).toHaveLength(5);
}

describe('hostile queries', () => {
  it('refuses a query nested deeper than the limit before any subgraph is asked', async () => {
    const deep = '{ regios { gemeenten { lidmaatschappen { regio { gemeenten { lidmaatschappen { regio { gemeenten { naam } } } } } } } } }';
    const response = await graphql(gatewayUrl, deep);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_DEEP']);
    expect(response.data ?? null).toBeNull();
    await stillServes();
  });

  it('counts depth through fragments', async () => {
    const response = await graphql(
      gatewayUrl,
      'query { regios { ...R } } fragment R on Regio { gemeenten { lidmaatschappen { regio { gemeenten { lidmaatschappen { regio { gemeenten { naam } } } } } } } }',
    );
    expect(errorCodes(response)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses an alias bomb', async () => {
    const bomb = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: regios { code }`).join(' ')} }`;
    const response = await graphql(gatewayUrl, bomb);
    expect(errorCodes(response)).toEqual(['TOO_MANY_ALIASES']);
    await stillServes();
  });

  it('refuses a query with too many tokens while parsing', async () => {
    const huge = `{ ${Array.from({ length: 6_000 }, () => '__typename').join(' ')} }`;
    const response = await graphql(gatewayUrl, huge);
    expect(errorCodes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/Token limit/);
    await stillServes();
  });

  it('still answers GraphiQL\'s introspection query, which is deeper than the limit', async () => {
    const response = await graphql(gatewayUrl, getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(response.data.__schema.queryType.name).toBe('Query');
  });

  it('keeps a page of a few region queries well within the limits', async () => {
    const response = await graphql(gatewayUrl, '{ regios { code gemeenten { lidmaatschappen { regio { naam } } } partners { rollen { regio { naam } } } } }');
    expect(response.errors).toBeUndefined();
  });
});

async function send(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });
  const answer = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  return { status: response.status, codes: (answer.errors ?? []).map((error) => error.extensions?.code), message: answer.errors?.[0]?.message ?? '' };
}

describe('hostile bodies', () => {
  it('refuses a huge body with 413 REQUEST_TOO_LARGE', async () => {
    const answer = await send(JSON.stringify({ query: '{ regios { code } }', variables: { opvulling: 'x'.repeat(5_000_000) } }));
    expect(answer).toMatchObject({ status: 413, codes: ['REQUEST_TOO_LARGE'] });
    await stillServes();
  });

  it('refuses a body that is not JSON, or JSON that is not an object, with 400 BAD_REQUEST', async () => {
    for (const body of ['{"query": ', 'query { regios { code } }', 'null', '"{ regios { code } }"', '']) {
      const answer = await send(body);
      expect(answer.status).toBe(400);
      expect(answer.codes).toEqual(['BAD_REQUEST']);
      await stillServes();
    }
  });

  it('refuses a body that is not valid UTF-8 instead of guessing what it meant', async () => {
    const prefix = new TextEncoder().encode('{"query": "{ regio(code: \\"');
    const suffix = new TextEncoder().encode('\\") { naam } }"}');
    const answer = await send(new Uint8Array([...prefix, 0xc3, 0x28, 0xff, ...suffix]));
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
    expect(answer.message).toMatch(/UTF-8/);
    await stillServes();
  });

  it('survives JSON nested a hundred thousand levels deep', async () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const answer = await send(`{"query": "query($c: ID!) { regio(code: $c) { naam } }", "variables": {"c": ${nested}}}`);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    await stillServes();
  });

  it('answers variables of the wrong type with BAD_USER_INPUT, and variables that are not an object with BAD_REQUEST', async () => {
    const wrongType = await graphql(gatewayUrl, 'query($n: Int) { partners(first: $n) { totalCount } }', { n: 'tien' });
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors?.[0]?.message).toMatch(/\$n/);
    const notAnObject = await send(JSON.stringify({ query: '{ regios { code } }', variables: 'x' }));
    expect(notAnObject).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
    await stillServes();
  });
});

describe('hostile tokens', () => {
  it('refuses a forged, an expired and a malformed token at the gateway with 401 UNAUTHENTICATED', async () => {
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
      const answer = await send(JSON.stringify({ query: '{ regios { code } }' }), { authorization });
      expect(answer).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
      await stillServes();
    }
  });
});

describe('expensive queries', () => {
  it('refuses a query whose lists multiply past the cost limit with QUERY_TOO_COSTLY, before any subgraph is asked', async () => {
    const response = await graphql(gatewayUrl, '{ partners(first: 100) { nodes { regios { gemeenten { lidmaatschappen { regio { naam } } } } } } }');
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COSTLY']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ maxCost: 10_000 });
    expect(response.data ?? null).toBeNull();
    const smaller = await graphql(gatewayUrl, '{ partners(first: 2) { nodes { regios { gemeenten { lidmaatschappen { regio { naam } } } } } } }');
    expect(smaller.errors).toBeUndefined();
    await stillServes();
  });
});
