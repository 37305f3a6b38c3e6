import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, rowCountDifferences, sha256Of, type Manifest, type ServiceCopy } from './manifest.js';
import { dumpProblems } from './postgres.js';
import { latestMigration, schemaVersionProblem, type DataService } from './services.js';
import { readSqliteContents, sqliteIntegrityProblems } from './sqlite.js';

export interface BackupCheck {
  manifest: Manifest | null;
  /** Everything that makes the backup unfit to restore with this code; empty when it is fit. */
  problems: string[];
  /** One line per service that passed, for the report. */
  passed: string[];
}

/**
 * Everything restore relies on, checked before anything is changed: the manifest names every service
 * this code runs, each file is there with the size and checksum the manifest gives, no schema
 * version is newer than this code's migrations, and each file is a whole, readable copy.
 */
export async function checkBackup(backupDir: string, services: DataService[], expectedDatabase?: 'sqlite' | 'postgres'): Promise<BackupCheck> {
  const read = readManifest(backupDir);
  if ('problem' in read) return { manifest: null, problems: [read.problem], passed: [] };
  const { manifest } = read;
  const problems: string[] = [];
  const passed: string[] = [];
  if (expectedDatabase && manifest.database !== expectedDatabase) {
    problems.push(`the backup holds ${manifest.database} data, but the hub is set up for ${expectedDatabase} (${expectedDatabase === 'postgres' ? 'DATABASE_URL is set' : 'DATABASE_URL is not set'})`);
  }
  for (const copy of manifest.services) {
    if (!services.some((service) => service.name === copy.name)) problems.push(`the backup holds ${copy.name}, a service this code does not run: it was made by another version of the hub`);
  }
  for (const service of services) {
    const copy = manifest.services.find((entry) => entry.name === service.name);
    if (!copy) {
      problems.push(`the backup is incomplete: it has no copy of ${service.name}`);
      continue;
    }
    const serviceProblems = await copyProblems(backupDir, manifest, service, copy);
    problems.push(...serviceProblems);
    if (serviceProblems.length === 0) {
      const rows = Object.values(copy.rowCounts).reduce((sum, count) => sum + count, 0);
      passed.push(`${service.name}: ${copy.file} matches its checksum, schema version ${copy.schemaVersion} (this code: up to ${latestMigration(service)}), ${rows} rows`);
    }
  }
  return { manifest, problems, passed };
}

async function copyProblems(backupDir: string, manifest: Manifest, service: DataService, copy: ServiceCopy): Promise<string[]> {
  const file = join(backupDir, copy.file);
  if (!existsSync(file)) return [`the backup is incomplete: ${copy.file} (${service.name}) is missing`];
  const problems: string[] = [];
  const versionProblem = schemaVersionProblem(service, copy.schemaVersion);
  if (versionProblem) problems.push(`the backup is from a newer or unknown schema version: ${versionProblem}`);
  const bytes = statSync(file).size;
  if (bytes !== copy.bytes) return [...problems, `${copy.file} (${service.name}) has ${bytes} bytes, the manifest says ${copy.bytes}: the file is damaged or was changed`];
  if ((await sha256Of(file)) !== copy.sha256) return [...problems, `${copy.file} (${service.name}) does not match its SHA-256 checksum: the file is damaged or was changed`];
  if (manifest.database === 'sqlite') {
    const integrity = sqliteIntegrityProblems(file);
    if (integrity.length > 0) return [...problems, `${copy.file} (${service.name}) fails SQLite's integrity check: ${integrity.slice(0, 5).join('; ')}`];
    // The manifest is only a description; what restore will bring back is what the file holds.
    const contents = readSqliteContents(file);
    if (contents.schemaVersion !== copy.schemaVersion) problems.push(`${copy.file} (${service.name}) is at schema version ${contents.schemaVersion}, the manifest says ${copy.schemaVersion}`);
    const differences = rowCountDifferences(copy.rowCounts, contents.rowCounts);
    if (differences.length > 0) problems.push(`${copy.file} (${service.name}) holds other row counts than the manifest gives (${differences.join(', ')})`);
  } else {
    problems.push(...dumpProblems(file, service.name).map((problem) => `${problem} (${service.name})`));
  }
  return problems;
}
