import { readHubPorts } from '../hub-ports.js';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeLocation } from '../database.js';
import { hubSubgraphs } from '../hub-subgraphs.js';
import { syncToDisk } from './backup.js';
import { checkBackup } from './check.js';
import { rowCountDifferences, sha256Of, type Manifest } from './manifest.js';
import { otherSessions, readPostgresContents, replaceSchemas, withClient } from './postgres.js';
import { dataServices, serviceLocation, type HubDataSettings } from './services.js';
import { processesHoldingOpen } from './sqlite.js';

/** A restore that was refused before anything changed; its message lists every reason. */
export class RestoreRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('\n'));
    this.name = 'RestoreRefused';
  }
}

/** The ports `npm start` runs the hub on (lib/hub-ports.ts), VANGNET_PORT_BASE included. */
export function defaultHubPorts(env: NodeJS.ProcessEnv = process.env): number[] {
  const ports = readHubPorts(env);
  return [ports.gateway, ...hubSubgraphs.map((subgraph) => ports.subgraphs[subgraph.name]!), ports.registry];
}

/**
 * Signs that the hub still runs on the data a restore would replace. Two kinds, because each alone
 * can miss it: something answers on one of the hub's ports (a hub on other ports goes unseen), and
 * the data is in use: a process on this machine holds an SQLite file open (every service keeps its
 * file open while it runs), or another session is connected to the PostgreSQL database (an idle
 * hub closes its connections after 30 seconds, so the ports catch that one).
 */
export async function hubRunningEvidence(settings: HubDataSettings, serviceNames: string[], ports: number[], log: (line: string) => void): Promise<string[]> {
  const evidence: string[] = [];
  await Promise.all(
    ports.map(async (port) => {
      try {
        await fetch(`http://127.0.0.1:${port}/healthcheck`, { signal: AbortSignal.timeout(1_000) });
        evidence.push(`a service answers on port ${port} (http://127.0.0.1:${port}/healthcheck): stop the hub first`);
      } catch {
        // Nothing listens there.
      }
    }),
  );
  if (settings.databaseUrl === null) {
    for (const name of serviceNames) {
      const location = serviceLocation(settings, name);
      if (location.kind !== 'sqlite') continue;
      const holders = processesHoldingOpen(location.file);
      if (holders === null) {
        log('warning: this system has no /proc, so open data files cannot be seen; make sure the hub is stopped');
        break;
      }
      if (holders.length > 0) evidence.push(`${location.file} is open in process ${holders.join(', ')}: the hub (or another program) still uses it`);
    }
  } else {
    const sessions = await otherSessions(settings.databaseUrl);
    if (sessions.length > 0) evidence.push(`other sessions are connected to the database: ${sessions.join('; ')}; stop the hub (and anything else using this database) first`);
  }
  return evidence;
}

export interface RestoreOptions {
  backupDir: string;
  settings: HubDataSettings;
  /** The ports probed for a running hub. */
  ports: number[];
  log(line: string): void;
}

/**
 * Brings the hub's data back to exactly the backup's state. Every check runs first; a refusal
 * changes nothing. SQLite: each copy is written next to its target and checked, and only when all
 * are in place are they renamed over the live files, after the old WAL and shared-memory files are
 * removed (a stale WAL would otherwise be replayed into the restored file). PostgreSQL: every
 * service's schema is dropped and loaded from its dump in one transaction.
 */
export async function restoreBackup(options: RestoreOptions): Promise<Manifest> {
  const { backupDir, settings, log } = options;
  const services = await dataServices();
  const kind = settings.databaseUrl === null ? 'sqlite' : 'postgres';
  const check = await checkBackup(backupDir, services, kind);
  if (check.problems.length > 0 || !check.manifest) throw new RestoreRefused(check.problems);
  const manifest = check.manifest;
  for (const line of check.passed) log(`checked ${line}`);
  const running = await hubRunningEvidence(settings, services.map((service) => service.name), options.ports, log);
  if (running.length > 0) throw new RestoreRefused(running);

  if (kind === 'sqlite') {
    mkdirSync(settings.dataDir, { recursive: true });
    const staged: Array<{ staging: string; target: string }> = [];
    try {
      for (const copy of manifest.services) {
        const location = serviceLocation(settings, copy.name);
        if (location.kind !== 'sqlite') throw new Error('unreachable: no database URL means SQLite');
        const staging = `${location.file}.restoring-${process.pid}`;
        staged.push({ staging, target: location.file });
        copyFileSync(join(backupDir, copy.file), staging);
        syncToDisk(staging);
        if ((await sha256Of(staging)) !== copy.sha256) throw new Error(`the copy of ${copy.file} at ${staging} does not match its checksum; nothing was replaced`);
      }
    } catch (error) {
      for (const { staging } of staged) rmSync(staging, { force: true });
      throw error;
    }
    for (const { staging, target } of staged) {
      rmSync(`${target}-wal`, { force: true });
      rmSync(`${target}-shm`, { force: true });
      rmSync(`${target}-journal`, { force: true });
      renameSync(staging, target);
      log(`restored ${target}`);
    }
    syncToDisk(settings.dataDir);
    return manifest;
  }

  const url = settings.databaseUrl!;
  log(`replacing schemas ${manifest.services.map((copy) => copy.name).join(', ')} in ${describeLocation({ kind: 'postgres', url, schema: '*' })} (one transaction)`);
  await replaceSchemas(url, manifest.services.map((copy) => ({ schema: copy.name, file: join(backupDir, copy.file) })));
  // pg_dump's output is only text; counting what was loaded proves it is the backup's state.
  await withClient(url, async (client) => {
    for (const copy of manifest.services) {
      const contents = await readPostgresContents(client, copy.name);
      const differences = contents ? rowCountDifferences(copy.rowCounts, contents.rowCounts) : ['the schema is missing'];
      if (differences.length > 0) throw new Error(`schema ${copy.name} does not hold what the backup counted after loading (${differences.join(', ')})`);
      log(`restored schema ${copy.name}: ${Object.values(contents!.rowCounts).reduce((sum, count) => sum + count, 0)} rows, as the manifest counts`);
    }
  });
  return manifest;
}
