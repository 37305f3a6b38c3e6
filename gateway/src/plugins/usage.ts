import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { Counter, Gauge } from 'prom-client';
import type { GatewayMetrics } from '../metrics.js';
import type { CoordinateCache } from './usage-coordinates.js';
import type { UsageCounts, UsageReporter } from './usage-report.js';

/** Unknown clients count under this name, so their use still protects a field. */
export const unknownClient = 'onbekend';

const maxIdentityLength = 100;

/** What usage reporting reads of a request: its headers (a WHATWG Request has them, and so does the cache's node:http lane). */
export interface HeaderSource {
  headers: { get(name: string): string | null };
}

/**
 * Who sent the request: the client name and version headers Hive and Apollo clients send, else the
 * app deployment in a document id (`app~version~hash`, as Hive app deployments send it).
 */
export function clientOf(request: HeaderSource, documentId: unknown): { name: string; version: string } {
  const header = (name: string) => request.headers.get(name)?.trim().slice(0, maxIdentityLength) || null;
  const name = header('graphql-client-name') ?? header('apollographql-client-name');
  const version = header('graphql-client-version') ?? header('apollographql-client-version');
  if (name) return { name, version: version ?? '' };
  const deployment = typeof documentId === 'string' ? /^([^~]{1,100})~([^~]{1,100})~[^~]+$/.exec(documentId) : null;
  if (deployment) return { name: deployment[1]!, version: deployment[2]! };
  return { name: unknownClient, version: version ?? '' };
}

interface UsageParams {
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/**
 * What the response cache needs to count an answer it serves without executing: the coordinates an
 * execution used, kept with the answer, and a way to count them again for the request at hand.
 */
export interface UsageRecorder {
  coordinatesOf(args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: unknown }): readonly string[];
  record(request: HeaderSource, params: UsageParams | undefined, coordinates: Iterable<string>): void;
}

/**
 * Usage reporting: every operation that executes adds one to each schema coordinate it uses, under
 * its client and the hour. It runs after the other policies' onExecute, so an operation that failed
 * validation or was refused (cost, limits) is not counted. The request only reads a cache and adds
 * to a map; sending is the reporter's, on a timer (usage-report.ts).
 */
export function useUsageReporting(options: {
  cache: CoordinateCache;
  counts: UsageCounts;
  reporter: UsageReporter;
  metrics: GatewayMetrics | null;
  /** The persisted document id a request ran by, which its params no longer hold once the document replaced it. */
  documentIdOf?: (request: object) => string | undefined;
}): GatewayPlugin & UsageRecorder {
  const { cache, counts, reporter, metrics, documentIdOf } = options;
  if (metrics) {
    new Counter({
      name: 'vangnet_gateway_usage_dropped_total',
      help: 'Usage counts dropped because USAGE_MAX_KEYS distinct keys were waiting to be sent (the registry away too long, or too many clients)',
      registers: [metrics.registry],
      collect() {
        this.reset();
        this.inc(counts.dropped + reporter.rejectedCounts);
      },
    });
    new Gauge({
      name: 'vangnet_gateway_usage_unsent_keys',
      help: 'Usage keys (hour, client, version, coordinate) counted and not yet taken by the registry',
      registers: [metrics.registry],
      collect() {
        this.set(reporter.unsentKeys);
      },
    });
  }
  reporter.start();
  const coordinatesIn: (args: Parameters<UsageRecorder['coordinatesOf']>[0]) => Iterable<string> = (args) =>
    cache.coordinates(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
  const record = (request: HeaderSource, params: UsageParams | undefined, coordinates: Iterable<string>) => {
    const client = clientOf(request, documentIdOf?.(request) ?? params?.documentId ?? params?.extensions?.persistedQuery?.sha256Hash);
    counts.record(client.name, client.version, coordinates);
  };
  return {
    coordinatesOf: (args) => [...coordinatesIn(args)],
    record,
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request; params?: UsageParams };
      if (!context.request) return;
      record(context.request, context.params, coordinatesIn(args));
    },
    onDispose() {
      return reporter.stop();
    },
  };
}
