import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/**
 * pg_dump or psql: from PATH, else from Debian's server packages (the newest version under
 * /usr/lib/postgresql), because pg_dump must be at least as new as the server it reads.
 */
export function findPostgresTool(tool: 'pg_dump' | 'psql'): string {
  for (const directory of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (existsSync(join(directory, tool))) return join(directory, tool);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', tool))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length > 0) return join(root, versions[0]!, 'bin', tool);
  throw new Error(`${tool} was not found on PATH nor under /usr/lib/postgresql/*/bin; install the PostgreSQL client tools (Debian: apt-get install postgresql-client) of the server's version or newer`);
}

/** The tools get the password through the environment, so it never shows in a process list. */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${tool} failed: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
}

/**
 * One read-only snapshot of the whole database, held open while every service's schema is dumped
 * from it (`pg_dump --snapshot`) and its rows counted in it: the copies of all services and the
 * counts in the manifest are of one and the same moment, while the hub keeps writing.
 */
export interface PostgresSnapshot {
  id: string;
  client: pg.Client;
  close(): Promise<void>;
}

export async function openSnapshot(url: string): Promise<PostgresSnapshot> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    return {
      id: result.rows[0]!.id,
      client,
      async close() {
        await client.query('COMMIT').catch(() => {});
        await client.end();
      },
    };
  } catch (error) {
    await client.end();
    throw error;
  }
}

export interface PostgresContents {
  schemaVersion: string | null;
  rowCounts: Record<string, number>;
}

/** What one schema holds in the snapshot (or on a connection): null when the schema does not exist. */
export async function readPostgresContents(client: pg.Client, schema: string): Promise<PostgresContents | null> {
  const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (exists.rowCount === 0) return null;
  const tables = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [schema]);
  const rowCounts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const count = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`);
    rowCounts[name] = count.rows[0]!.count;
  }
  const schemaVersion = rowCounts.kysely_migration !== undefined
    ? ((await client.query<{ name: string | null }>(`SELECT max(name) AS name FROM ${pg.escapeIdentifier(schema)}.kysely_migration`)).rows[0]!.name ?? null)
    : null;
  return { schemaVersion, rowCounts };
}

/**
 * A plain SQL dump of one schema, without owners and grants, so it loads into a database of any
 * user. Plain SQL rather than the custom format: psql loads it in the same transaction that drops
 * the old schema, and an operator can read it.
 */
export async function dumpSchema(url: string, schema: string, snapshotId: string, file: string): Promise<void> {
  const { dbname, env } = connectionFor(url);
  await run(findPostgresTool('pg_dump'), ['--format=plain', `--schema=${schema}`, '--no-owner', '--no-privileges', `--snapshot=${snapshotId}`, `--file=${file}`, `--dbname=${dbname}`], env);
}

/** What makes a dump unusable: pg_dump writes its last line only when it finished. */
export function dumpProblems(file: string, schema: string): string[] {
  const text = readFileSync(file, 'utf8');
  const problems: string[] = [];
  if (!text.startsWith('--\n-- PostgreSQL database dump\n--')) problems.push(`${file} does not start as a pg_dump file`);
  // Since 15.14 pg_dump ends with an \unrestrict line after the comment; older versions do not.
  if (!/-- PostgreSQL database dump complete\n(?:--\n)?(?:\n*\\unrestrict \S+\n)?\n*$/.test(text)) problems.push(`${file} does not end as a finished pg_dump file: it was cut short`);
  if (!new RegExp(`^CREATE SCHEMA ${schema};$`, 'm').test(text)) problems.push(`${file} does not create the schema ${schema}`);
  return problems;
}

/** Sessions other than ours on the database, described for the operator. */
export function otherSessions(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const result = await client.query<{ pid: number; usename: string | null; application_name: string; client_addr: string | null }>(
      "SELECT pid, usename, application_name, client_addr FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    return result.rows.map((row) => `session ${row.pid} of ${row.usename ?? '?'} from ${row.client_addr ?? 'a local socket'}${row.application_name ? ` (${row.application_name})` : ''}`);
  });
}

/**
 * Replaces every listed schema with its dump in one transaction: each schema is dropped and loaded
 * again, and when any statement fails nothing at all has changed.
 */
export async function replaceSchemas(url: string, dumps: Array<{ schema: string; file: string }>): Promise<void> {
  const { dbname, env } = connectionFor(url);
  const args = ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction', `--dbname=${dbname}`];
  for (const dump of dumps) args.push(`--command=DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(dump.schema)} CASCADE`, `--file=${dump.file}`);
  await run(findPostgresTool('psql'), args, env);
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
