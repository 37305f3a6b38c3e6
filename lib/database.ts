import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, Migrator, PostgresAdapter, PostgresDialect, sql, SqliteDialect, type Migration } from 'kysely';
import { FootprintPlugin } from './data-footprint.js';

/** Counts every SQL statement a service runs; tests read it to prove batching keeps it constant. */
export interface StatementCounter {
  statements: number;
}

/**
 * Where a service keeps its data: an SQLite file (the embedded default) or a schema of its own in
 * a PostgreSQL database, so several subgraphs can share one server without sharing tables.
 */
export type DatabaseLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'sqlite') return location.file;
  // The password never reaches a log line.
  const url = new URL(location.url);
  if (url.password) url.password = '***';
  return `${url.toString()} (schema ${location.schema})`;
}

// COUNT and SUM come back as int8/numeric, which node-postgres hands over as strings. Every such
// value in this hub is a count or an amount in cents, far below 2^53, so a JS number is exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const postgresSchemas = new WeakMap<Kysely<any>, string>();

/** Asks the dialect, not the instance: migrations receive a derived Kysely, not the one opened. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export interface DatabaseTuning {
  /**
   * SQLite's page cache per connection, in KiB (better-sqlite3's own default is 16 MiB). A database
   * that mostly appends (an access log) fills a large cache with pages it writes once and rarely reads again.
   */
  sqliteCacheKib?: number;
}

export function openDatabase<Schema>(location: DatabaseLocation, counter: StatementCounter, tuning: DatabaseTuning = {}): Kysely<Schema> {
  const options = {
    // Columns are snake_case in SQL and camelCase in TypeScript, matching the GraphQL field names.
    // The footprint plugin comes after camel case, so it reads the SQL names of tables and columns.
    plugins: [new CamelCasePlugin(), new FootprintPlugin()],
    log(event: { level: string }) {
      if (event.level === 'query') counter.statements += 1;
    },
  };
  if (location.kind === 'sqlite') {
    if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
    const sqlite = new SQLite(location.file);
    // WAL lets readers run while the seed or a writer holds the file; busy_timeout waits instead of failing.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    if (tuning.sqliteCacheKib !== undefined) sqlite.pragma(`cache_size = -${Math.max(256, Math.round(tuning.sqliteCacheKib))}`);
    return new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }), ...options });
  }
  if (!/^[a-z_][a-z0-9_]*$/.test(location.schema)) throw new Error(`database schema name "${location.schema}" must be lower-case letters, digits and _`);
  const pool = new pg.Pool({
    connectionString: location.url,
    max: 10,
    // Every connection sees only this service's schema, so the queries stay the same as on SQLite.
    options: `-c search_path=${location.schema}`,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // A dropped connection (server restart, network cut) must not crash the process; the next
  // query gets a fresh connection or a clear error.
  pool.on('error', () => {});
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), ...options });
  postgresSchemas.set(db, location.schema);
  return db;
}

/** Kept for callers that only ever use a file, such as unit tests on an in-memory database. */
export function openSqliteDatabase<Schema>(file: string, counter: StatementCounter): Kysely<Schema> {
  return openDatabase<Schema>({ kind: 'sqlite', file }, counter);
}

export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  const schema = postgresSchemas.get(db);
  if (schema) await createSchemaIfMissing(db, schema);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely would otherwise find another subgraph's migration table in the same database.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

async function createSchemaIfMissing(db: Kysely<any>, schema: string): Promise<void> {
  try {
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two services starting at once can both pass IF NOT EXISTS; the loser finds the schema made.
    if (!['23505', '42P06'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}

/** An auto-numbered integer key in either dialect (PostgreSQL has no AUTOINCREMENT keyword). */
export function addSerialKey<T extends { addColumn: Function }>(db: Kysely<any>, table: T, name = 'id'): T {
  return isPostgres(db)
    ? table.addColumn(name, 'serial', (col: any) => col.primaryKey())
    : table.addColumn(name, 'integer', (col: any) => col.primaryKey().autoIncrement());
}

/**
 * The columns of a unique constraint a write ran into, or null for any other error. SQLite names
 * them in the message ("UNIQUE constraint failed: t.a, t.b"); PostgreSQL gives the constraint's
 * name in `constraint` and the key in `detail`.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const withCode = error as Error & { code?: string; constraint?: string; detail?: string };
  if (withCode.code === 'SQLITE_CONSTRAINT_UNIQUE') return error.message.replace(/^UNIQUE constraint failed: /, '');
  if (withCode.code === '23505') return `${withCode.constraint ?? ''} ${withCode.detail ?? ''}`;
  return null;
}
