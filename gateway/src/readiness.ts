import type { SubgraphEndpoint } from './supergraph-source.js';

export interface SubgraphStatus {
  name: string;
  url: string;
  ok: boolean;
  error?: string;
}

/** A subgraph is ready when it answers a trivial GraphQL query; `__typename` touches no data. */
async function probe(endpoint: SubgraphEndpoint, timeoutMs: number): Promise<SubgraphStatus> {
  try {
    const response = await fetch(endpoint.url, {
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

export async function checkSubgraphs(endpoints: SubgraphEndpoint[], timeoutMs: number): Promise<SubgraphStatus[]> {
  return Promise.all(endpoints.map((endpoint) => probe(endpoint, timeoutMs)));
}
