import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of, type Manifest } from '../../lib/backup/manifest.js';
import { readPostgresContents, withClient } from '../../lib/backup/postgres.js';
import { dataServices, latestMigration } from '../../lib/backup/services.js';
import { readSqliteContents } from '../../lib/backup/sqlite.js';
import { hubSubgraphs } from '../../lib/hub-subgraphs.js';
import { freePort, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { startService } from '../../lib/services.js';
import { startAcknowledgedLoad, type AcknowledgedLoad, type Acknowledgement } from '../harness/acknowledged-load.js';
import { createTestDatabase, dropTestDatabase, testPostgresUrl } from '../harness/database.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { runScript } from '../harness/scripts.js';
import { waitFor } from '../harness/wait.js';
import { actors, inconsistencies, snapshot, type Actors } from '../harness/workflow-load.js';

const database = testPostgresUrl ? 'postgres' : 'sqlite';
const serviceNames = [...hubSubgraphs.map((subgraph) => subgraph.name), 'registry'];
const scratch = mkdtempSync(join(tmpdir(), 'vangnet-backup-test-'));
const createdDatabases: string[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface DataLocation {
  dataDir: string;
  databaseUrl: string | null;
}

/** The settings the scripts read, as `npm start` would have them; a DATABASE_URL of this shell never leaks in. */
function dataEnv(location: DataLocation): Record<string, string | undefined> {
  return { DATA_DIR: location.dataDir, DATABASE_URL: location.databaseUrl ?? undefined };
}

/** A place no hub has used: a new folder, and on PostgreSQL a new, empty database. */
async function freshLocation(name: string): Promise<DataLocation> {
  const databaseUrl = testPostgresUrl ? await createTestDatabase() : null;
  if (databaseUrl) createdDatabases.push(databaseUrl);
  return { dataDir: join(scratch, name), databaseUrl };
}

/** Rows of every table of every service, read from the databases themselves; null for a service without data. */
async function rowCountsAt(location: DataLocation): Promise<Record<string, Record<string, number> | null>> {
  const counts: Record<string, Record<string, number> | null> = {};
  if (location.databaseUrl) {
    await withClient(location.databaseUrl, async (client) => {
      for (const name of serviceNames) counts[name] = (await readPostgresContents(client, name))?.rowCounts ?? null;
    });
  } else {
    for (const name of serviceNames) {
      const file = join(location.dataDir, `${name}.sqlite`);
      counts[name] = existsSync(file) ? readSqliteContents(file).rowCounts : null;
    }
  }
  return counts;
}

const portsOf = (hub: RunningHub, ...more: string[]) => [hub.gatewayBaseUrl, hub.registryUrl, ...Object.values(hub.subgraphBaseUrls), ...more].flatMap((url) => (url ? [new URL(url).port] : [])).join(',');

const toegangslogQuery = 'query ($id: ID!) { toegangslog(woonvraag: $id) { gebeurtenis op woonvraag gebruiker rol details } }';
type Toegangsregel = { gebeurtenis: string; op: string; woonvraag: string; gebruiker: string; rol: string | null; details: string | null };

/** The access log of each demand, read through the gateway as the Transferpunt (reading it writes no entry). */
async function accessLogs(gatewayUrl: string, who: Actors, woonvragen: string[]): Promise<Map<string, Toegangsregel[]>> {
  const logs = new Map<string, Toegangsregel[]>();
  for (const id of woonvragen) {
    const response = await graphql(gatewayUrl, toegangslogQuery, { id }, who.staff);
    if (response.errors?.length) throw new Error(`toegangslog failed: ${JSON.stringify(response.errors)}`);
    logs.set(id, response.data.toegangslog);
  }
  return logs;
}

describe(`backup and restore (${database})`, () => {
  let hub: RunningHub;
  let hubStopped = false;
  let who: Actors;
  let load: AcknowledgedLoad;
  let backupDir: string;
  let backupRun: { code: number | null; output: string };
  let backupStartedAt: number;
  let backupFinishedAt: number;
  let accessLogBefore: Map<string, Toegangsregel[]>;
  let supergraphsBefore: unknown[];
  let restored: DataLocation;
  let restoredHub: RunningHub | null = null;
  let restoredRegistry: ServiceProcess | null = null;
  let restoredRegistryUrl: string;

  beforeAll(async () => {
    // The gateway's usage reports are writes of the hub's own; off here, so "restore changed nothing"
    // compares only what the test and the restore did.
    hub = await startHub({ withRegistry: true, gatewayEnv: { USAGE_REPORTING: 'false' } });
    who = await actors();
    supergraphsBefore = (await (await fetch(`${hub.registryUrl}/supergraphs`)).json()) as unknown[];
    load = startAcknowledgedLoad(hub.gatewayUrl, who, 2);
    await waitFor(() => load.acknowledgements.filter((ack) => ack.kind === 'stap').length >= 40, 90_000);
    // Every access-log entry that exists at this moment must come back; the load goes on meanwhile.
    const woonvragen = load.acknowledgements.filter((ack) => ack.kind === 'woonvraag').map((ack) => ack.id);
    accessLogBefore = await accessLogs(hub.gatewayUrl, who, woonvragen);
    backupDir = join(scratch, 'backup');
    backupStartedAt = Date.now();
    backupRun = await runScript('scripts/backup.ts', ['--naar', backupDir], dataEnv(hub));
    backupFinishedAt = Date.now();
    await sleep(300);
    await load.stop();
  }, 240_000);

  afterAll(async () => {
    await load?.stop();
    await restoredRegistry?.stop();
    await restoredHub?.stop();
    if (hub && !hubStopped) await hub.stop();
    for (const url of createdDatabases) await dropTestDatabase(url);
    rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  const manifest = () => JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as Manifest;
  const acknowledgedBefore = (kind: Acknowledgement['kind']) => load.acknowledgements.filter((ack) => ack.kind === kind && ack.at < backupStartedAt);

  it('a backup taken while the workflow load writes holds a checked copy of every service, described in its manifest', async () => {
    expect(backupRun.code, backupRun.output).toBe(0);
    expect(load.failures).toEqual([]);
    // The load really wrote while the backup ran: the copy was made of a hub taking writes.
    const duringBackup = load.acknowledgements.filter((ack) => ack.sentAt > backupStartedAt && ack.at < backupFinishedAt);
    expect(duringBackup.filter((ack) => ack.kind !== 'inzage').length).toBeGreaterThan(0);

    const written = manifest();
    expect(written.database).toBe(database);
    expect(Date.parse(written.createdAt)).toBeGreaterThanOrEqual(backupStartedAt - 1000);
    expect(written.hubCommit).toMatch(/^[0-9a-f]{40}$/);
    const services = await dataServices();
    expect(written.services.map((copy) => copy.name).sort()).toEqual([...serviceNames].sort());
    for (const copy of written.services) {
      expect(backupRun.output).toContain(`backup: ${copy.name}: ${copy.file}`);
      expect(copy.schemaVersion).toBe(latestMigration(services.find((service) => service.name === copy.name)!));
      expect(copy.bytes).toBeGreaterThan(0);
      expect(await sha256Of(join(backupDir, copy.file))).toBe(copy.sha256);
    }
    const woonopties = written.services.find((copy) => copy.name === 'woonopties')!;
    expect(woonopties.rowCounts.verwijzing_stap).toBeGreaterThanOrEqual(acknowledgedBefore('stap').length + acknowledgedBefore('voorstel').length);
    expect(woonopties.rowCounts.toegangslog).toBeGreaterThanOrEqual([...accessLogBefore.values()].flat().length);
    // Only the finished backup is there: no half-written folder next to it.
    expect(readdirSync(scratch).filter((entry) => entry.includes('partial'))).toEqual([]);

    const check = await runScript('scripts/restore.ts', [backupDir, '--controleer']);
    expect(check.code, check.output).toBe(0);
    for (const name of serviceNames) expect(check.output).toContain(`restore: ok ${name}: `);
    expect(check.output).toContain('the backup is complete and can be restored');
  });

  it('restore refuses to run while the hub runs on that data, and changes nothing', async () => {
    // A read opens the services' connections (and writes an access-log entry) before the counts are taken.
    const read = await graphql(hub.gatewayUrl, 'query ($punt: ID!) { woonvragen(matchingspunt: $punt, first: 5) { nodes { id } } }', { punt: 'transferpunt-noord-limburg' }, who.staff);
    expect(read.errors).toBeUndefined();
    const before = await rowCountsAt(hub);

    const byPorts = await runScript('scripts/restore.ts', [backupDir, '--poorten', portsOf(hub)], dataEnv(hub));
    expect(byPorts.code).toBe(1);
    expect(byPorts.output).toContain(`restore: REFUSED: a service answers on port ${new URL(hub.gatewayBaseUrl).port}`);
    expect(byPorts.output).toContain('restore: nothing was changed');

    // Without knowing its ports, the restore still sees the hub by its hold on the data.
    const byData = await runScript('scripts/restore.ts', [backupDir, '--poorten', ''], dataEnv(hub));
    expect(byData.code).toBe(1);
    expect(byData.output).toMatch(database === 'sqlite' ? /REFUSED: .*woonopties\.sqlite is open in process \d+/ : /REFUSED: other sessions are connected to the database: session \d+/);
    expect(byData.output).not.toContain('restored');

    expect(await rowCountsAt(hub)).toEqual(before);
    expect((await graphql(hub.gatewayUrl, '{ regios { code } }')).data.regios).toHaveLength(5);
  });

  it('restore refuses a backup that is incomplete, damaged or from a newer schema version, and changes nothing', async () => {
    const target = await freshLocation('refused');
    const variant = (name: string, spoil: (dir: string, manifest: Manifest) => void) => {
      const dir = join(scratch, `backup-${name}`);
      cpSync(backupDir, dir, { recursive: true });
      spoil(dir, manifest());
      return dir;
    };
    const rewriteManifest = (dir: string, changed: Manifest) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify(changed, null, 2));
    const fileOf = (name: string) => manifest().services.find((copy) => copy.name === name)!.file;
    const cases: Array<{ dir: string; problem: RegExp }> = [
      { dir: variant('unfinished', (dir) => unlinkSync(join(dir, 'manifest.json'))), problem: /manifest\.json is missing: the backup is incomplete/ },
      { dir: variant('missing-file', (dir) => unlinkSync(join(dir, fileOf('partners')))), problem: new RegExp(`the backup is incomplete: ${fileOf('partners').replace('.', '\\.')} \\(partners\\) is missing`) },
      {
        dir: variant('missing-service', (dir, copy) => rewriteManifest(dir, { ...copy, services: copy.services.filter((service) => service.name !== 'registry') })),
        problem: /the backup is incomplete: it has no copy of registry/,
      },
      {
        dir: variant('altered', (dir) => {
          // Same size, one byte different: only the checksum can tell.
          const file = join(dir, fileOf('woonopties'));
          const bytes = readFileSync(file);
          bytes[Math.floor(bytes.length / 2)] = bytes[Math.floor(bytes.length / 2)]! ^ 0xff;
          writeFileSync(file, bytes);
        }),
        problem: /woonopties\.(sqlite|sql) \(woonopties\) does not match its SHA-256 checksum/,
      },
      {
        dir: variant('newer', (dir, copy) => rewriteManifest(dir, { ...copy, services: copy.services.map((service) => (service.name === 'woonopties' ? { ...service, schemaVersion: '9999-from-a-newer-hub' } : service)) })),
        problem: /newer or unknown schema version: woonopties is at schema version 9999-from-a-newer-hub, newer than this code's latest migration 0002-woning-adres/,
      },
    ];
    for (const { dir, problem } of cases) {
      const check = await runScript('scripts/restore.ts', [dir, '--controleer']);
      expect(check.code, check.output).toBe(1);
      expect(check.output).toMatch(problem);
      const restore = await runScript('scripts/restore.ts', [dir, '--poorten', ''], dataEnv(target));
      expect(restore.code, restore.output).toBe(1);
      expect(restore.output).toMatch(problem);
      expect(restore.output).toContain('restore: REFUSED: ');
      expect(restore.output).toContain('restore: nothing was changed');
    }
    expect(existsSync(target.dataDir) ? readdirSync(target.dataDir) : []).toEqual([]);
    expect(Object.values(await rowCountsAt(target)).every((counts) => counts === null)).toBe(true);
  });

  it('a restore into a fresh location brings back every acknowledged step and access-log entry, and a hub serves them', async () => {
    const oldPorts = portsOf(hub);
    await hub.stop();
    hubStopped = true;
    const target = await freshLocation('restored');
    restored = target;
    const restore = await runScript('scripts/restore.ts', [backupDir, '--poorten', oldPorts], dataEnv(target));
    expect(restore.code, restore.output).toBe(0);

    // Before any service opens it: the data is exactly what the manifest counted.
    const counts = await rowCountsAt(target);
    for (const copy of manifest().services) expect({ service: copy.name, rows: counts[copy.name] }).toEqual({ service: copy.name, rows: copy.rowCounts });

    restoredHub = await startHub({ subgraphEnv: target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: target.dataDir } });
    const state = await snapshot(restoredHub.gatewayUrl, who);
    expect(inconsistencies(state)).toEqual([]);
    const woningen = new Set(state.woningen.map((woning) => woning.id));
    const woonvragen = new Set(state.woonvragen.map((vraag) => vraag.id));
    const stappen = new Set(state.woonvragen.flatMap((vraag) => vraag.verwijzingen.flatMap((verwijzing) => verwijzing.stappen.map((stap) => `${verwijzing.id} ${stap.naar}`))));
    const missing = [
      ...acknowledgedBefore('woning').filter((ack) => !woningen.has(ack.id)).map((ack) => `woning ${ack.id}`),
      ...acknowledgedBefore('woonvraag').filter((ack) => !woonvragen.has(ack.id)).map((ack) => `woonvraag ${ack.id}`),
      ...[...acknowledgedBefore('voorstel'), ...acknowledgedBefore('stap')].filter((ack) => !stappen.has(`${ack.id} ${ack.naar}`)).map((ack) => `step ${ack.id} ${ack.naar}`),
    ];
    expect(missing).toEqual([]);

    const restoredLogs = await accessLogs(restoredHub.gatewayUrl, who, [...accessLogBefore.keys()]);
    const lostEntries = [...accessLogBefore].flatMap(([id, entries]) => {
      const restored = restoredLogs.get(id)!.map((entry) => JSON.stringify(entry));
      return entries.map((entry) => JSON.stringify(entry)).filter((entry) => !restored.includes(entry));
    });
    expect(lostEntries).toEqual([]);
    // Each read the hub answered before the backup left its INZAGE entry, written between sending and answering.
    const inzagen = acknowledgedBefore('inzage');
    const allLogs = await accessLogs(restoredHub.gatewayUrl, who, [...new Set(inzagen.map((ack) => ack.id))]);
    const unlogged = inzagen.filter((ack) => !allLogs.get(ack.id)!.some((entry) => entry.gebeurtenis === 'INZAGE' && entry.gebruiker === 'fault-medewerker' && Date.parse(entry.op) >= ack.sentAt && Date.parse(entry.op) <= ack.at));
    expect(unlogged).toEqual([]);

    // The registry's history came back too, and a registry serves it.
    const port = await freePort();
    restoredRegistryUrl = `http://127.0.0.1:${port}`;
    restoredRegistry = startService('registry', { env: { PORT: String(port), ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: target.dataDir }) } });
    await waitUntilReady(`http://127.0.0.1:${port}/healthcheck`, restoredRegistry);
    const supergraphs = (await (await fetch(`http://127.0.0.1:${port}/supergraphs`)).json()) as unknown[];
    expect(supergraphs.slice(0, supergraphsBefore.length)).toEqual(supergraphsBefore);

    const steps = acknowledgedBefore('stap').length + acknowledgedBefore('voorstel').length;
    console.log(
      `backup test (${database}): before the backup started the hub acknowledged ${steps} referral steps (${acknowledgedBefore('voorstel').length} proposals), ` +
        `${acknowledgedBefore('woonvraag').length} demands, ${acknowledgedBefore('woning').length} homes and ${inzagen.length} reads; ${steps - missing.filter((entry) => entry.startsWith('step')).length} steps found after restore; ` +
        `${[...accessLogBefore.values()].flat().length} access-log entries read before the backup, ${[...accessLogBefore.values()].flat().length - lostEntries.length} found after restore; ` +
        `${load.acknowledgements.filter((ack) => ack.sentAt > backupStartedAt && ack.at < backupFinishedAt).length} acknowledgements while the backup ran (${backupFinishedAt - backupStartedAt} ms); ` +
        `manifest rows: ${JSON.stringify(Object.fromEntries(manifest().services.map((copy) => [copy.name, Object.values(copy.rowCounts).reduce((sum, count) => sum + count, 0)])))}`,
    );
  }, 180_000);

  it("a restore over the data of a hub that crashed brings back the backup's state, not the crash's", async () => {
    // A write the backup does not have, then a crash: on SQLite it stays in the WAL file, not yet in the database file.
    const read = await graphql(restoredHub!.gatewayUrl, 'query ($punt: ID!) { woonvragen(matchingspunt: $punt, first: 5) { nodes { id } } }', { punt: 'transferpunt-noord-limburg' }, who.staff);
    expect(read.errors).toBeUndefined();
    await restoredHub!.subgraphProcesses.woonopties!.stop('SIGKILL');
    const ports = portsOf(restoredHub!, restoredRegistryUrl);
    await restoredRegistry!.stop();
    restoredRegistry = null;
    await restoredHub!.stop();
    restoredHub = null;
    const woonopties = manifest().services.find((copy) => copy.name === 'woonopties')!;
    if (database === 'sqlite') expect(existsSync(join(restored.dataDir, 'woonopties.sqlite-wal'))).toBe(true);
    expect((await rowCountsAt(restored)).woonopties!.toegangslog).toBeGreaterThan(woonopties.rowCounts.toegangslog!);

    const restore = await runScript('scripts/restore.ts', [backupDir, '--poorten', ports], dataEnv(restored));
    expect(restore.code, restore.output).toBe(0);
    // A WAL left behind would be replayed into the restored file; restore removes it first.
    expect(existsSync(join(restored.dataDir, 'woonopties.sqlite-wal'))).toBe(false);
    const counts = await rowCountsAt(restored);
    for (const copy of manifest().services) expect({ service: copy.name, rows: counts[copy.name] }).toEqual({ service: copy.name, rows: copy.rowCounts });
  }, 120_000);
});
