import { LegacyLogger, type GatewayPlugin, type Logger as RuntimeLogger } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type ExecutionResult } from 'graphql';
import { requestIdFrom, requestIdHeader } from '../../../lib/http.js';
import type { Logger } from '../../../lib/log.js';
import { graphqlPath } from '../http-errors.js';
import type { GatewayMetrics } from '../metrics.js';
import { requestStateOf, trackRequest } from '../request-state.js';

function errorCodesOf(result: unknown): string[] {
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((one) =>
    ((one as ExecutionResult | null)?.errors ?? []).map((error) => String((error.extensions as { code?: unknown } | undefined)?.code ?? 'UNKNOWN')),
  );
}

/** An answered GraphQL request, as /metrics counts it and its log line says it. */
export interface AnsweredRequest {
  requestId: string;
  operation: string | null | undefined;
  status: number;
  seconds: number;
  errorCodes?: readonly string[];
  user?: string;
  /** The request whose execution it shared, when it did. */
  sharedWith?: string;
  /** Set when the answer came by another way than the GraphQL server (hit-lane.ts). */
  lane?: string;
}

/** Counts and logs one answered request; shared by the GraphQL server's path and the cache's lane. */
export function recordAnswered(options: { logger: Logger; metrics: GatewayMetrics | null; logRequests: boolean }, answered: AnsweredRequest): void {
  const { metrics, logger, logRequests } = options;
  const errorCodes = answered.errorCodes ?? [];
  if (metrics) {
    const operation = metrics.operationLabel(answered.operation);
    metrics.requests.inc({ operation, status: String(answered.status) });
    metrics.requestDuration.observe({ operation }, answered.seconds);
    for (const code of errorCodes) metrics.errors.inc({ operation, code });
  }
  if (logRequests) {
    logger.info('request', {
      requestId: answered.requestId,
      operation: answered.operation,
      status: answered.status,
      durationMs: Math.round(answered.seconds * 10_000) / 10,
      ...(errorCodes.length > 0 ? { errorCodes } : {}),
      ...(answered.user ? { user: answered.user } : {}),
      // The subgraph calls of a shared execution carry the other request's id.
      ...(answered.sharedWith ? { sharedWith: answered.sharedWith } : {}),
      ...(answered.lane ? { lane: answered.lane } : {}),
    });
  }
}

function elapsedSeconds(since: number): number {
  return (performance.now() - since) / 1000;
}

/**
 * One id per request, from the client's `x-request-id` or made here, returned in the response,
 * sent to every subgraph and written on the request's log line, so one request can be followed
 * through every service's log. Each GraphQL request is also counted and timed, in total and per
 * subgraph.
 */
export function useRequestObservability(options: { logger: Logger; metrics: GatewayMetrics | null; logRequests: boolean }): GatewayPlugin {
  const { metrics } = options;
  return {
    onRequest({ request, url, serverContext }) {
      const id = requestIdFrom(request.headers.get(requestIdHeader));
      // What the runtime's own request id option does, which is off because it takes any incoming id.
      const context = serverContext as { log?: RuntimeLogger; logger?: LegacyLogger };
      if (context.log) {
        context.log = context.log.child({ requestId: id });
        context.logger = LegacyLogger.from(context.log);
      }
      trackRequest(request, { id, graphql: url.pathname === graphqlPath && request.method !== 'OPTIONS' });
    },
    onParams({ request, params }) {
      const state = requestStateOf(request);
      if (state && params.operationName) state.operation = params.operationName;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const state = request && requestStateOf(request);
      if (state) state.operation = getOperationAST(args.document, args.operationName)?.name?.value ?? state.operation;
    },
    onFetch({ context, options: fetchOptions, setOptions }) {
      const request = (context as { request?: Request } | undefined)?.request;
      const id = request && requestStateOf(request)?.id;
      if (id) setOptions({ ...fetchOptions, headers: { ...fetchOptions.headers, [requestIdHeader]: id } });
    },
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      if (!metrics) return;
      const request = (executionRequest.context as { request?: Request } | undefined)?.request;
      const operation = metrics.operationLabel(request ? requestStateOf(request)?.operation : null);
      setExecutor((subgraphRequest) => {
        const startedAt = performance.now();
        const done = (result: unknown) => {
          metrics.subgraphRequests.inc({ subgraph: subgraphName, operation });
          metrics.subgraphDuration.observe({ subgraph: subgraphName, operation }, elapsedSeconds(startedAt));
          for (const code of errorCodesOf(result)) metrics.subgraphErrors.inc({ subgraph: subgraphName, code });
        };
        const failed = (error: unknown) => {
          metrics.subgraphRequests.inc({ subgraph: subgraphName, operation });
          metrics.subgraphDuration.observe({ subgraph: subgraphName, operation }, elapsedSeconds(startedAt));
          metrics.subgraphErrors.inc({ subgraph: subgraphName, code: String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'UNREACHABLE') });
          throw error;
        };
        try {
          const result = executor(subgraphRequest);
          if (result instanceof Promise) return result.then((value) => (done(value), value), failed);
          done(result);
          return result;
        } catch (error) {
          return failed(error);
        }
      });
    },
    onResultProcess({ request, result }) {
      requestStateOf(request)?.errorCodes.push(...errorCodesOf(result));
    },
    onResponse({ request, response }) {
      const state = requestStateOf(request);
      if (!state) return;
      response.headers.set(requestIdHeader, state.id);
      if (!state.graphql) return;
      recordAnswered(options, {
        requestId: state.id,
        operation: state.operation,
        status: response.status,
        seconds: elapsedSeconds(state.startedAt),
        errorCodes: state.errorCodes,
        ...(state.client?.gebruiker ? { user: state.client.gebruiker.id } : {}),
        ...(state.sharedWith ? { sharedWith: state.sharedWith } : {}),
      });
    },
  };
}
