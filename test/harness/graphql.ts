export interface GraphQLResponse<Data = any> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** A plain GraphQL-over-HTTP POST, as any front-end would send it. */
export async function graphql<Data = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<Data>;
  return { ...body, status: response.status };
}

export function errorCodes(response: GraphQLResponse): Array<string | undefined> {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
