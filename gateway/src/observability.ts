import { randomUUID } from 'node:crypto';
import { LegacyLogger, Logger as RuntimeLogger, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type ExecutionResult } from 'graphql';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from '../../lib/log.js';
import { clients } from './admission.js';
import { graphqlPath } from './http-errors.js';

export const requestIdHeader = 'x-request-id';

/** An incoming id is kept only when it is short and plain, so a client cannot forge log lines or bloat them. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

interface RequestRecord {
  id: string;
  startedAt: number;
  graphql: boolean;
  operation: string | null;
  errorCodes: string[];
}

const records = new WeakMap<Request, RequestRecord>();

/** The request id of a request, for anything that logs on its behalf. */
export function requestIdOf(request: Request): string | undefined {
  return records.get(request)?.id;
}

/** Counts a refusal that ends a request before GraphQL runs (size, token, rate, ...). */
export function recordRefusal(request: Request, code: string): void {
  records.get(request)?.errorCodes.push(code);
}

const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Prometheus metrics of the gateway. Operation names come from clients, so only the first
 * `maxOperations` distinct names get a label of their own and the rest count as `other`; otherwise
 * a client sending a new name per request would grow the metrics without bound.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  readonly requests = new Counter({ name: 'vangnet_gateway_requests_total', help: 'GraphQL requests answered, by operation and HTTP status', labelNames: ['operation', 'status'], registers: [this.registry] });
  readonly requestDuration = new Histogram({ name: 'vangnet_gateway_request_duration_seconds', help: 'Time to answer a GraphQL request, by operation', labelNames: ['operation'], buckets: durationBuckets, registers: [this.registry] });
  readonly errors = new Counter({ name: 'vangnet_gateway_errors_total', help: 'GraphQL errors and refusals in answers, by operation and code', labelNames: ['operation', 'code'], registers: [this.registry] });
  readonly subgraphRequests = new Counter({ name: 'vangnet_gateway_subgraph_requests_total', help: 'Requests to subgraphs, by subgraph and operation', labelNames: ['subgraph', 'operation'], registers: [this.registry] });
  readonly subgraphDuration = new Histogram({ name: 'vangnet_gateway_subgraph_request_duration_seconds', help: 'Time a subgraph took to answer, by subgraph and operation', labelNames: ['subgraph', 'operation'], buckets: durationBuckets, registers: [this.registry] });
  readonly subgraphErrors = new Counter({ name: 'vangnet_gateway_subgraph_errors_total', help: 'Errors from subgraphs (in answers, or no answer), by subgraph and code', labelNames: ['subgraph', 'code'], registers: [this.registry] });

  constructor(private readonly maxOperations = 200) {
    collectDefaultMetrics({ register: this.registry, prefix: 'vangnet_gateway_' });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) || this.operations.size >= this.maxOperations) return 'other';
    this.operations.add(name);
    return name;
  }
}

function errorCodesOf(result: unknown): string[] {
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((one) =>
    ((one as ExecutionResult | null)?.errors ?? []).map((error) => String((error.extensions as { code?: unknown } | undefined)?.code ?? 'UNKNOWN')),
  );
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
  const { logger, metrics, logRequests } = options;
  return {
    onRequest({ request, url, serverContext }) {
      const incoming = request.headers.get(requestIdHeader);
      const id = incoming && acceptableRequestId.test(incoming) ? incoming : randomUUID();
      // What the runtime's own request id option does, which is off because it takes any incoming id.
      const context = serverContext as { log?: RuntimeLogger; logger?: LegacyLogger };
      if (context.log) {
        context.log = context.log.child({ requestId: id });
        context.logger = LegacyLogger.from(context.log);
      }
      records.set(request, {
        id,
        startedAt: performance.now(),
        graphql: url.pathname === graphqlPath && request.method !== 'OPTIONS',
        operation: null,
        errorCodes: [],
      });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && params.operationName) record.operation = params.operationName;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const record = request && records.get(request);
      if (record) record.operation = getOperationAST(args.document, args.operationName)?.name?.value ?? record.operation;
    },
    onFetch({ context, options: fetchOptions, setOptions }) {
      const request = (context as { request?: Request } | undefined)?.request;
      const id = request && records.get(request)?.id;
      if (id) setOptions({ ...fetchOptions, headers: { ...fetchOptions.headers, [requestIdHeader]: id } });
    },
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      if (!metrics) return;
      const request = (executionRequest.context as { request?: Request } | undefined)?.request;
      const operation = metrics.operationLabel(request ? records.get(request)?.operation : null);
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
      records.get(request)?.errorCodes.push(...errorCodesOf(result));
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set(requestIdHeader, record.id);
      if (!record.graphql) return;
      const seconds = elapsedSeconds(record.startedAt);
      if (metrics) {
        const operation = metrics.operationLabel(record.operation);
        metrics.requests.inc({ operation, status: String(response.status) });
        metrics.requestDuration.observe({ operation }, seconds);
        for (const code of record.errorCodes) metrics.errors.inc({ operation, code });
      }
      if (logRequests) {
        const client = clients.get(request);
        logger.info('request', {
          requestId: record.id,
          operation: record.operation,
          status: response.status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(record.errorCodes.length > 0 ? { errorCodes: record.errorCodes } : {}),
          ...(client?.gebruiker ? { user: client.gebruiker.id } : {}),
        });
      }
    },
  };
}

/**
 * The runtime's own messages (subgraph failures, reloads) in the hub's one-JSON-object-per-line
 * format, with the request id the runtime attaches to each request's child logger.
 */
export function runtimeLogger(service: string, level: 'info' | 'warn' | 'error'): RuntimeLogger {
  return new RuntimeLogger({
    level,
    writers: [
      {
        write(logLevel, attrs, message) {
          const fields = attrs && !Array.isArray(attrs) ? attrs : attrs ? { attrs } : {};
          const line = JSON.stringify({ time: new Date().toISOString(), level: logLevel, service, message: message ?? '', ...fields });
          if (logLevel === 'error') process.stderr.write(`${line}\n`);
          else process.stdout.write(`${line}\n`);
        },
      },
    ],
  });
}
