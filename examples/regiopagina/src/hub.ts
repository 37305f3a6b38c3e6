/// <reference lib="dom" />
import type { TypedDocumentString } from './gql/graphql.js';

/** Where the page sends its operations: the page's own origin, which serve.ts passes on to the hub. */
const graphqlUrl = '/graphql';

export class HubError extends Error {
  override name = 'HubError';
}

/**
 * Sends one typed operation and returns its data. A partial answer (data with errors) is refused
 * too: the public page would rather say it could not load than show a region with gaps.
 */
export async function execute<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new HubError('De hub is niet bereikbaar. Probeer het later opnieuw.');
  }
  const body = (await response.json().catch(() => null)) as { data?: Result | null; errors?: Array<{ message: string }> } | null;
  if (!body || body.errors?.length || !body.data) {
    throw new HubError(`De hub gaf geen antwoord (HTTP ${response.status}${body?.errors?.[0] ? `: ${body.errors[0].message}` : ''}).`);
  }
  return body.data;
}
