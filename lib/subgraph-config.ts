import { join } from 'node:path';
import { readConfig, type EnvReader } from './config.js';
import type { DatabaseLocation } from './database.js';

export interface SubgraphConfig {
  host: string;
  port: number;
  database: DatabaseLocation;
  /** Exposes `/debug/sql-statements`; for tests and benchmarks, never in production. */
  exposeStatementCount: boolean;
}

/**
 * DATABASE_URL (postgres://...) puts a service on PostgreSQL, in a schema named after the
 * service unless DATABASE_SCHEMA says otherwise; without it the service keeps an SQLite file in
 * DATA_DIR, the embedded default.
 */
export function readDatabaseLocation(read: EnvReader, name: string): DatabaseLocation {
  const url = read.optionalString('DATABASE_URL');
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(url)) read.problem('DATABASE_URL must start with postgres:// or postgresql://');
    const schema = read.string('DATABASE_SCHEMA', name);
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) read.problem(`DATABASE_SCHEMA must be lower-case letters, digits and _, got "${schema}"`);
    return { kind: 'postgres', url, schema };
  }
  const dataDirectory = read.string('DATA_DIR', join(process.cwd(), 'data'));
  return { kind: 'sqlite', file: read.string('DATABASE_FILE', join(dataDirectory, `${name}.sqlite`)) };
}

export function readSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): Readonly<SubgraphConfig> {
  return readConfig(
    (read) => ({
      host: read.string('HOST', '127.0.0.1'),
      port: read.port('PORT', defaultPort),
      database: readDatabaseLocation(read, name),
      exposeStatementCount: read.boolean('VANGNET_SQL_STATEMENT_COUNT', false),
    }),
    env,
  );
}
