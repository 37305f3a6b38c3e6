import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const manifestFile = 'manifest.json';
export const manifestFormat = 'vangnet-backup';
/** Raised only when a reader of older backups could no longer read a new one. */
export const manifestFormatVersion = 1;

export interface ServiceCopy {
  name: string;
  /** The copy's file name inside the backup folder. */
  file: string;
  bytes: number;
  sha256: string;
  /** The latest migration applied to the service's data when it was copied. */
  schemaVersion: string;
  /** Rows of every table of the service, counted in the copy itself (same snapshot). */
  rowCounts: Record<string, number>;
}

export interface Manifest {
  format: typeof manifestFormat;
  formatVersion: number;
  createdAt: string;
  /** The commit of the hub's code that made the backup, when it ran from a git checkout. */
  hubCommit: string | null;
  database: 'sqlite' | 'postgres';
  /** Where the data came from (a folder, or the server with its password hidden), for the reader. */
  source: string;
  services: ServiceCopy[];
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The backup's manifest, or the reason it cannot be read; a backup without one never finished. */
export function readManifest(backupDir: string): { manifest: Manifest } | { problem: string } {
  if (!existsSync(backupDir)) return { problem: `${backupDir} does not exist` };
  const file = join(backupDir, manifestFile);
  if (!existsSync(file)) return { problem: `${file} is missing: the backup is incomplete (a backup that did not finish has no manifest)` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const manifest = parsed as Partial<Manifest>;
  if (manifest.format !== manifestFormat) return { problem: `${file} is not a vangnet backup manifest` };
  if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > manifestFormatVersion) {
    return { problem: `${file} has format version ${String(manifest.formatVersion)}; this code reads up to ${manifestFormatVersion}` };
  }
  if (manifest.database !== 'sqlite' && manifest.database !== 'postgres') return { problem: `${file} names no database kind (sqlite or postgres)` };
  if (!Array.isArray(manifest.services)) return { problem: `${file} lists no services` };
  for (const service of manifest.services) {
    const copy = service as Partial<ServiceCopy>;
    if (typeof copy.name !== 'string' || typeof copy.file !== 'string' || typeof copy.bytes !== 'number' || typeof copy.sha256 !== 'string' || typeof copy.schemaVersion !== 'string' || typeof copy.rowCounts !== 'object') {
      return { problem: `${file} has an entry without name, file, bytes, sha256, schemaVersion and rowCounts: ${JSON.stringify(service)}` };
    }
    // The file name is joined to the backup folder; it must not lead out of it.
    if (!/^[a-z0-9_.-]+$/.test(copy.file) || copy.file.startsWith('.')) return { problem: `${file} names an unsafe file for ${copy.name}: ${copy.file}` };
  }
  return { manifest: manifest as Manifest };
}

/** The tables whose counts differ, as `table: expected → found`; empty when they agree. */
export function rowCountDifferences(expected: Record<string, number>, found: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return tables.filter((table) => expected[table] !== found[table]).map((table) => `${table}: ${expected[table] ?? 'no table'} → ${found[table] ?? 'no table'}`);
}
