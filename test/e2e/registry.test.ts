import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySecret, signRegistryToken } from '../../registry/src/tokens.js';
import { repositoryRoot } from '../../lib/paths.js';
import { graphql } from '../harness/graphql.js';
import { startGateway, startHub, type RunningHub } from '../harness/hub.js';
import { keepQueryingRegions, waitFor } from '../harness/wait.js';
import { postToRegistry } from '../harness/registry-client.js';
import { startRegiomonitor, type RunningRegiomonitor } from '../harness/regiomonitor.js';

let hub: RunningHub;
let monitor: RunningRegiomonitor;
let monitorUrl: string;
let regionToken: string;
let otherRegionToken: string;
let adminToken: string;
const schemaFile = join(repositoryRoot, 'examples', 'regiomonitor', 'schema.graphql');
const sdl = readFileSync(schemaFile, 'utf8');
/** The same schema without `Regio.monitor` (and its description): a breaking change. */
const withoutMonitor = sdl.replace(/\n\s*"[^"\n]*"\n\s*monitor: Regiomonitor\n/, '\n');
const monitorQuery = '{ regio(code: "noord-en-midden-limburg") { naam monitor { naam beheerder { naam } } } }';

beforeAll(async () => {
  hub = await startHub({ withRegistry: true, gatewayEnv: { SUPERGRAPH_POLL_MS: '200' } });
  monitor = await startRegiomonitor();
  ({ url: monitorUrl, regionToken, adminToken } = monitor);
  otherRegionToken = await signRegistryToken({ id: 'asten', subgraphs: ['sociale-kaart-asten'], admin: false }, registrySecret({}));
});
afterAll(async () => {
  await monitor?.stop();
  await hub?.stop();
});

const registry = (path: string, body: unknown, token: string) => postToRegistry(hub.registryUrl!, path, body, token);

const monitorAnswers = async () => (await graphql(hub.gatewayUrl, monitorQuery)).data?.regio?.monitor?.naam !== undefined;

describe('the schema registry', () => {
  let versieVoorPublicatie: number;

  it('publishes a region\'s own subgraph and the gateway serves its field within seconds, without a restart or a failed request', async () => {
    versieVoorPublicatie = ((await (await fetch(`${hub.registryUrl}/supergraphs`)).json()) as Array<{ versie: number }>).at(-1)!.versie;
    expect(await monitorAnswers()).toBe(false);
    const pid = hub.gatewayProcess.child.pid;
    const load = keepQueryingRegions(hub.gatewayUrl, '{ regios { code naam } }');
    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl }, regionToken);
    expect(result.body).toMatchObject({ ok: true, redenen: [] });
    const elapsed = await waitFor(monitorAnswers);
    const { answered, failures } = await load.stop();
    expect(elapsed).toBeLessThan(10_000);
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(3);
    expect(hub.gatewayProcess.child.pid).toBe(pid);
    const response = await graphql(hub.gatewayUrl, monitorQuery);
    expect(response.data.regio.monitor.beheerder.naam).toBe('MGR');
  });

  it('refuses a publish with another region\'s token, and the hub\'s own subgraphs without admin', async () => {
    const other = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl }, otherRegionToken);
    expect(other.status).toBe(403);
    expect(other.body.redenen.join(' ')).toMatch(/sociale-kaart-asten, not regiomonitor/);
    const hubOwn = await registry('/publish', { naam: 'regions', url: monitorUrl, sdl }, regionToken);
    expect(hubOwn.status).toBe(403);
    expect(hubOwn.body.redenen.join(' ')).toMatch(/Only an admin/);
  });

  it('refuses a breaking change with the reason, and leaves the live graph untouched', async () => {
    expect(withoutMonitor).not.toEqual(sdl);
    const result = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutMonitor }, regionToken);
    expect(result.status).toBe(422);
    expect(result.body.redenen.join('\n')).toMatch(/Breaking change: FIELD_REMOVED: Regio\.monitor was removed/);
    expect(await monitorAnswers()).toBe(true);
  });

  it('lists every composition error, per subgraph, as the composition library reports it', async () => {
    const conflicting = `${sdl}\ntype Gemeente @key(fields: "cbsCode") { cbsCode: ID! naam: Int }\n`;
    const result = await registry('/check', { naam: 'regiomonitor', url: monitorUrl, sdl: conflicting }, regionToken);
    expect(result.body.ok).toBe(false);
    expect(result.body.redenen.some((reden) => reden.startsWith('Composition:') && reden.includes('naam'))).toBe(true);
  });

  it('never lets even a forced publish break an operation registered as in use', async () => {
    const operation = await registry('/operations', { naam: 'regiomonitor-pagina', document: 'query Monitor { regio(code: "noord-en-midden-limburg") { monitor { naam } } }' }, adminToken);
    expect(operation.body.ok).toBe(true);
    const forced = await registry('/publish', { naam: 'regiomonitor', url: monitorUrl, sdl: withoutMonitor, force: true }, adminToken);
    expect(forced.body.ok).toBe(false);
    expect(forced.body.redenen.join('\n')).toMatch(/Registered operation "regiomonitor-pagina" would break/);
  });

  it('gives a region\'s CI a dry run with every reason and an exit code', () => {
    const breakingFile = join(hub.dataDir, 'breaking.graphql');
    writeFileSync(breakingFile, withoutMonitor);
    const run = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts', 'subgraph.ts'), 'check', '--name', 'regiomonitor', '--url', monitorUrl, '--schema', file, '--registry', hub.registryUrl!, '--token', regionToken], { encoding: 'utf8' });
    const refused = run(breakingFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/FIELD_REMOVED/);
    const passed = run(schemaFile);
    expect(passed.status, passed.stderr).toBe(0);
  });

  it('rolls back to an earlier version: the field disappears, with no failed request during the switch', async () => {
    const load = keepQueryingRegions(hub.gatewayUrl, '{ regios { code naam } }');
    const result = await registry('/rollback', { versie: versieVoorPublicatie }, adminToken);
    expect(result.body.ok).toBe(true);
    await waitFor(async () => (await graphql(hub.gatewayUrl, monitorQuery)).errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
    const { failures } = await load.stop();
    expect(failures).toEqual([]);
    const history = (await (await fetch(`${hub.registryUrl}/subgraphs/regiomonitor/history`)).json()) as unknown[];
    expect(history.length).toBe(1);
    const log = (await (await fetch(`${hub.registryUrl}/log`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as Array<{ actie: string; ok: number }>;
    expect(log.map((entry) => entry.actie)).toEqual(expect.arrayContaining(['publish', 'check', 'rollback', 'publish (forced)', 'register operation']));
    expect(log.some((entry) => entry.ok === 0)).toBe(true);
  });

  it('starts a gateway on the last good supergraph when the registry is unreachable', async () => {
    await hub.registryProcess!.stop();
    const gateway = await startGateway(null, { REGISTRY_URL: hub.registryUrl!, DATA_DIR: hub.dataDir });
    try {
      const response = await graphql(gateway.gatewayUrl, '{ regios { code } }');
      expect(response.errors).toBeUndefined();
      expect(response.data.regios).toHaveLength(5);
      await expect.poll(() => gateway.gatewayProcess.output()).toContain('serving the last good supergraph from the cache');
    } finally {
      await gateway.gatewayProcess.stop();
    }
  });
});
