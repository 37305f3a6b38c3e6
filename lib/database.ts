import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, SqliteDialect, type Migration } from 'kysely';

/** Counts every SQL statement a service runs; tests read it to prove batching keeps it constant. */
export interface StatementCounter {
  statements: number;
}

export function openSqliteDatabase<Schema>(file: string, counter: StatementCounter): Kysely<Schema> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while the seed or a writer holds the file; busy_timeout waits instead of failing.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Schema>({
    dialect: new SqliteDialect({ database: sqlite }),
    // Columns are snake_case in SQL and camelCase in TypeScript, matching the GraphQL field names.
    plugins: [new CamelCasePlugin()],
    log(event) {
      if (event.level === 'query') counter.statements += 1;
    },
  });
}

export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
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
