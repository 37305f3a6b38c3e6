import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { jsonResponse } from '../http-errors.js';
import type { SubgraphEndpoint } from '../supergraph-source.js';

const readinessPath = '/readiness';

interface SubgraphStatus {
  name: string;
  url: string;
  ok: boolean;
  error?: string;
}

/** A subgraph is ready when it answers a trivial GraphQL query; `__typename` touches no data. */
async function probe(endpoint: SubgraphEndpoint, timeoutMs: number, fetchFn: typeof fetch): Promise<SubgraphStatus> {
  try {
    const response = await fetchFn(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return { ...endpoint, ok: false, error: `HTTP ${response.status}` };
    const body = (await response.json()) as { data?: { __typename?: string } };
    return body.data?.__typename ? { ...endpoint, ok: true } : { ...endpoint, ok: false, error: 'no data in answer' };
  } catch (error) {
    return { ...endpoint, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export interface ReadinessOptions {
  /** The subgraphs of the supergraph being served now. */
  endpoints: () => SubgraphEndpoint[];
  timeoutMs: number;
  /** True once the server is shutting down: it then says so without asking the subgraphs. */
  isDraining: () => boolean;
  fetch: typeof fetch;
}

/**
 * Readiness means every subgraph answers, which the runtime's own check (is a supergraph loaded?)
 * does not test: 200 `ready` only when each one answers, else 503 naming the ones that do not.
 * A probe is not a GraphQL request: it is neither counted nor logged.
 */
export function useReadiness(options: ReadinessOptions): GatewayPlugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== readinessPath) return;
      if (options.isDraining()) return endResponse(jsonResponse(fetchAPI, 503, { status: 'shutting down', subgraphs: [] }));
      return Promise.all(options.endpoints().map((endpoint) => probe(endpoint, options.timeoutMs, options.fetch))).then(
        (subgraphs) => {
          const ready = subgraphs.every((subgraph) => subgraph.ok);
          endResponse(jsonResponse(fetchAPI, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs }));
        },
        (error: unknown) => endResponse(jsonResponse(fetchAPI, 500, { status: 'error', error: String(error) })),
      );
    },
  };
}
