/** One GraphQL request of a soak, and what the soak counts as an error in its answer. */
import { cacheHeader } from '../../gateway/src/plugins/response-cache.js';

export interface SoakRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface SoakAnswer {
  /** The answer's data; null when it failed. */
  data: any;
  /** Why the answer is an error: an HTTP status other than 200, `errors`, no data, or no answer within the timeout. */
  failure: string | null;
  /** The gateway's x-vangnet-cache header: hit, miss or bypass; null without a cache. */
  cache: string | null;
}

export async function ask(url: string, request: SoakRequest, timeoutMs: number): Promise<SoakAnswer> {
  let data: any = null;
  let failure: string | null = null;
  let cache: string | null = null;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...request.headers },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    cache = response.headers.get(cacheHeader);
    const text = await response.text();
    let body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null = null;
    try {
      body = JSON.parse(text);
    } catch {
      failure = `HTTP ${response.status}, body is not JSON: ${text.slice(0, 200)}`;
    }
    if (body) {
      if (body.errors?.length) failure = `${response.status !== 200 ? `HTTP ${response.status}: ` : ''}${body.errors.map((error) => `${error.extensions?.code ?? 'NO_CODE'}: ${error.message}`).join('; ')}`;
      else if (response.status !== 200) failure = `HTTP ${response.status}`;
      else if (!body.data) failure = 'no data and no errors';
      else data = body.data;
    }
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    failure = `request failed: ${(error as Error).message}${cause ? ` (${cause})` : ''}`;
  }
  return { data, failure, cache };
}
