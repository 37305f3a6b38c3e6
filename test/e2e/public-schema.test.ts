import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { ServiceProcess } from '../../lib/processes.js';
import { composeSupergraph, hubSubgraphServices, publicSchemaFile } from '../../schema/subgraphs.js';
import { graphql } from '../harness/graphql.js';
import { startGateway } from '../harness/hub.js';
import { waitFor } from '../harness/wait.js';

const { gatewayBaseUrl, gatewayUrl, subgraphBaseUrls } = inject('hub');
const committed = readFileSync(publicSchemaFile, 'utf8');

const ownGateways: ServiceProcess[] = [];
const temporaryDirectories: string[] = [];
afterAll(async () => {
  await Promise.all(ownGateways.map((gateway) => gateway.stop()));
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

/** A gateway of its own on a supergraph file of its own, over the shared hub's subgraphs. */
async function startGatewayOn(supergraph: string, env: Record<string, string> = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'vangnet-public-schema-'));
  temporaryDirectories.push(directory);
  const supergraphFile = join(directory, 'supergraph.graphql');
  writeFileSync(supergraphFile, supergraph);
  const gateway = await startGateway(supergraphFile, env);
  ownGateways.push(gateway.gatewayProcess);
  return { ...gateway, supergraphFile };
}

const subgraphUrls = Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]));

describe('the public schema at GET /schema.graphql', () => {
  it('is the committed schema/schema.graphql when the gateway runs the committed supergraph', async () => {
    const response = await fetch(`${gatewayBaseUrl}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(committed);
  });

  it('answers 304 to a client that already has this version (If-None-Match)', async () => {
    const first = await fetch(`${gatewayBaseUrl}/schema.graphql`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${gatewayBaseUrl}/schema.graphql`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('has no federation internals and builds as a valid schema', () => {
    for (const internal of ['join__', 'link__', '_entities', '_service', '_Any', '_Entity', '@inaccessible', '@link', 'FieldSet']) {
      expect(committed, internal).not.toContain(internal);
    }
    const schema = buildSchema(committed);
    expect(schema.getQueryType()?.getFields().regio).toBeDefined();
  });

  it('describes exactly the graph the gateway answers introspection with', async () => {
    const response = await graphql<IntrospectionQuery>(gatewayUrl, getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    const introspected = printSchema(lexicographicSortSchema(buildClientSchema(response.data!)));
    expect(printSchema(lexicographicSortSchema(buildSchema(committed)))).toBe(introspected);
  });

  it('follows the supergraph the gateway reloads, not the committed file', async () => {
    const withoutWoonopties = composeSupergraph(hubSubgraphServices(subgraphUrls).filter((service) => service.name !== 'woonopties'));
    const gateway = await startGatewayOn(withoutWoonopties);
    const served = async () => (await fetch(`${gateway.gatewayBaseUrl}/schema.graphql`)).text();

    expect(await served()).not.toContain('matchingspunten');
    expect(buildSchema(await served()).getQueryType()?.getFields().regios).toBeDefined();

    writeFileSync(gateway.supergraphFile, composeSupergraph(hubSubgraphServices(subgraphUrls)));
    await waitFor(async () => (await served()) === committed);
  });

  it('is not published where introspection is off', async () => {
    const gateway = await startGatewayOn(composeSupergraph(hubSubgraphServices(subgraphUrls)), { INTROSPECTION: 'false' });
    const response = await fetch(`${gateway.gatewayBaseUrl}/schema.graphql`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('type Query');
  });
});
