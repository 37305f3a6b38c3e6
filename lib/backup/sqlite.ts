import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * A consistent copy of a live SQLite file, made with SQLite's online backup API while the hub keeps
 * writing. After the first step the rest is copied in one step, under one read transaction: in WAL
 * mode that is a snapshot which writers never wait for, and no other process's write can restart
 * the copy halfway. The copy leaves WAL mode, so it is one self-contained file whose checksum holds.
 */
export async function copySqlite(liveFile: string, copyFile: string): Promise<void> {
  if (!existsSync(liveFile)) throw new Error(`${liveFile} does not exist (has the hub ever started with this DATA_DIR?)`);
  const live = new SQLite(liveFile, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(copyFile, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  const copy = new SQLite(copyFile);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface SqliteContents {
  schemaVersion: string | null;
  rowCounts: Record<string, number>;
}

/** The latest applied migration and the rows of every table; opened read-only, so the file stays as it is. */
export function readSqliteContents(file: string): SqliteContents {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const rowCounts: Record<string, number> = {};
    for (const table of tables) rowCounts[table] = db.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
    const schemaVersion = tables.includes('kysely_migration') ? ((db.prepare('SELECT max(name) FROM kysely_migration').pluck().get() as string | null) ?? null) : null;
    return { schemaVersion, rowCounts };
  } finally {
    db.close();
  }
}

/** SQLite's own verdict on a file: an empty list when `PRAGMA integrity_check` says ok. */
export function sqliteIntegrityProblems(file: string): string[] {
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return result.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

/**
 * The processes on this machine that hold the file (or its WAL) open, by pid. Every hub service
 * keeps its database open for as long as it runs, so this finds a running hub whatever ports it
 * listens on. Linux only (it reads /proc); elsewhere it returns null: the caller cannot tell.
 */
export function processesHoldingOpen(file: string): number[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  const targets = new Set([resolve(file), `${resolve(file)}-wal`, `${resolve(file)}-shm`]);
  const holders: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let descriptors: string[];
    try {
      descriptors = readdirSync(`/proc/${pid}/fd`);
    } catch {
      // A process of another user (its descriptors are hidden from us; the hub runs as the operator), or one that just exited.
      continue;
    }
    for (const descriptor of descriptors) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${descriptor}`))) {
          holders.push(pid);
          break;
        }
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return holders;
}
