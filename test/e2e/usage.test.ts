import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { repositoryRoot } from '../../lib/paths.js';
import { startService } from '../../lib/services.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { waitFor } from '../harness/wait.js';
import { postToRegistry } from '../harness/registry-client.js';
import { startRegiomonitor, type RunningRegiomonitor } from '../harness/regiomonitor.js';

let hub: RunningHub;
let monitor: RunningRegiomonitor;
let monitorUrl: string;
let restartedRegistry: ServiceProcess | null = null;
let regionToken: string;
let adminToken: string;
const sdl = readFileSync(join(repositoryRoot, 'examples', 'regiomonitor', 'schema.graphql'), 'utf8');
const withoutField = (schema: string, field: string) => schema.replace(new RegExp(`\\n\\s*"[^"\\n]*"\\n\\s*${field}: [^\\n]+\\n`), '\n');
const regio = 'noord-en-midden-limburg';
/** app-a reads the monitor's domains, app-b its goals; neither reads kpiBron. */
const queryA = `query DomeinenA { regio(code: "${regio}") { monitor { domeinen } } }`;
const queryB = `query DoelenB { regio(code: "${regio}") { monitor { doelen } } }`;
const appA = { 'graphql-client-name': 'app-a', 'graphql-client-version': '1.0' };
const appB = { 'apollographql-client-name': 'app-b', 'apollographql-client-version': '2.3' };

beforeAll(async () => {
  hub = await startHub({ withRegistry: true, gatewayEnv: { SUPERGRAPH_POLL_MS: '200', USAGE_FLUSH_MS: '200', RESPONSE_CACHE: 'true' } });
  monitor = await startRegiomonitor();
  ({ url: monitorUrl, regionToken, adminToken } = monitor);
  const published = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl }, regionToken);
  expect(published.body.ok).toBe(true);
  await waitFor(async () => (await graphql(hub.gatewayUrl, queryA)).data?.regio?.monitor?.domeinen !== undefined);
});
afterAll(async () => {
  await monitor?.stop();
  await restartedRegistry?.stop();
  await hub?.stop();
});

const registry = (path: string, body: unknown, token: string) => postToRegistry(hub.registryUrl!, path, body, token);

/** The registry's count of one client's use of one coordinate. */
async function countOf(client: string, coordinate: string): Promise<number> {
  const response = await fetch(`${hub.registryUrl}/usage?coordinate=${encodeURIComponent(coordinate)}`, { headers: { authorization: `Bearer ${adminToken}` } });
  const rows = (await response.json()) as Array<{ clientNaam: string; aantal: number }>;
  return rows.filter((row) => row.clientNaam === client).reduce((sum, row) => sum + row.aantal, 0);
}

async function send(times: number, query: string, headers: Record<string, string>) {
  for (let i = 0; i < times; i++) {
    const response = await graphql(hub.gatewayUrl, query, undefined, headers);
    expect(response.errors).toBeUndefined();
  }
}

/** Waits until the counts reach what was sent, then a few flushes longer, so a count that overshoots shows too. */
async function settledCount(client: string, coordinate: string, expected: number): Promise<number> {
  await waitFor(async () => (await countOf(client, coordinate)) >= expected, 20_000, 100);
  await new Promise((resolve) => setTimeout(resolve, 800));
  return countOf(client, coordinate);
}

describe('usage reporting', () => {
  it('counts each client\'s operations per coordinate in the registry exactly as they were sent', async () => {
    await Promise.all([send(25, queryA, appA), send(15, queryB, appB)]);
    expect(await settledCount('app-a', 'Regiomonitor.domeinen', 25)).toBe(25);
    expect(await settledCount('app-b', 'Regiomonitor.doelen', 15)).toBe(15);
    expect(await countOf('app-a', 'Query.regio')).toBe(25);
    expect(await countOf('app-a', 'Query.regio(code:)')).toBe(25);
    expect(await countOf('app-b', 'Regio.monitor')).toBe(15);
    expect(await countOf('app-b', 'Regiomonitor.domeinen')).toBe(0);
    // An operation that fails validation runs nothing, so it counts nothing.
    const invalid = await graphql(hub.gatewayUrl, `{ regio(code: "${regio}") { monitor { domeinen bestaatNiet } } }`, undefined, appA);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await settledCount('app-a', 'Regiomonitor.domeinen', 25)).toBe(25);
  });

  it('counts an answer served from the response cache like one computed afresh', async () => {
    const appC = { 'graphql-client-name': 'app-c', 'graphql-client-version': '1.0' };
    const ask = async () => {
      const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...appC }, body: JSON.stringify({ query: '{ regios { code naam } }' }) });
      expect(response.status).toBe(200);
      return response.headers.get('x-vangnet-cache');
    };
    let sent = 0;
    let hits = 0;
    await waitFor(async () => (sent++, (await ask()) === 'hit'), 20_000, 100);
    for (let i = 0; i < 10; i++, sent++) if ((await ask()) === 'hit') hits++;
    expect(hits).toBeGreaterThan(0);
    expect(await settledCount('app-c', 'Regio.naam', sent)).toBe(sent);
  });

  it('loses no count and counts none twice when the registry is down for part of the run', async () => {
    const port = new URL(hub.registryUrl!).port;
    await hub.registryProcess!.stop();
    await send(20, queryA, appA);
    // Several flushes fail while it is down; the gateway keeps the batch and the counts after it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await send(5, queryA, appA);
    restartedRegistry = startService('registry', {
      env: {
        PORT: port,
        DATA_DIR: hub.dataDir,
        ...(hub.databaseUrl ? { DATABASE_URL: hub.databaseUrl } : {}),
        HUB_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(Object.entries(hub.subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]))),
      },
    });
    await waitUntilReady(`${hub.registryUrl}/healthcheck`, restartedRegistry);
    await send(5, queryA, appA);
    expect(await settledCount('app-a', 'Regiomonitor.domeinen', 55)).toBe(55);
    expect(await countOf('app-b', 'Regiomonitor.doelen')).toBe(15);
    expect(hub.gatewayProcess.output()).toContain('could not send usage counts to the registry; keeping them');
  });

  it('refuses a publish that removes a field a client used, naming the client, its count and last use', async () => {
    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutField(sdl, 'domeinen') }, regionToken);
    expect(result.status).toBe(422);
    const reason = result.body.redenen.join('\n');
    expect(reason).toMatch(/Breaking change: FIELD_REMOVED: Regiomonitor\.domeinen was removed\. Used in the last 30 days by app-a 1\.0 \(55 operations, last in the hour from \d{4}-\d\d-\d\dT\d\d:00:00Z\)/);
    expect(reason).not.toMatch(/app-b/);
    expect((await graphql(hub.gatewayUrl, queryA)).data?.regio?.monitor?.domeinen).toBeDefined();
  });

  it('the CLI check gives the same refusal and an exit code', () => {
    const file = join(hub.dataDir, 'zonder-domeinen.graphql');
    writeFileSync(file, withoutField(sdl, 'domeinen'));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(repositoryRoot, 'scripts', 'subgraph.ts'), 'check', '--name', 'regiomonitor', '--url', monitorUrl, '--schema', file, '--registry', hub.registryUrl!, '--token', regionToken],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Regiomonitor\.domeinen was removed\. Used in the last 30 days by app-a 1\.0 \(55 operations/);
  });

  it('accepts removing a field no client used, and warns that a deprecated field is still in use, and by whom', async () => {
    const deprecatedDoelen = withoutField(sdl, 'kpiBron').replace('doelen: [String!]!', 'doelen: [String!]! @deprecated(reason: "Lees de domeinen")');
    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: deprecatedDoelen }, regionToken);
    expect(result.body.redenen).toEqual([]);
    expect(result.body.ok).toBe(true);
    expect(result.body.waarschuwingen).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^FIELD_REMOVED: Regiomonitor\.kpiBron was removed\. Not used by any client in the last 30 days/),
        expect.stringMatching(/^Deprecated Regiomonitor\.doelen is still used in the last 30 days by app-b 2\.3 \(15 operations/),
      ]),
    );
    await waitFor(async () => (await graphql(hub.gatewayUrl, `{ regio(code: "${regio}") { monitor { kpiBron } } }`)).errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  });

  it('lets an admin force a removal that breaks reported use', async () => {
    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutField(withoutField(sdl, 'kpiBron'), 'domeinen'), force: true }, adminToken);
    expect(result.body.ok).toBe(true);
    expect(result.body.waarschuwingen?.join('\n')).toMatch(/Forced: Breaking change: FIELD_REMOVED: Regiomonitor\.domeinen was removed\. Used in the last 30 days by app-a 1\.0/);
  });
});
