import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

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
  readonly requestsInFlight = new Gauge({ name: 'vangnet_gateway_graphql_requests_in_flight', help: 'GraphQL requests admitted and not yet answered (MAX_IN_FLIGHT bounds them)', registers: [this.registry] });
  readonly shedRequests = new Counter({ name: 'vangnet_gateway_shed_requests_total', help: 'GraphQL requests answered 503 OVERLOADED at once because MAX_IN_FLIGHT were in flight', registers: [this.registry] });
  readonly sharedRequests = new Counter({ name: 'vangnet_gateway_shared_requests_total', help: 'GraphQL requests answered by the execution of an identical request already in flight instead of one of their own (SHARE_IDENTICAL_REQUESTS)', registers: [this.registry] });
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
