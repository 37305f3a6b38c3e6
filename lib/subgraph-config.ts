import { join } from 'node:path';
import { readConfig } from './config.js';

export interface SubgraphConfig {
  host: string;
  port: number;
  databaseFile: string;
  /** Exposes `/debug/sql-statements`; for tests and benchmarks, never in production. */
  exposeStatementCount: boolean;
}

export function readSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): Readonly<SubgraphConfig> {
  return readConfig(
    (read) => {
      const dataDirectory = read.string('DATA_DIR', join(process.cwd(), 'data'));
      return {
        host: read.string('HOST', '127.0.0.1'),
        port: read.port('PORT', defaultPort),
        databaseFile: read.string('DATABASE_FILE', join(dataDirectory, `${name}.sqlite`)),
        exposeStatementCount: read.boolean('VANGNET_SQL_STATEMENT_COUNT', false),
      };
    },
    env,
  );
}
