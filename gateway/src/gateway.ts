import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { hubSubgraphs } from '../../lib/hub-subgraphs.js';
import type { Logger } from '../../lib/log.js';
import { useClientAdmission } from './admission.js';
import type { GatewayConfig } from './config.js';
import { csrfHeaders, useCsrfPrevention } from './csrf.js';
import { useRequestDeadline, useSubgraphTimeout } from './deadlines.js';
import { useProductionErrorMasking, useRequestErrorCodes } from './error-masking.js';
import { errorResponse, requestError } from './http-errors.js';
import { recordRefusal, requestIdHeader, runtimeLogger, useRequestObservability, type GatewayMetrics } from './observability.js';
import { useQueryCostLimit, useQueryLimits } from './query-limits.js';
import type { RateLimiter } from './rate-limit.js';
import { useRequestBodyLimits } from './request-body.js';
import { maskGatewayError } from './subgraph-errors.js';
import { createSubgraphFetch } from './subgraph-fetch.js';
import type { SupergraphSource } from './supergraph-source.js';

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

/**
 * GraphQL over HTTP says a POST body is JSON; the runtime answers other bodies with a bare 415.
 * This gives the client a GraphQL error that says what to send instead.
 */
function useJsonContentType(): GatewayPlugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const contentType = request.headers.get('content-type') ?? '';
      if (contentType.includes('json')) return;
      recordRefusal(request, 'UNSUPPORTED_MEDIA_TYPE');
      endResponse(
        errorResponse(fetchAPI, 415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type "${contentType || '(none)'}" is not supported: send the request body as application/json`),
      );
    },
  };
}

export interface GatewayParts {
  logger: Logger;
  metrics: GatewayMetrics | null;
  rateLimiter: RateLimiter | null;
  /** Registered operations by id, when the operator gave a file of them. */
  trustedDocuments: Map<string, string> | null;
}

/**
 * The hub's gateway: Hive Gateway with the Rust query planner, serving whatever supergraph the
 * source holds. On a change the previous schema generation keeps serving the requests already in
 * flight until they finish, so a reload never fails a request.
 */
export function createHubGateway(config: GatewayConfig, source: SupergraphSource, parts: GatewayParts): GatewayRuntime {
  const { logger, metrics, rateLimiter, trustedDocuments } = parts;
  const production = config.mode === 'production';
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
    ...(config.subgraphFetch === 'node'
      ? { fetchAPI: { fetch: createSubgraphFetch(fetch, { shareIdenticalCalls: config.deduplicateSubgraphCalls, headersOutsideIdentity: [requestIdHeader] }) } }
      : {}),
    ...(config.subgraphFetch === 'node' || !config.deduplicateSubgraphCalls ? { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } } : {}),
    landingPage: false,
    // Inlined GraphiQL assets: the default page loads them from a CDN and is blank offline. Without
    // introspection GraphiQL cannot show the schema, so it goes when introspection goes.
    renderGraphiQL,
    graphiql: config.introspection ? { title: 'vangnet', defaultQuery: exampleQuery } : false,
    logging: runtimeLogger('gateway', 'warn'),
    // The runtime's own request id takes any incoming value; ours checks it (observability.ts).
    requestId: false,
    // Never a stack trace, in either mode; production also replaces internal messages (below).
    maskedErrors: { isDev: false, maskError: maskGatewayError },
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
            methods: ['GET', 'POST'],
            allowedHeaders: ['content-type', 'authorization', requestIdHeader, ...csrfHeaders],
            exposedHeaders: [requestIdHeader, 'retry-after'],
            credentials: false,
            maxAge: 600,
          },
    ...(trustedDocuments
      ? {
          persistedDocuments: {
            getPersistedOperation: (id: string) => trustedDocuments.get(id) ?? null,
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
    // Checks that cost the least run first: a refused request never reads its body, parses or plans.
    plugins: () => [
      useRequestErrorCodes(),
      useRequestObservability({ logger, metrics, logRequests: config.logRequests }),
      useRequestDeadline({
        timeoutMs: config.requestTimeoutMs,
        response: (request) => {
          recordRefusal(request, 'REQUEST_TIMEOUT');
          return errorResponse(globalThis, 504, 'REQUEST_TIMEOUT', `The request took longer than ${config.requestTimeoutMs} ms`, { connection: 'close' });
        },
      }),
      useSubgraphTimeout(config.upstreamTimeoutMs),
      useJsonContentType(),
      useRequestBodyLimits(config.maxBodyBytes),
      useClientAdmission({ auth: config.auth, rateLimiter, trustProxy: config.trustProxy, logger }),
      ...(config.csrfPrevention ? [useCsrfPrevention()] : []),
      maxTokensPlugin({ n: config.maxTokens }),
      useQueryLimits({ maxDepth: config.maxDepth, maxAliases: config.maxAliases, introspection: config.introspection }),
      useQueryCostLimit({ maxCost: config.maxCost, assumedListSize: config.assumedListSize }),
      ...(production ? [useProductionErrorMasking(logger)] : []),
    ],
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
