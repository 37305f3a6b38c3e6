import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { Counter, Gauge } from 'prom-client';
import type { Logger } from '../../../lib/log.js';
import { feedRelation, footprintTokens, readsHeader, versionedRecords, writesHeader } from '../../../lib/data-footprint.js';
import { seedReden } from '../../../lib/history.js';
import { ChangeFeedFollower, type FeedLine } from '../change-feed-follower.js';
import type { GatewayMetrics } from '../metrics.js';
import { cacheKey, changeFeeds, matchesIfNoneMatch, ReadSet, ResponseStore, type CachedAnswer, type Change } from '../response-cache.js';
import type { SubgraphEndpoint } from '../supergraph-source.js';
import type { HeaderSource, UsageRecorder } from './usage.js';

export const cacheHeader = 'x-vangnet-cache';
/** Sent with every subgraph call: calls made after an invalidation never share a call made before it. */
export const cacheEpochHeader = 'x-vangnet-cache-epoch';

export interface ResponseCacheOptions {
  maxBytes: number;
  ttlMs: number;
  feedPollMs: number;
  /** The longest a change made past this gateway may go unseen: answers are served only while every feed they hold was read this recently. */
  maxStaleMs: number;
  endpoints: () => readonly SubgraphEndpoint[];
  fetch: typeof fetch;
  logger: Logger;
  metrics: GatewayMetrics | null;
  /** Usage reporting, when on: an answer served from the cache counts the coordinates its execution used. */
  usage?: UsageRecorder | null;
}

type Outcome = 'hit' | 'miss' | 'bypass';

/** What one execution learns while it runs: the subgraphs it asked, what it read in them, and what it changed. */
interface Execution {
  subgraphs: Set<string>;
  reads: ReadSet;
  mutated: Set<string>;
  /** What the subgraphs it changed said they wrote (lib/data-footprint.ts), by subgraph. */
  written: Map<string, string[]>;
  /** A call went to a URL no subgraph has: never stored, and as a change it changed anything. */
  unplaced: boolean;
}

/**
 * What feed lines wrote, as footprint tokens (lib/data-footprint.ts): the record each names, and the
 * feed. Anything (`all`) for a kind of record the map does not know, and for a seed's change: a seed
 * also rewrites tables outside the versioned records, which no feed line names (a subgraph that
 * starts on new source files is seen by its new instance too, but another process on the same
 * database may run the seed while this one keeps answering).
 */
export function writtenBy(lines: readonly FeedLine[] | 'all'): readonly string[] | 'all' {
  if (lines === 'all') return 'all';
  const tokens = new Set<string>([feedRelation]);
  for (const line of lines) {
    const record = versionedRecords[line.soort];
    if (!record || line.reden === seedReden) return 'all';
    tokens.add(`${record.relation}#${line.sleutel}`);
  }
  return [...tokens];
}

/** What the HTTP answer needs to know about the request's execution. */
interface RequestOutcome {
  outcome: Outcome;
  etag?: string;
}

function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function isPlainResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}

/** The parts of a GraphQL request the cache key is made of. */
export interface CacheableParams {
  query?: unknown;
  operationName?: string | null;
  variables?: unknown;
}

export interface ResponseCache {
  /** The cache's epoch, for request sharing. */
  epoch: () => number;
  /**
   * The stored body for an anonymous request with these parameters, when one may be served now;
   * counted as a hit, in usage too. For the node:http lane (hit-lane.ts), which has checked that the
   * request is anonymous and may be answered.
   */
  answerFromCache: (request: HeaderSource, params: CacheableParams) => string | undefined;
}

/**
 * The response cache for public directory data (README, "Response cache").
 *
 * Cached: an anonymous query (no Authorization, no Cookie) whose answer has no errors and whose
 * subgraph calls all went to subgraphs with a change feed (regions, partners, voorzieningen). Never
 * cached: mutations, anything with a token, anything that asked woonopties or a region's own
 * subgraph. The key is the document, operation name, variables, the schema generation and the UTC
 * day (lists read "as of today" change at midnight without a change).
 *
 * Invalidation is by record: each answer keeps the footprints its subgraph calls reported (what
 * their SQL read, lib/data-footprint.ts), and a change drops the answers whose footprint meets what
 * it wrote. A mutation through this gateway drops them before its own answer is sent, by what its
 * subgraph says it wrote; a change through another gateway is seen in the subgraph's feed, read
 * every `feedPollMs`, whose lines name the records changed, and an answer is served only while each
 * of its feeds was read completely within `maxStaleMs`; a new supergraph empties the cache.
 *
 * A hit is answered as soon as the request's parameters are read, before parsing, validation and
 * every check at execution: an answer is stored only for a query that passed them all, and the same
 * text, variables and schema pass them again, so skipping them changes no answer. The checks before
 * the parameters (admission, rate limits, body limits, registered documents only) still run. A hit
 * counts the usage of the execution that stored it, so usage reporting sees it as the request it is.
 *
 * Why not `@envelop/response-cache` (which Yoga's and Hive Gateway's response caching build on): it
 * tags an answer with the entities found in it and a mutation drops the entities in the mutation's
 * own result, so a role that adds a partner to `Regio.partners` leaves the cached list without that
 * partner, and stale; it cannot see which subgraphs the plan asked, which is what tells woonopties
 * apart; it learns nothing of changes through another gateway; and it stores a read that began
 * before an invalidation and ended after it.
 */
export function useResponseCache(options: ResponseCacheOptions): GatewayPlugin & ResponseCache {
  const store = new ResponseStore(options.maxBytes, options.ttlMs);
  const follower = new ChangeFeedFollower({
    feeds: changeFeeds,
    endpoints: options.endpoints,
    fetch: options.fetch,
    pollMs: options.feedPollMs,
    timeoutMs: options.maxStaleMs,
    logger: options.logger,
    onChange: (subgraph, lines) => invalidate([{ subgraph, written: writtenBy(lines) }], 'feed'),
    onFailure: (subgraph) => invalidate([{ subgraph, written: 'all' }], 'feed_unreadable'),
  });
  const executions = new WeakMap<object, Execution>();
  const outcomes = new WeakMap<Request, RequestOutcome>();
  // The key a request was looked up by when its parameters were read, so the execution stores under the same key.
  const keys = new WeakMap<Request, string>();
  const generations = new WeakMap<GraphQLSchema, number>();
  let lastGeneration = 0;
  let currentGeneration = 0;

  const counters = options.metrics ? cacheMetrics(options.metrics, store) : null;

  function invalidate(changes: readonly Change[], cause: string): void {
    const before = store.stats.invalidated;
    store.invalidate(changes);
    counters?.invalidations.inc({ cause }, store.stats.invalidated - before);
  }

  /** A schema the gateway has not executed on before is a new supergraph: nothing cached before it holds. */
  function generationOf(schema: GraphQLSchema): number {
    let generation = generations.get(schema);
    if (generation === undefined) {
      generation = ++lastGeneration;
      generations.set(schema, generation);
    }
    if (generation > currentGeneration) {
      currentGeneration = generation;
      const dropped = store.size;
      store.clear();
      counters?.invalidations.inc({ cause: 'supergraph' }, dropped);
    }
    return generation;
  }

  function isServable(subgraphs: readonly string[], now: number): boolean {
    for (const subgraph of subgraphs) {
      if (!(subgraph in changeFeeds)) return false;
      const syncedAt = follower.syncedAt(subgraph);
      if (syncedAt === undefined || now - syncedAt > options.maxStaleMs) return false;
    }
    return true;
  }

  function keyOf(params: CacheableParams, now: number): string {
    return cacheKey({ generation: currentGeneration, day: utcDay(now), operationName: params.operationName, query: params.query as string, variables: params.variables });
  }

  function servable(key: string, now: number): CachedAnswer | undefined {
    const cached = store.get(key, now);
    return cached && isServable(cached.subgraphs, now) ? cached : undefined;
  }

  function settle(request: Request, outcome: RequestOutcome): void {
    outcomes.set(request, outcome);
    counters?.requests.inc({ outcome: outcome.outcome });
  }

  follower.start();

  return {
    // The runtime loads a new supergraph before it reads the next request's parameters: the cache
    // must be emptied then, not at that request's execution, since a hit never gets there.
    onSchemaChange({ schema }) {
      generationOf(schema);
    },
    onParams({ request, params, setResult }) {
      if (typeof params.query !== 'string' || request.headers.has('authorization') || request.headers.has('cookie')) return;
      const now = Date.now();
      const key = keyOf(params as CacheableParams, now);
      keys.set(request, key);
      const cached = servable(key, now);
      if (!cached) return;
      settle(request, { outcome: 'hit', etag: cached.etag });
      if (cached.usage) options.usage?.record(request, params, cached.usage);
      // The body as it was stored: no parse and no serialisation per hit.
      setResult({ stringify: () => cached.body } as ExecutionResult);
    },
    answerFromCache(request, params) {
      if (typeof params.query !== 'string') return undefined;
      const now = Date.now();
      const cached = servable(keyOf(params, now), now);
      if (!cached) return undefined;
      counters?.requests.inc({ outcome: 'hit' });
      // A query text, never a document id: the lane leaves those to the runtime.
      if (cached.usage) options.usage?.record(request, undefined, cached.usage);
      return cached.body;
    },
    // Read by request sharing (plugins/request-sharing.ts): a request that joined an execution begun
    // before an invalidation would store what that execution read before the change.
    epoch: () => store.epoch,
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request };
      const request = context.request;
      if (!request) return;
      const operation = getOperationAST(args.document, args.operationName);
      const execution: Execution = { subgraphs: new Set(), reads: new ReadSet(), mutated: new Set(), written: new Map(), unplaced: false };
      if (operation?.operation === 'mutation') {
        executions.set(context, execution);
        settle(request, { outcome: 'bypass' });
        return {
          // Before the mutation's answer goes out: whoever reads after the acknowledgement misses.
          onExecuteDone() {
            // A subgraph that changed something without saying what changed anything.
            const changes = [...execution.mutated].map((subgraph): Change => ({ subgraph, written: (!execution.unplaced && execution.written.get(subgraph)) || 'all' }));
            if (changes.length > 0) invalidate(changes, 'mutation');
          },
        };
      }
      // The lookup was made when the parameters were read; a request without a key there (one with
      // a token or a cookie) is never cached.
      const key = keys.get(request);
      if (operation?.operation !== 'query' || key === undefined || generationOf(args.schema) < currentGeneration) {
        settle(request, { outcome: 'bypass' });
        return;
      }
      // Only an execution that may be stored learns what it read.
      executions.set(context, execution);
      const epochAtStart = store.epoch;
      return {
        onExecuteDone({ result }) {
          const subgraphs = [...execution.subgraphs];
          const cacheable = isPlainResult(result) && !result.errors?.length && subgraphs.length > 0 && !execution.unplaced && isServable(subgraphs, Date.now());
          if (!cacheable) {
            settle(request, { outcome: 'bypass' });
            return;
          }
          const usage = options.usage?.coordinatesOf(args);
          const stored = store.set(key, JSON.stringify(result), subgraphs, execution.reads, epochAtStart, Date.now(), usage);
          settle(request, { outcome: 'miss', ...(stored ? { etag: stored.etag } : {}) });
        },
      };
    },
    onSubgraphExecute({ subgraphName, executionRequest }) {
      const context = executionRequest.context as object | undefined;
      const execution = context && executions.get(context);
      if (!execution) return;
      execution.subgraphs.add(subgraphName);
      if (executionRequest.operationType === 'mutation') execution.mutated.add(subgraphName);
    },
    onFetch({ url, options: fetchOptions, setOptions, context, executionRequest }) {
      setOptions({ ...fetchOptions, headers: { ...fetchOptions.headers, [cacheEpochHeader]: String(store.epoch) } });
      const owner = (executionRequest?.context ?? context) as object | undefined;
      const execution = owner && executions.get(owner);
      if (!execution) return;
      const mutation = executionRequest?.operationType === 'mutation';
      return ({ response }) => {
        const subgraph = options.endpoints().find((endpoint) => endpoint.url === url)?.name;
        if (subgraph === undefined) {
          // A call to no subgraph of the supergraph: what it read or wrote cannot be placed.
          execution.unplaced = true;
          return;
        }
        // A subgraph that does not say what it read (a region's own, an older one) read all of itself.
        const reads = response.headers.get(readsHeader);
        execution.reads.add(subgraph, reads === null ? ['*'] : footprintTokens(reads));
        if (!mutation) return;
        const writes = response.headers.get(writesHeader);
        const written = execution.written.get(subgraph) ?? [];
        written.push(...(writes === null ? ['*'] : footprintTokens(writes)));
        execution.written.set(subgraph, written);
      };
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const outcome = outcomes.get(request);
      if (!outcome) return;
      response.headers.set(cacheHeader, outcome.outcome);
      if (request.method !== 'GET') return;
      if (!outcome.etag || response.status !== 200) {
        response.headers.set('cache-control', 'private, no-store');
        return;
      }
      // Revalidated every time rather than kept for a max-age: a client or proxy holding an answer
      // for a while would show it after a change was acknowledged, which the gateway never does.
      response.headers.set('cache-control', 'public, no-cache');
      response.headers.set('etag', outcome.etag);
      if (matchesIfNoneMatch(request.headers.get('if-none-match'), outcome.etag)) {
        const headers = new fetchAPI.Headers(response.headers);
        headers.delete('content-type');
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
    },
    async onDispose() {
      await follower.stop();
    },
  };
}

function cacheMetrics(metrics: GatewayMetrics, store: ResponseStore) {
  const registers = [metrics.registry];
  new Gauge({ name: 'vangnet_gateway_response_cache_bytes', help: 'Bytes the response cache holds (keys and bodies, two bytes a character); at most RESPONSE_CACHE_MAX_BYTES', registers, collect() { this.set(store.bytes); } });
  new Gauge({ name: 'vangnet_gateway_response_cache_max_bytes', help: 'RESPONSE_CACHE_MAX_BYTES', registers, collect() { this.set(store.maxBytes); } });
  new Gauge({ name: 'vangnet_gateway_response_cache_entries', help: 'Answers the response cache holds', registers, collect() { this.set(store.size); } });
  new Counter({ name: 'vangnet_gateway_response_cache_evictions_total', help: 'Answers dropped from the response cache to stay within RESPONSE_CACHE_MAX_BYTES', registers, collect() { this.reset(); this.inc(store.stats.evictions); } });
  return {
    requests: new Counter({ name: 'vangnet_gateway_response_cache_requests_total', help: 'GraphQL operations by what the response cache did: hit, miss (executed and stored), bypass (not cacheable)', labelNames: ['outcome'], registers }),
    invalidations: new Counter({ name: 'vangnet_gateway_response_cache_invalidated_total', help: 'Cached answers dropped because their data may have changed, by cause', labelNames: ['cause'], registers }),
  };
}
