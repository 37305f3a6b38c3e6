import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { requestIdHeader } from '../../lib/http.js';
import { hubSubgraphs } from '../../lib/hub-subgraphs.js';
import type { Logger } from '../../lib/log.js';
import type { GatewayConfig } from './config.js';
import { requestError } from './http-errors.js';
import type { GatewayMetrics } from './metrics.js';
import { useRequestBodyLimits } from './plugins/body-limits.js';
import { useClientAdmission } from './plugins/client-admission.js';
import { csrfHeaders, useCsrfPrevention } from './plugins/csrf.js';
import { useRequestDeadline, useSubgraphTimeout } from './plugins/deadlines.js';
import { useJsonContentType } from './plugins/json-content-type.js';
import { useMetricsEndpoint } from './plugins/metrics-endpoint.js';
import { useProductionErrorMasking } from './plugins/production-error-masking.js';
import { useQueryCostLimit } from './plugins/query-cost.js';
import { useQueryLimits } from './plugins/query-limits.js';
import { useReadiness } from './plugins/readiness.js';
import { useRequestErrorCodes } from './plugins/request-error-codes.js';
import { useRequestObservability } from './plugins/request-observability.js';
import { useRequestSharing } from './plugins/request-sharing.js';
import { cacheHeader, useResponseCache, type ResponseCache } from './plugins/response-cache.js';
import { useUsageReporting, type UsageRecorder } from './plugins/usage.js';
import { CoordinateCache } from './plugins/usage-coordinates.js';
import { UsageCounts, UsageReporter } from './plugins/usage-report.js';
import { signRegistryToken } from '../../registry/src/tokens.js';
import type { RateLimiter } from './rate-limit.js';
import { runtimeLogger } from './runtime-logger.js';
import { maskGatewayError } from './subgraph-errors.js';
import { createSubgraphFetch } from './subgraph-fetch.js';
import type { SupergraphSource } from './supergraph-source.js';

/** The hub subgraphs that check the user's token themselves (lib/hub-subgraphs.ts). */
const subgraphsThatAuthenticate = new Set<string>(hubSubgraphs.filter((subgraph) => subgraph.forwardsToken).map((subgraph) => subgraph.name));

const exampleQuery = `# vangnet: één graaf voor regio's, gemeenten en partners in het sociaal domein.
{
  regios {
    code
    naam
    gemeenten { cbsCode naam }
    partners { naam }
  }
}
`;

export interface GatewayParts {
  logger: Logger;
  metrics: GatewayMetrics | null;
  rateLimiter: RateLimiter | null;
  /** Registered operations by id, when the operator gave a file of them. */
  trustedDocuments: Map<string, string> | null;
  /** The registry's active app versions' documents, by `app~version~sha256` (APP_DOCUMENTS). */
  appDocuments?: { get(id: string): string | null } | null;
  /** True once the server has begun to shut down; readiness then says so. */
  isDraining: () => boolean;
  /**
   * Sends the gateway's own calls (subgraph queries and readiness probes) instead of the fetch that
   * SUBGRAPH_FETCH chooses; tests pass one that answers from subgraphs in the same process.
   */
  fetch?: typeof fetch;
}

/**
 * The hub's policies, in the order they run. Checks that cost the least run first: a refused
 * request never reads its body, parses or plans. /readiness and /metrics come before all of them,
 * since they are no GraphQL requests.
 */
function hubPlugins(config: GatewayConfig, source: SupergraphSource, parts: GatewayParts, documentIds: WeakMap<Request, string>, handle: CacheHandle): GatewayPlugin[] {
  const { logger, metrics, rateLimiter } = parts;
  const usage = config.usageReporting && config.usageRegistryUrl ? usageReporting(config, config.usageRegistryUrl, parts, documentIds) : null;
  const cache = config.responseCache ? responseCache(config, source, parts, usage) : null;
  handle.cache = cache;
  return [
    useReadiness({ endpoints: () => source.endpoints, timeoutMs: config.readinessTimeoutMs, isDraining: parts.isDraining, fetch: parts.fetch ?? fetch }),
    ...(metrics ? [useMetricsEndpoint(metrics)] : []),
    useRequestErrorCodes(),
    useRequestObservability({ logger, metrics, logRequests: config.logRequests }),
    useRequestDeadline(config.requestTimeoutMs),
    useSubgraphTimeout(config.upstreamTimeoutMs),
    useJsonContentType(),
    useRequestBodyLimits(config.maxBodyBytes),
    useClientAdmission({ auth: config.auth, rateLimiter, trustProxy: config.trustProxy, logger }),
    ...(config.csrfPrevention ? [useCsrfPrevention()] : []),
    maxTokensPlugin({ n: config.maxTokens }),
    useQueryLimits({ maxDepth: config.maxDepth, maxAliases: config.maxAliases, introspection: config.introspection }),
    useQueryCostLimit({ maxCost: config.maxCost, assumedListSize: config.assumedListSize }),
    // After every check that can refuse an operation at execution: only what runs is counted.
    ...(usage ? [usage] : []),
    // A hit is answered before any execution, and counts its usage through `usage` itself.
    ...(cache ? [cache] : []),
    ...(config.mode === 'production' ? [useProductionErrorMasking(logger)] : []),
    // Last, so every check and count above runs for each request, and its execution function wraps
    // the one the plugins before it chose. The Authorization header is the only one the subgraphs
    // get (propagateHeaders below); a header forwarded there must be in the sharing key too.
    ...(config.shareIdenticalRequests ? [useRequestSharing({ metrics, headers: ['authorization'], ...(cache ? { generation: cache.epoch } : {}) })] : []),
  ];
}

function usageReporting(config: GatewayConfig, registryUrl: string, parts: GatewayParts, documentIds: WeakMap<Request, string>): ReturnType<typeof useUsageReporting> {
  const counts = new UsageCounts(config.usageMaxKeys);
  // Production requires REGISTRY_TOKEN (config.ts); in development the registry runs on the development secret.
  const token = () =>
    config.registryToken !== undefined
      ? Promise.resolve(config.registryToken)
      : signRegistryToken({ id: 'gateway', subgraphs: [], admin: false, usage: true }, new TextEncoder().encode(config.registrySecret));
  const reporter = new UsageReporter({ registryUrl, token, counts, flushMs: config.usageFlushMs, logger: parts.logger });
  return useUsageReporting({ cache: new CoordinateCache(), counts, reporter, metrics: parts.metrics, documentIdOf: (request) => documentIds.get(request as Request) });
}

function responseCache(config: GatewayConfig, source: SupergraphSource, parts: GatewayParts, usage: UsageRecorder | null): ReturnType<typeof useResponseCache> {
  return useResponseCache({
    maxBytes: config.responseCacheMaxBytes,
    ttlMs: config.responseCacheTtlMs,
    feedPollMs: config.responseCacheFeedPollMs,
    maxStaleMs: config.responseCacheMaxStaleMs,
    endpoints: () => source.endpoints,
    fetch: parts.fetch ?? fetch,
    logger: parts.logger,
    metrics: parts.metrics,
    usage,
  });
}

/** The response cache the runtime's plugins made, once it has made them (the runtime asks for its plugins itself). */
interface CacheHandle {
  cache: ResponseCache | null;
}

export type HubGateway = GatewayRuntime & {
  /** A hit for the node:http lane (hit-lane.ts); undefined when the cache is off, not made yet, or has no servable answer. */
  answerFromCache: ResponseCache['answerFromCache'];
};

/**
 * The hub's gateway: Hive Gateway with the Rust query planner, serving whatever supergraph the
 * source holds, with the hub's policies as plugins (plugins/). On a change the previous schema
 * generation keeps serving the requests already in flight until they finish, so a reload never
 * fails a request.
 */
export function createHubGateway(config: GatewayConfig, source: SupergraphSource, parts: GatewayParts): HubGateway {
  // The runtime disposes itself on SIGTERM, which would cut off the requests still running; the
  // hub's own shutdown (main.ts) drains them first and disposes the runtime after.
  const signalListenersBefore = new Map((['SIGTERM', 'SIGINT'] as const).map((signal) => [signal, process.listeners(signal)]));
  const handle: CacheHandle = { cache: null };
  const gateway = createRuntime(config, source, parts, handle);
  for (const [signal, before] of signalListenersBefore) {
    for (const listener of process.listeners(signal)) if (!before.includes(listener)) process.removeListener(signal, listener);
  }
  return Object.assign(gateway, { answerFromCache: ((request, params) => handle.cache?.answerFromCache(request, params)) satisfies ResponseCache['answerFromCache'] });
}

function createRuntime(config: GatewayConfig, source: SupergraphSource, parts: GatewayParts, handle: CacheHandle): GatewayRuntime {
  const trustedDocuments = parts.trustedDocuments;
  const appDocuments = parts.appDocuments ?? null;
  // The id a request ran by, for usage reporting: the runtime hands later plugins the document
  // in place of the id, so the id is kept here when it is looked up.
  const documentIds = new WeakMap<Request, string>();
  return createGatewayRuntime({
    supergraph: () => source.sdl,
    // The planner is chosen by bench/report.md: the Rust one unless the numbers say otherwise.
    ...(config.queryPlanner === 'rust' ? { unifiedGraphHandler } : {}),
    gracefulSchemaReload: { drainTimeout: config.reloadDrainMs },
    // Identical subgraph calls in flight share one request, unless DEDUPLICATE_SUBGRAPH_CALLS is
    // false: many people opening the same region page at once ask the subgraphs the same. With 8
    // clients on the region page, turning sharing off gave 0.81x the throughput and 1.09x the gateway
    // CPU per request in the benchmark's paired rounds (bench/report.md). The forwarded Authorization
    // header is part of what makes two calls identical, so no one gets another person's answer.
    // With the node:http fetch the fetch shares the calls (subgraph-fetch.ts says why); with the
    // WHATWG fetch the HTTP executor does.
    ...(parts.fetch
      ? { fetchAPI: { fetch: parts.fetch } }
      : config.subgraphFetch === 'node'
        ? { fetchAPI: { fetch: createSubgraphFetch(fetch, { shareIdenticalCalls: config.deduplicateSubgraphCalls, headersOutsideIdentity: [requestIdHeader] }) } }
        : {}),
    ...(config.subgraphFetch === 'node' || !config.deduplicateSubgraphCalls ? { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } } : {}),
    landingPage: false,
    // Inlined GraphiQL assets: the default page loads them from a CDN and is blank offline. Without
    // introspection GraphiQL cannot show the schema, so it goes when introspection goes.
    renderGraphiQL,
    graphiql: config.introspection ? { title: 'vangnet', defaultQuery: exampleQuery } : false,
    logging: runtimeLogger('gateway', 'warn'),
    // The runtime's own request id takes any incoming value; ours checks it (plugins/request-observability.ts).
    requestId: false,
    // The runtime's own readiness check (is a supergraph loaded?) sits behind the liveness check,
    // which answers this path first, so that /readiness is the hub's (plugins/readiness.ts).
    readinessCheckEndpoint: '/healthcheck',
    // Never a stack trace, in either mode; production also replaces internal messages (plugins/production-error-masking.ts).
    maskedErrors: { isDev: false, maskError: maskGatewayError },
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
            methods: ['GET', 'POST'],
            allowedHeaders: ['content-type', 'authorization', requestIdHeader, ...csrfHeaders],
            exposedHeaders: [requestIdHeader, 'retry-after', cacheHeader, 'etag'],
            credentials: false,
            maxAge: 600,
          },
    ...(trustedDocuments || appDocuments
      ? {
          persistedDocuments: {
            getPersistedOperation: (id: string, request: Request) => {
              const document = trustedDocuments?.get(id) ?? appDocuments?.get(id) ?? null;
              if (document !== null) documentIds.set(request, id);
              return document;
            },
            allowArbitraryDocuments: !config.trustedDocumentsOnly,
            customErrors: {
              notFound: () => requestError(400, 'PERSISTED_QUERY_NOT_FOUND', 'No operation is registered under this document id'),
              persistedQueryOnly: () =>
                requestError(400, 'PERSISTED_QUERY_ONLY', 'Only registered operations run here: send the document id (documentId, or extensions.persistedQuery.sha256Hash) instead of the query'),
              keyNotFound: () =>
                config.trustedDocumentsOnly
                  ? requestError(400, 'PERSISTED_QUERY_ONLY', 'Only registered operations run here: send a document id (documentId, or extensions.persistedQuery.sha256Hash)')
                  : requestError(400, 'BAD_REQUEST', 'Send a query, or the id of a registered document'),
            },
          },
        }
      : {}),
    plugins: () => hubPlugins(config, source, parts, documentIds, handle),
    // The user's token goes only to the hub subgraphs that check it, never to a region's own
    // subgraph, so a third-party service never sees who is signed in.
    propagateHeaders: {
      fromClientToSubgraphs({ request, subgraphName }) {
        if (!subgraphsThatAuthenticate.has(subgraphName)) return undefined;
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : undefined;
      },
    },
  });
}
