import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely, type Transaction } from 'kysely';

export interface SeedFile<T> {
  name: string;
  content: T;
}

/** Seed files in name order, so a seed is deterministic whatever the file system returns. */
export function readSeedFiles<T>(directory: string): SeedFile<T>[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, content: JSON.parse(readFileSync(join(directory, name), 'utf8')) as T }));
}

export function hashSeedFiles(files: SeedFile<unknown>[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update(JSON.stringify(file.content));
  return hash.digest('hex');
}

/** The hash of the seed files last applied, in a table of the seed's own. */
async function storedSeedHash(db: Kysely<any>): Promise<string | undefined> {
  await db.schema
    .createTable('seed_state')
    .ifNotExists()
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('hash', 'text', (col) => col.notNull())
    .execute();
  return (await db.selectFrom('seed_state').select('hash').where('id', '=', 1).executeTakeFirst())?.hash;
}

/**
 * Directory data is replaced as a whole when the seed files change, inside one transaction, so a
 * reader sees either the old seed or the new one and never a half-written mix. When the hash of
 * the seed files matches what is stored, start-up does no writes at all.
 */
export async function replaceSeedIfChanged(
  db: Kysely<any>,
  seedHash: string,
  tablesChildFirst: string[],
  insertSeed: (trx: Transaction<any>) => Promise<void>,
): Promise<'unchanged' | 'seeded'> {
  if ((await storedSeedHash(db)) === seedHash) return 'unchanged';
  await db.transaction().execute(async (trx) => {
    for (const table of tablesChildFirst) await trx.deleteFrom(table).execute();
    await insertSeed(trx);
    await sql`INSERT INTO seed_state (id, hash) VALUES (1, ${seedHash})
              ON CONFLICT (id) DO UPDATE SET hash = excluded.hash`.execute(trx);
  });
  return 'seeded';
}

/** Inserts rows in chunks so a large seed stays under SQLite's bound-parameter limit. */
export async function insertInChunks<Row extends object>(
  trx: Transaction<any>,
  table: string,
  rows: Row[],
  chunkSize = 200,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await trx.insertInto(table).values(rows.slice(start, start + chunkSize)).execute();
  }
}

/**
 * Runs `apply` in one transaction when the seed files changed since the last run, and records
 * their hash with it; for directories whose records are versioned and edited (lib/history.ts),
 * where the seed adds versions instead of replacing tables.
 */
export async function applySeedIfChanged(db: Kysely<any>, seedHash: string, apply: (trx: Transaction<any>) => Promise<void>): Promise<'unchanged' | 'seeded'> {
  if ((await storedSeedHash(db)) === seedHash) return 'unchanged';
  await db.transaction().execute(async (trx) => {
    await apply(trx);
    await sql`INSERT INTO seed_state (id, hash) VALUES (1, ${seedHash})
              ON CONFLICT (id) DO UPDATE SET hash = excluded.hash`.execute(trx);
  });
  return 'seeded';
}
