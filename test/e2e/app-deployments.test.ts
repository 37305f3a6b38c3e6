import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startTypeScriptProcess, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { repositoryRoot } from '../../lib/paths.js';
import { RegiopaginaDocument } from '../../examples/regiopagina/src/gql/graphql.js';
import { registrySecret, signRegistryToken } from '../../registry/src/tokens.js';
import { errorCodes, graphql, type GraphQLResponse } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { postToRegistry } from '../harness/registry-client.js';
import { runScript } from '../harness/scripts.js';
import { waitFor } from '../harness/wait.js';

const regio = 'noord-en-midden-limburg';
/** The app reads a region's monitor; its second document reads kpiBron, which no request ever runs. */
const kaart = 'query Kaart($code: ID!) { regio(code: $code) { naam monitor { naam domeinen } } }';
const kpi = `query Kpi { regio(code: "${regio}") { monitor { kpiBron } } }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const appId = (versie: string, document: string) => `regiokaart~${versie}~${sha256(document)}`;
const sdl = readFileSync(join(repositoryRoot, 'examples', 'regiomonitor', 'schema.graphql'), 'utf8');
/** The client preset's output for the regiopagina example: ids with "sha256:" in front. */
const regiopaginaDocuments = join(repositoryRoot, 'examples', 'regiopagina', 'src', 'gql', 'persisted-documents.json');
const withoutKpiBron = sdl.replace(/\n\s*"[^"\n]*"\n\s*kpiBron: [^\n]+\n/, '\n');

let hub: RunningHub;
let monitor: ServiceProcess;
let monitorUrl: string;
let regionToken: string;
let adminToken: string;
let appToken: string;
/** Requests that ran by the app's id and answered without errors: what usage must count for it. */
let ranByApp = 0;

beforeAll(async () => {
  // Only registered documents run here, and the only source of them is the registry's app versions.
  hub = await startHub({ withRegistry: true, gatewayEnv: { SUPERGRAPH_POLL_MS: '200', USAGE_FLUSH_MS: '200', TRUSTED_DOCUMENTS_ONLY: 'true' } });
  const port = await freePort();
  monitorUrl = `http://127.0.0.1:${port}/graphql`;
  monitor = startTypeScriptProcess({ name: 'regiomonitor', entry: join(repositoryRoot, 'examples', 'regiomonitor', 'main.ts'), env: { PORT: String(port) } });
  await waitUntilReady(`http://127.0.0.1:${port}/healthcheck`, monitor);
  const secret = registrySecret({});
  regionToken = await signRegistryToken({ id: regio, subgraphs: ['regiomonitor'], admin: false }, secret);
  adminToken = await signRegistryToken({ id: 'beheer', subgraphs: [], admin: true }, secret);
  const published = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl }, regionToken);
  expect(published.body).toMatchObject({ ok: true });
});
afterAll(async () => {
  await monitor?.stop();
  await hub?.stop();
});

const registry = (path: string, body: unknown, token: string) => postToRegistry(hub.registryUrl!, path, body, token);
const cli = (...args: string[]) => runScript('scripts/subgraph.ts', [...args, '--registry', hub.registryUrl!], { REGISTRY_SECRET: undefined, REGISTRY_TOKEN: undefined, VANGNET_MODE: undefined });

async function post(body: unknown): Promise<GraphQLResponse & { status: number }> {
  const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  return { ...((await response.json()) as GraphQLResponse), status: response.status };
}

async function runKaart(body: Record<string, unknown>): Promise<GraphQLResponse & { status: number }> {
  const answer = await post({ ...body, variables: { code: regio } });
  if (!answer.errors && answer.data?.regio?.monitor) ranByApp += 1;
  return answer;
}

/** The registry's count of one app version's use of one coordinate. */
async function countOf(versie: string, coordinate: string): Promise<number> {
  const response = await fetch(`${hub.registryUrl}/usage?coordinate=${encodeURIComponent(coordinate)}`, { headers: { authorization: `Bearer ${adminToken}` } });
  const rows = (await response.json()) as Array<{ clientNaam: string; clientVersie: string; aantal: number }>;
  return rows.filter((row) => row.clientNaam === 'regiokaart' && row.clientVersie === versie).reduce((sum, row) => sum + row.aantal, 0);
}

describe('app deployments', () => {
  it('an app\'s build registers its version\'s documents with the CLI and a token made for that app', async () => {
    const token = await cli('token', '--app', 'regiokaart');
    expect(token.code, token.output).toBe(0);
    appToken = token.output.trim();
    // The client preset's persisted-documents.json: ids with "sha256:" in front.
    const file = join(hub.dataDir, 'persisted-documents.json');
    writeFileSync(file, JSON.stringify({ [`sha256:${sha256(kaart)}`]: kaart, [`sha256:${sha256(kpi)}`]: kpi }));
    const published = await cli('app', 'publish', '--name', 'regiokaart', '--version', '1.0.0', '--documents', file, '--token', appToken);
    expect(published.code, published.output).toBe(0);
    expect(published.output).toContain('regiokaart 1.0.0 registered with 2 documents');

    const again = await cli('app', 'publish', '--name', 'regiokaart', '--version', '1.0.0', '--documents', file, '--token', appToken);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('was already registered with these 2 documents; nothing changed');
  });

  it('the gateway runs the app\'s documents by id, in every form it takes ids, and refuses anything else', async () => {
    await waitFor(async () => (await runKaart({ documentId: appId('1.0.0', kaart) })).data?.regio?.monitor?.naam !== undefined);
    const byDocumentId = await runKaart({ documentId: appId('1.0.0', kaart) });
    expect(byDocumentId.errors).toBeUndefined();
    expect(byDocumentId.data.regio.monitor.domeinen.length).toBeGreaterThan(0);
    expect((await runKaart({ extensions: { persistedQuery: { version: 1, sha256Hash: appId('1.0.0', kaart) } } })).data).toEqual(byDocumentId.data);
    expect((await runKaart({ documentId: `regiokaart~1.0.0~sha256:${sha256(kaart)}` })).data).toEqual(byDocumentId.data);
    const byGet = await fetch(`${hub.gatewayUrl}?documentId=${encodeURIComponent(appId('1.0.0', kaart))}&variables=${encodeURIComponent(JSON.stringify({ code: regio }))}`, { headers: { accept: 'application/json' } });
    expect(((await byGet.json()) as GraphQLResponse).data).toEqual(byDocumentId.data);
    ranByApp += 1;

    const arbitrary = await post({ query: '{ regios { code } }' });
    expect(arbitrary.status).toBe(400);
    expect(errorCodes(arbitrary)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(errorCodes(await post({ query: kaart, variables: { code: regio } }))).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(errorCodes(await post({ documentId: `regiokaart~1.0.0~${sha256('{ regios { code } }')}` }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(errorCodes(await post({ documentId: appId('9.9.9', kaart), variables: { code: regio } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(errorCodes(await post({ documentId: sha256(kaart), variables: { code: regio } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('usage reporting counts those requests under the app\'s name and version', async () => {
    await waitFor(async () => (await countOf('1.0.0', 'Regiomonitor.domeinen')) >= ranByApp, 20_000, 100);
    // A few flushes longer, so a count that overshoots shows too.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await countOf('1.0.0', 'Regiomonitor.domeinen')).toBe(ranByApp);
    expect(await countOf('1.0.0', 'Query.regio(code:)')).toBe(ranByApp);
    expect(await countOf('1.0.0', 'Regiomonitor.kpiBron')).toBe(0);
  });

  it('an app version never changes: other documents under the same version are refused', async () => {
    const same = await registry('/apps', { naam: 'regiokaart', versie: '1.0.0', documenten: [kpi, kaart] }, appToken);
    expect(same).toMatchObject({ status: 200, body: { ok: true, nieuw: false } });
    const other = await registry('/apps', { naam: 'regiokaart', versie: '1.0.0', documenten: [kaart] }, appToken);
    expect(other.status).toBe(409);
    expect(other.body.redenen).toEqual([expect.stringMatching(/^App version regiokaart 1\.0\.0 is already registered with other documents \(2, registered .* by dev-app-regiokaart\); an app version never changes: register a new version$/)]);
  });

  it('refuses a version whose documents do not match their ids, parse or validate, listing every reason, and registers nothing', async () => {
    const broken = '{ regios { ';
    const invalid = `{ regio(code: "${regio}") { bestaatNiet } }`;
    const result = await registry('/apps', { naam: 'regiokaart', versie: '2.0.0', documenten: { [sha256(kpi)]: kaart, [sha256(broken)]: broken, [sha256(invalid)]: invalid } }, appToken);
    expect(result.status).toBe(400);
    expect(result.body.redenen).toHaveLength(3);
    expect(result.body.redenen[0]).toContain(`Document "${sha256(kpi)}": the id is not the SHA-256 of the document's text (that is ${sha256(kaart)})`);
    expect(result.body.redenen[1]).toMatch(new RegExp(`^Document ${sha256(broken).slice(0, 12)} does not parse: Syntax Error`));
    expect(result.body.redenen[2]).toMatch(new RegExp(`^Document ${sha256(invalid).slice(0, 12)} \\(query \\(anonymous\\)\\) does not validate against the current schema: Cannot query field "bestaatNiet" on type "Regio"`));
    const apps = (await (await fetch(`${hub.registryUrl}/apps`)).json()) as Array<{ versie: string }>;
    expect(apps.map((app) => app.versie)).toEqual(['1.0.0']);
  });

  it('only an admin or the app\'s own token may register or retire its versions', async () => {
    const secret = registrySecret({});
    const otherApp = await signRegistryToken({ id: 'team-werkbak', subgraphs: [], admin: false, apps: ['werkbak'] }, secret);
    const byRegion = await registry('/apps', { naam: 'regiokaart', versie: '3.0.0', documenten: [kaart] }, regionToken);
    expect(byRegion.status).toBe(403);
    expect(byRegion.body.redenen[0]).toMatch(/may register no app, not regiokaart/);
    expect((await registry('/apps', { naam: 'regiokaart', versie: '3.0.0', documenten: [kaart] }, otherApp)).status).toBe(403);
    expect((await registry('/apps/retire', { naam: 'regiokaart', versie: '1.0.0' }, regionToken)).status).toBe(403);
    const anonymous = await fetch(`${hub.registryUrl}/apps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ naam: 'regiokaart', versie: '3.0.0', documenten: [kaart] }) });
    expect(anonymous.status).toBe(401);
    const denied = await cli('app', 'retire', '--name', 'regiokaart', '--version', '1.0.0', '--token', regionToken);
    expect(denied.code).toBe(1);
    expect(denied.output).toMatch(/refused \(HTTP 403\)/);
  });

  it('a publish that breaks a document of an active app version is refused, naming the app and version, even when forced', async () => {
    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutKpiBron }, regionToken);
    expect(result.status).toBe(422);
    const breaks = `Document ${sha256(kpi).slice(0, 12)} (query Kpi) of active app version regiokaart 1.0.0 would break: Cannot query field "kpiBron" on type "Regiomonitor".`;
    // The only reason: no client ran kpiBron, so reported use alone would let it go.
    expect(result.body.redenen).toEqual([expect.stringContaining(breaks)]);
    const forced = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutKpiBron, force: true }, adminToken);
    expect(forced.body.ok).toBe(false);
    expect(forced.body.redenen).toEqual([expect.stringContaining(breaks)]);
  });

  it('after the version is retired the gateway refuses its ids, and the same publish passes', async () => {
    const listed = await cli('app', 'list');
    expect(listed.code, listed.output).toBe(0);
    expect(listed.output).toMatch(/regiokaart.*1\.0\.0.*actief/);

    const retired = await cli('app', 'retire', '--name', 'regiokaart', '--version', '1.0.0', '--token', appToken);
    expect(retired.code, retired.output).toBe(0);
    expect(retired.output).toContain('regiokaart 1.0.0 retired');
    await waitFor(async () => errorCodes(await post({ documentId: appId('1.0.0', kaart), variables: { code: regio } }))[0] === 'PERSISTED_QUERY_NOT_FOUND');
    expect(errorCodes(await post({ extensions: { persistedQuery: { version: 1, sha256Hash: appId('1.0.0', kaart) } }, variables: { code: regio } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const apps = (await (await fetch(`${hub.registryUrl}/apps`)).json()) as Array<Record<string, unknown>>;
    expect(apps).toEqual([
      expect.objectContaining({ naam: 'regiokaart', versie: '1.0.0', status: 'ingetrokken', documenten: 2, door: 'dev-app-regiokaart', ingetrokkenDoor: 'dev-app-regiokaart', laatstGebruikt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:00:00Z$/) }),
    ]);

    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutKpiBron }, regionToken);
    expect(result.body.redenen).toEqual([]);
    expect(result.body.ok).toBe(true);
  });

  it('the regiopagina example\'s build output registers as an app version, and the page\'s operations run by id', async () => {
    const published = await cli('app', 'publish', '--name', 'regiopagina', '--version', '0.1.0', '--documents', regiopaginaDocuments, '--token', adminToken);
    expect(published.code, published.output).toBe(0);
    const documentId = `regiopagina~0.1.0~${RegiopaginaDocument.__meta__!.hash}`;
    await waitFor(async () => (await post({ documentId, variables: { code: 'asten' } })).data?.regio !== undefined);
    const answer = await post({ documentId, variables: { code: 'asten' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.regio.gemeenten.map((gemeente: { cbsCode: string }) => gemeente.cbsCode)).toContain('GM0743');
  });

  it('while the registry is away the gateway keeps running the active versions it last saw', async () => {
    const registered = await registry('/apps', { naam: 'regiokaart', versie: '1.1.0', documenten: [kaart] }, appToken);
    expect(registered).toMatchObject({ status: 201, body: { ok: true, nieuw: true, documenten: 1 } });
    await waitFor(async () => (await runKaart({ documentId: appId('1.1.0', kaart) })).data?.regio?.monitor?.naam !== undefined);
    await hub.registryProcess!.stop();
    await waitFor(() => hub.gatewayProcess.output().includes('could not refresh the app documents from the registry; keeping the current ones'));
    const answer = await runKaart({ documentId: appId('1.1.0', kaart) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.regio.monitor.naam).toBeDefined();
    expect(errorCodes(await post({ documentId: appId('1.0.0', kaart), variables: { code: regio } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});
