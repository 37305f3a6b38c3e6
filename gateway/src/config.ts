import { join } from 'node:path';
import { readConfig } from '../../lib/config.js';
import { repositoryRoot } from '../../schema/subgraphs.js';

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphFile: string;
  /** How often the supergraph file is checked for changes, in milliseconds. */
  supergraphPollMs: number;
  /** How long a superseded schema generation may keep serving requests in flight. */
  reloadDrainMs: number;
  /** Time allowed for each subgraph to answer the readiness probe. */
  readinessTimeoutMs: number;
}

/** The supergraph file comes from the first command-line argument, else SUPERGRAPH_FILE, else the committed one. */
export function readGatewayConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Readonly<GatewayConfig> {
  return readConfig(
    (read) => ({
      host: read.string('HOST', '127.0.0.1'),
      port: read.port('PORT', 4000),
      supergraphFile: argv[0] ?? read.string('SUPERGRAPH_FILE', join(repositoryRoot, 'schema', 'supergraph.graphql')),
      supergraphPollMs: read.integer('SUPERGRAPH_POLL_MS', 500, { min: 50, max: 60_000 }),
      reloadDrainMs: read.integer('RELOAD_DRAIN_MS', 30_000, { min: 1, max: 600_000 }),
      readinessTimeoutMs: read.integer('READINESS_TIMEOUT_MS', 2_000, { min: 100, max: 60_000 }),
    }),
    env,
  );
}
