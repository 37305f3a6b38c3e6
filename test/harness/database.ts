import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseLocation } from '../../lib/database.js';

/**
 * When set (the test runner sets it for its PostgreSQL pass), every test database lives on this
 * PostgreSQL server instead of in SQLite files. It names a database the tests may create others from.
 */
export const testPostgresUrl: string | null = process.env.VANGNET_TEST_POSTGRES_URL?.trim() || null;

async function withAdminClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server; its URL. */
export async function createTestDatabase(serverUrl = testPostgresUrl!): Promise<string> {
  const name = `vangnet_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestDatabase(url: string, serverUrl = testPostgresUrl!): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Where a service of a hub keeps its data: its SQLite file, or its schema in the hub's database. */
export function serviceDatabase(hub: { dataDir: string; databaseUrl: string | null }, service: string): DatabaseLocation {
  return hub.databaseUrl ? { kind: 'postgres', url: hub.databaseUrl, schema: service } : { kind: 'sqlite', file: `${hub.dataDir}/${service}.sqlite` };
}

/** A throwaway database for one unit test: in memory on SQLite, a fresh database on PostgreSQL. */
export async function scratchDatabase(service: string): Promise<{ location: DatabaseLocation; drop(): Promise<void> }> {
  if (!testPostgresUrl) return { location: { kind: 'sqlite', file: ':memory:' }, drop: async () => {} };
  const url = await createTestDatabase();
  return { location: { kind: 'postgres', url, schema: service }, drop: () => dropTestDatabase(url) };
}
