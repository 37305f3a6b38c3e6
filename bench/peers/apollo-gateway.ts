/**
 * The peer: Apollo Gateway (Elastic-2.0, a development dependency for this comparison only), as a
 * region would run it: @apollo/server's standalone server on the same supergraph file, forwarding
 * the user's token to woonopties and to no other subgraph, like the hub's gateway.
 *
 *   node dist/bench-apollo-gateway.mjs SUPERGRAPH_FILE   (PORT, default 4100)
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

interface Context {
  authorization: string | undefined;
}

const supergraphFile = process.argv[2];
if (!supergraphFile) {
  console.error('usage: apollo-gateway SUPERGRAPH_FILE');
  process.exit(2);
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphFile, 'utf8'),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource<Context>({
      url,
      willSendRequest({ request, context }) {
        if (name === 'woonopties' && context.authorization) request.http?.headers.set('authorization', context.authorization);
      },
    }),
});
const server = new ApolloServer<Context>({ gateway, includeStacktraceInErrorResponses: !!process.env.PEER_STACKS });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4100), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(JSON.stringify({ level: 'info', service: 'apollo-gateway', message: 'listening', url }));

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
