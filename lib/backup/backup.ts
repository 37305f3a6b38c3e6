import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeLocation } from '../database.js';
import { repositoryRoot } from '../paths.js';
import { manifestFile, manifestFormat, manifestFormatVersion, sha256Of, type Manifest, type ServiceCopy } from './manifest.js';
import { dumpProblems, dumpSchema, openSnapshot, readPostgresContents } from './postgres.js';
import { dataServices, schemaVersionProblem, serviceLocation, type HubDataSettings } from './services.js';
import { copySqlite, readSqliteContents, sqliteIntegrityProblems } from './sqlite.js';

/** `backups/2026-05-01T02-00-00Z`: sorts by time and has no colon, which some file systems refuse. */
export function defaultBackupDir(now = new Date()): string {
  return join(repositoryRoot, 'backups', now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-'));
}

/** Forces a file's (or a folder's) contents to disk, so a backup that says it finished survives a crash. */
export function syncToDisk(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function hubCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

function describeCopy(copy: ServiceCopy): string {
  const rows = Object.values(copy.rowCounts).reduce((sum, count) => sum + count, 0);
  return `${copy.name}: ${copy.file}, ${copy.bytes} bytes, schema version ${copy.schemaVersion}, ${rows} rows in ${Object.keys(copy.rowCounts).length} tables`;
}

/**
 * Copies every service's data into `targetDir` while the hub runs. The copies are written into a
 * folder with another name, renamed to `targetDir` only after the manifest is on disk: a backup
 * that stopped halfway never looks complete, and restore refuses a folder without a manifest.
 */
export async function makeBackup(settings: HubDataSettings, targetDir: string, log: (line: string) => void): Promise<Manifest> {
  if (existsSync(targetDir) && readdirSync(targetDir).length > 0) throw new Error(`${targetDir} already exists and is not empty; choose another folder`);
  const services = await dataServices();
  const partialDir = join(dirname(targetDir), `.${basename(targetDir)}.partial-${process.pid}`);
  mkdirSync(partialDir, { recursive: true });
  const createdAt = new Date().toISOString();
  try {
    const copies: ServiceCopy[] = [];
    const finish = async (name: string, file: string, contents: { schemaVersion: string | null; rowCounts: Record<string, number> }): Promise<void> => {
      if (!contents.schemaVersion) throw new Error(`${name} has no applied migration: its data was never set up (has the hub started once?)`);
      const service = services.find((entry) => entry.name === name)!;
      const versionProblem = schemaVersionProblem(service, contents.schemaVersion);
      // A backup this code could not restore is still worth having, but say so now rather than at restore.
      if (versionProblem) log(`warning: ${versionProblem}`);
      const path = join(partialDir, file);
      syncToDisk(path);
      const copy: ServiceCopy = { name, file, bytes: statSync(path).size, sha256: await sha256Of(path), schemaVersion: contents.schemaVersion, rowCounts: contents.rowCounts };
      copies.push(copy);
      log(describeCopy(copy));
    };

    if (settings.databaseUrl === null) {
      for (const service of services) {
        const location = serviceLocation(settings, service.name);
        if (location.kind !== 'sqlite') throw new Error('unreachable: no database URL means SQLite');
        const file = `${service.name}.sqlite`;
        log(`copying ${service.name} from ${location.file} (SQLite online backup)`);
        await copySqlite(location.file, join(partialDir, file));
        const problems = sqliteIntegrityProblems(join(partialDir, file));
        if (problems.length > 0) throw new Error(`the copy of ${service.name} fails SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`);
        await finish(service.name, file, readSqliteContents(join(partialDir, file)));
      }
    } else {
      const snapshot = await openSnapshot(settings.databaseUrl);
      try {
        log(`dumping from one snapshot (${snapshot.id}) of ${describeLocation({ kind: 'postgres', url: settings.databaseUrl, schema: '*' })}`);
        for (const service of services) {
          const contents = await readPostgresContents(snapshot.client, service.name);
          if (!contents) throw new Error(`the database has no schema ${service.name} (has the hub started once with this DATABASE_URL?)`);
          const file = `${service.name}.sql`;
          log(`dumping schema ${service.name} (pg_dump)`);
          await dumpSchema(settings.databaseUrl, service.name, snapshot.id, join(partialDir, file));
          const problems = dumpProblems(join(partialDir, file), service.name);
          if (problems.length > 0) throw new Error(problems.join('; '));
          await finish(service.name, file, contents);
        }
      } finally {
        await snapshot.close();
      }
    }

    const manifest: Manifest = {
      format: manifestFormat,
      formatVersion: manifestFormatVersion,
      createdAt,
      hubCommit: hubCommit(),
      database: settings.databaseUrl === null ? 'sqlite' : 'postgres',
      source: settings.databaseUrl === null ? settings.dataDir : describeLocation({ kind: 'postgres', url: settings.databaseUrl, schema: services.map((service) => service.name).join(', ') }),
      services: copies,
    };
    writeFileSync(join(partialDir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
    syncToDisk(join(partialDir, manifestFile));
    syncToDisk(partialDir);
    // Only an empty folder can be here (checked at the start); rmdir refuses anything else.
    if (existsSync(targetDir)) rmdirSync(targetDir);
    renameSync(partialDir, targetDir);
    syncToDisk(dirname(targetDir));
    return manifest;
  } catch (error) {
    rmSync(partialDir, { recursive: true, force: true });
    throw error;
  }
}
