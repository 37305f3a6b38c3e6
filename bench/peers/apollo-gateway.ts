/**
 * The peer: Apollo Gateway (Elastic-2.0, a development dependency for this comparison only), as a
 * region would run it: @apollo/server's standalone server on the same supergraph file, forwarding
 * the user's token to woonopties and to no other subgraph, like the hub's gateway.
 *
 * With PEER_RESPONSE_CACHE_TTL_S set, it also runs Apollo Server's response cache
 * (`@apollo/server-plugin-response-cache`, in Apollo Server's own bounded in-memory cache) on what
 * vangnet's response cache holds, for that many seconds: anonymous queries that asked only the
 * subgraphs with a change feed. A hit carries an `age` header.
 *
 *   node dist/bench-apollo-gateway.mjs SUPERGRAPH_FILE   (PORT, default 4100; PEER_RESPONSE_CACHE_TTL_S)
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { changeFeeds } from '../../gateway/src/response-cache.js';

interface Context {
  authorization: string | undefined;
}

const supergraphFile = process.argv[2];
if (!supergraphFile) {
  console.error('usage: apollo-gateway SUPERGRAPH_FILE');
  process.exit(2);
}
const cacheSeconds = Number(process.env.PEER_RESPONSE_CACHE_TTL_S ?? 0);

// Behind a gateway, Apollo Server's cache-control plugin sees no resolvers run (the gateway executes
// a query plan, not the schema's resolvers), so `defaultMaxAge` and @cacheControl hints never apply:
// an answer's cache policy comes only from the subgraphs' Cache-Control headers, which
// RemoteGraphQLDataSource folds in, a missing header counting as max-age 0. The hub's subgraphs send
// none, so the peer gives every query the time-to-live and lets only the subgraphs vangnet never
// caches (woonopties) restrict it: their missing header still makes the answer uncacheable.
const cachedSubgraphs = new Set(Object.keys(changeFeeds));

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphFile, 'utf8'),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource<Context>({
      url,
      honorSubgraphCacheControlHeader: !(cacheSeconds > 0 && cachedSubgraphs.has(name)),
      willSendRequest({ request, context }) {
        if (name === 'woonopties' && context.authorization) request.http?.headers.set('authorization', context.authorization);
      },
    }),
});

// As vangnet: nothing with a token or a cookie is read from the cache or stored in it.
const isAnonymous = async ({ request }: GraphQLRequestContext<Context>) => !request.http?.headers.get('authorization') && !request.http?.headers.get('cookie');

const cacheForTimeToLive: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, overallCachePolicy }) {
        if (operation?.operation === 'query') overallCachePolicy.replace({ maxAge: cacheSeconds, scope: 'PUBLIC' });
      },
    };
  },
};

const server = new ApolloServer<Context>({
  gateway,
  includeStacktraceInErrorResponses: !!process.env.PEER_STACKS,
  plugins: cacheSeconds > 0 ? [cacheForTimeToLive, responseCachePlugin<Context>({ shouldReadFromCache: isAnonymous, shouldWriteToCache: isAnonymous })] : [],
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4100), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(JSON.stringify({ level: 'info', service: 'apollo-gateway', message: 'listening', url, responseCacheSeconds: cacheSeconds }));

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
