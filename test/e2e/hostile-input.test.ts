import { getIntrospectionQuery } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';

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
