import { parse } from 'graphql';
import { afterAll, expect, onTestFinished } from 'vitest';
import { readGatewayConfig } from '../../gateway/src/config.js';
import { createHubGateway } from '../../gateway/src/gateway.js';
import { GatewayMetrics } from '../../gateway/src/metrics.js';
import { RateLimiter } from '../../gateway/src/rate-limit.js';
import { subgraphEndpoints, type SupergraphSource } from '../../gateway/src/supergraph-source.js';
import type { Logger } from '../../lib/log.js';
import type { GraphQLResponse } from './graphql.js';
import { stubSubgraphFetch, stubSupergraphSdl, type SubgraphCall } from './stub-subgraphs.js';

/**
 * Production mode, with an identity provider that is never asked: for tests that send no token.
 * (Tokens in production mode: startIdentityProvider's productionEnv.)
 */
export const productionEnv: Record<string, string> = { VANGNET_MODE: 'production', JWKS_URL: 'http://127.0.0.1:9/jwks.json', JWT_ISSUER: 'https://login.test', JWT_AUDIENCE: 'vangnet' };

export interface InMemoryGateway {
  /** Sends a request to the gateway without a socket; `path` is relative to its origin. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** A GraphQL-over-HTTP POST to /graphql, as a front-end sends it. */
  graphql<Data = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<Data> & { status: number; headers: Headers }>;
  /** Every line the gateway logged, parsed. */
  logLines: Array<Record<string, unknown>>;
  /** Every call the gateway made to a subgraph (readiness probes included). */
  subgraphCalls: SubgraphCall[];
  /** Stub subgraphs that do not answer, as if their process had stopped. */
  down: Set<string>;
  /** The rate limiter's clock, which moves only when told to. */
  advanceClock(ms: number): void;
  /** What the server tells the gateway while it shuts down. */
  draining: boolean;
}

const startedInHooks: Array<() => Promise<void>> = [];

afterAll(async () => {
  await Promise.all(startedInHooks.splice(0).map((dispose) => dispose()));
});

/**
 * The hub's real gateway (`createHubGateway`, with every plugin) configured by `env` as the process
 * would be, answering in memory from the stub subgraphs. It is disposed when the test that started
 * it ends, or after the file's last test when a hook started it.
 */
export function startInMemoryGateway(env: Record<string, string> = {}): InMemoryGateway {
  // The stub subgraphs have no change feeds; a test that wants the cache turns it on.
  const config = readGatewayConfig(['in-memory'], { RESPONSE_CACHE: 'false', ...env });
  let now = Date.now();
  const logLines: Array<Record<string, unknown>> = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => void logLines.push({ level, message, ...fields });
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const source: SupergraphSource = { sdl: stubSupergraphSdl, endpoints: subgraphEndpoints(parse(stubSupergraphSdl)), watch: () => () => undefined };
  const subgraphCalls: SubgraphCall[] = [];
  const down = new Set<string>();
  const rateLimiter = config.rateLimitPerMinute > 0 ? new RateLimiter(config.rateLimitPerMinute, config.rateLimitBurst, () => now) : null;
  const memory: InMemoryGateway = {
    logLines,
    subgraphCalls,
    down,
    draining: false,
    advanceClock: (ms) => void (now += ms),
    fetch: (path, init) => Promise.resolve(gateway.fetch(`http://localhost${path}`, init)),
    async graphql(query, variables, headers = {}) {
      const response = await memory.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await response.json()) as GraphQLResponse), status: response.status, headers: response.headers };
    },
  };
  const gateway = createHubGateway(config, source, {
    logger,
    metrics: config.metrics ? new GatewayMetrics() : null,
    rateLimiter,
    trustedDocuments: null,
    isDraining: () => memory.draining,
    fetch: stubSubgraphFetch(subgraphCalls, down),
  });
  const dispose = async () => {
    rateLimiter?.dispose();
    await gateway.dispose();
  };
  try {
    onTestFinished(dispose);
  } catch {
    startedInHooks.push(dispose);
  }
  return memory;
}

/** The gateway still answers an ordinary query in full, whatever the test sent it before. */
export async function stillServes(gateway: InMemoryGateway, headers: Record<string, string> = {}): Promise<void> {
  const response = await gateway.graphql('{ regios { code } }', undefined, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data.regios).toHaveLength(5);
}
