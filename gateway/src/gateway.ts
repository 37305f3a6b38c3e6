import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayConfig } from './config.js';
import { useQueryLimits } from './query-limits.js';
import type { SupergraphSource } from './supergraph-source.js';

const subgraphsThatAuthenticate = new Set(['woonopties']);

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
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `Content-Type "${contentType || '(none)'}" is not supported: send the request body as application/json`,
                extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
              },
            ],
          }),
          { status: 415, headers: { 'content-type': 'application/json; charset=utf-8' } },
        ),
      );
    },
  };
}

/**
 * The hub's gateway: Hive Gateway with the Rust query planner, serving whatever supergraph the
 * source holds. On a change the previous schema generation keeps serving the requests already in
 * flight until they finish, so a reload never fails a request.
 */
export function createHubGateway(config: GatewayConfig, source: SupergraphSource): GatewayRuntime {
  return createGatewayRuntime({
    supergraph: () => source.sdl,
    unifiedGraphHandler,
    gracefulSchemaReload: { drainTimeout: config.reloadDrainMs },
    landingPage: false,
    // Inlined GraphiQL assets: the default page loads them from a CDN and is blank offline.
    renderGraphiQL,
    graphiql: { title: 'vangnet', defaultQuery: exampleQuery },
    logging: 'warn',
    // Limits are checked before any subgraph is asked, so a hostile query costs the hub a parse only.
    plugins: () => [
      useJsonContentType(),
      maxTokensPlugin({ n: config.maxTokens }),
      useQueryLimits({ maxDepth: config.maxDepth, maxAliases: config.maxAliases }),
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
