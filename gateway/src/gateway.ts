import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GatewayConfig } from './config.js';
import type { SupergraphSource } from './supergraph-source.js';

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
  });
}
