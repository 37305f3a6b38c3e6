import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { startService } from '../../lib/services.js';
import { registrySecret, signRegistryToken } from '../../registry/src/tokens.js';
import { errorCodes, type GraphQLResponse } from '../harness/graphql.js';
import { startGateway, startHub, type RunningHub } from '../harness/hub.js';

const regioPagina = 'query RegioPagina($code: ID!) { regio(code: $code) { naam gemeenten { naam } } }';
const regioPaginaId = createHash('sha256').update(regioPagina).digest('hex');

let hub: RunningHub;
let trustedDocumentsFile: string;
const gateways: Array<Awaited<ReturnType<typeof startGateway>>> = [];

async function post(url: string, body: unknown): Promise<GraphQLResponse & { status: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  return { ...((await response.json()) as GraphQLResponse), status: response.status };
}

beforeAll(async () => {
  hub = await startHub({ withRegistry: true });
  const adminToken = await signRegistryToken({ id: 'beheer', subgraphs: [], admin: true }, registrySecret({}));
  const registered = await fetch(`${hub.registryUrl}/operations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ naam: 'regio-pagina', document: regioPagina }),
  });
  expect(registered.status).toBe(200);

  // What an operator runs to give the gateway the registered operations.
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts', 'subgraph.ts'), 'trusted-documents', '--registry', hub.registryUrl!], { encoding: 'utf8' });
  expect(cli.status).toBe(0);
  trustedDocumentsFile = join(hub.dataDir, 'trusted-documents.json');
  writeFileSync(trustedDocumentsFile, cli.stdout);
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.gatewayProcess.stop()));
  await hub?.stop();
});

async function gatewayWith(env: Record<string, string>) {
  const gateway = await startGateway(hub.supergraphFile, env);
  gateways.push(gateway);
  return gateway;
}

describe('trusted documents', () => {
  it('the registry hands out its registered operations under the SHA-256 of their text', async () => {
    const documents = (await (await fetch(`${hub.registryUrl}/trusted-documents`)).json()) as Record<string, string>;
    expect(documents[regioPaginaId]).toBe(regioPagina);
  });

  it('with TRUSTED_DOCUMENTS_ONLY, runs a registered operation by its id and nothing else', async () => {
    const { gatewayUrl } = await gatewayWith({ TRUSTED_DOCUMENTS_FILE: trustedDocumentsFile, TRUSTED_DOCUMENTS_ONLY: 'true' });
    const variables = { code: 'oost-veluwe' };

    const byDocumentId = await post(gatewayUrl, { documentId: regioPaginaId, variables });
    expect(byDocumentId.errors).toBeUndefined();
    expect(byDocumentId.data.regio.naam).toMatch(/Oost-Veluwe/);
    const byApolloHash = await post(gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: regioPaginaId } }, variables });
    expect(byApolloHash.data).toEqual(byDocumentId.data);
    const byGet = await fetch(`${gatewayUrl}?documentId=${regioPaginaId}&variables=${encodeURIComponent(JSON.stringify(variables))}`, { headers: { accept: 'application/json' } });
    expect(((await byGet.json()) as GraphQLResponse).data).toEqual(byDocumentId.data);

    const arbitrary = await post(gatewayUrl, { query: '{ regios { code } }' });
    expect(arbitrary.status).toBe(400);
    expect(errorCodes(arbitrary)).toEqual(['PERSISTED_QUERY_ONLY']);
    // Sending the registered text itself is still sending a query, not an id.
    expect(errorCodes(await post(gatewayUrl, { query: regioPagina, variables }))).toEqual(['PERSISTED_QUERY_ONLY']);
    const unknown = await post(gatewayUrl, { documentId: createHash('sha256').update('{ regios { code } }').digest('hex') });
    expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(errorCodes(await post(gatewayUrl, {}))).toEqual(['PERSISTED_QUERY_ONLY']);

    expect((await post(gatewayUrl, { documentId: regioPaginaId, variables })).data).toEqual(byDocumentId.data);
  });

  it('with the response cache on, an answer cached for an id is never served to its text sent as a query', async () => {
    // The cache answers before parsing; the check for registered documents must still come first.
    const { gatewayUrl } = await gatewayWith({ TRUSTED_DOCUMENTS_FILE: trustedDocumentsFile, TRUSTED_DOCUMENTS_ONLY: 'true', RESPONSE_CACHE: 'true' });
    const variables = { code: 'noord-veluwe' };
    const byId = async () => {
      const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: regioPaginaId, variables }) });
      return { cache: response.headers.get('x-vangnet-cache'), body: (await response.json()) as GraphQLResponse };
    };
    const first = await byId();
    expect(first.body.errors).toBeUndefined();
    let again = await byId();
    // The change feeds are read once before anything is served from the cache.
    for (let tries = 0; again.cache !== 'hit' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await byId();
    }
    expect(again.cache).toBe('hit');
    expect(again.body.data).toEqual(first.body.data);
    expect(errorCodes(await post(gatewayUrl, { query: regioPagina, variables }))).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('without TRUSTED_DOCUMENTS_ONLY, runs registered ids and ordinary queries side by side', async () => {
    const { gatewayUrl } = await gatewayWith({ TRUSTED_DOCUMENTS_FILE: trustedDocumentsFile });
    const registered = await post(gatewayUrl, { documentId: regioPaginaId, variables: { code: 'asten' } });
    expect(registered.data.regio.naam).toMatch(/Asten/);
    const ordinary = await post(gatewayUrl, { query: '{ regios { code } }' });
    expect(ordinary.data.regios).toHaveLength(5);
    expect(errorCodes(await post(gatewayUrl, { documentId: 'onbekend' }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuses to start on a trusted documents file with a document that does not parse, naming it', async () => {
    const broken = join(hub.dataDir, 'broken-trusted-documents.json');
    writeFileSync(broken, JSON.stringify({ goed: '{ regios { code } }', kapot: '{ regios { ' }));
    const gateway = startService('gateway', { name: 'gateway-broken-documents', args: [hub.supergraphFile], env: { PORT: '0', TRUSTED_DOCUMENTS_FILE: broken } });
    const code = await new Promise<number | null>((resolve) => gateway.child.once('exit', resolve));
    expect(code).toBe(1);
    const lines = gateway.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!) as { problems: string[] };
    expect(logged.problems).toHaveLength(1);
    expect(logged.problems[0]).toContain('"kapot" does not parse');
  });
});
