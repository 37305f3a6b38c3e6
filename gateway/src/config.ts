import { join } from 'node:path';
import { readConfig } from '../../lib/config.js';
import { repositoryRoot } from '../../schema/subgraphs.js';

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphFile: string;
  /** When set, the supergraph comes from this registry instead of the file. */
  registryUrl: string | undefined;
  /** The last good supergraph from the registry, served when the registry is unreachable at start. */
  supergraphCacheFile: string;
  /** How often the supergraph file is checked for changes, in milliseconds. */
  supergraphPollMs: number;
  /** How long a superseded schema generation may keep serving requests in flight. */
  reloadDrainMs: number;
  /** Time allowed for each subgraph to answer the readiness probe. */
  readinessTimeoutMs: number;
  /** Query limits: hostile queries are refused before they reach a subgraph. */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
}

/** The supergraph file comes from the first command-line argument, else SUPERGRAPH_FILE, else the committed one. */
export function readGatewayConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Readonly<GatewayConfig> {
  return readConfig(
    (read) => ({
      host: read.string('HOST', '127.0.0.1'),
      port: read.port('PORT', 4000),
      supergraphFile: argv[0] ?? read.string('SUPERGRAPH_FILE', join(repositoryRoot, 'schema', 'supergraph.graphql')),
      registryUrl: argv[0] ? undefined : read.optionalString('REGISTRY_URL'),
      supergraphCacheFile: read.string('SUPERGRAPH_CACHE_FILE', join(read.string('DATA_DIR', join(process.cwd(), 'data')), 'supergraph-cache.graphql')),
      supergraphPollMs: read.integer('SUPERGRAPH_POLL_MS', 500, { min: 50, max: 60_000 }),
      reloadDrainMs: read.integer('RELOAD_DRAIN_MS', 30_000, { min: 1, max: 600_000 }),
      readinessTimeoutMs: read.integer('READINESS_TIMEOUT_MS', 2_000, { min: 100, max: 60_000 }),
      maxDepth: read.integer('MAX_QUERY_DEPTH', 8, { min: 2, max: 100 }),
      maxAliases: read.integer('MAX_QUERY_ALIASES', 30, { min: 1, max: 1_000 }),
      maxTokens: read.integer('MAX_QUERY_TOKENS', 5_000, { min: 100, max: 100_000 }),
    }),
    env,
  );
}
