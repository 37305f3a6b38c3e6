/**
 * The engine vangnet's gateway is built on, with nothing of vangnet's: @graphql-hive/gateway-runtime
 * with the Rust query planner on the same supergraph file, its own WHATWG fetch, no plugins, no
 * limits, no token handling and no log. The benchmark compares it with the gateway as it runs, to
 * show what vangnet's layer costs or saves on top of the runtime (the effect of each change).
 *
 *   node dist/bench-hive-runtime.mjs SUPERGRAPH_FILE   (PORT, default 4200)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

const supergraphFile = process.argv[2];
if (!supergraphFile) {
  console.error('usage: hive-runtime SUPERGRAPH_FILE');
  process.exit(2);
}

const runtime = createGatewayRuntime({ supergraph: readFileSync(supergraphFile, 'utf8'), unifiedGraphHandler, logging: false });
const server = createServer((req, res) => void runtime(req, res));
const port = Number(process.env.PORT ?? 4200);
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ level: 'info', service: 'hive-runtime', message: 'listening', url: `http://127.0.0.1:${port}/graphql` }));
});

// The runtime keeps the process alive after SIGTERM unless the server is closed and the process exits.
const stop = async () => {
  server.close();
  server.closeAllConnections();
  await runtime.dispose();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
