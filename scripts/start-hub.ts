// `npm start`: runs every hub subgraph and the gateway on their default ports, on SQLite files
// under ./data (created, migrated and seeded on first start), until Ctrl-C.
import { join } from 'node:path';
import { waitUntilReady, type ServiceProcess } from '../lib/processes.js';
import { hubSubgraphs } from '../lib/hub-subgraphs.js';
import { repositoryRoot } from '../lib/paths.js';
import { buildServices, startService } from '../lib/services.js';

const gatewayPort = Number(process.env.PORT ?? 4000);
const registryPort = Number(process.env.REGISTRY_PORT ?? 4010);
const services: ServiceProcess[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  stopping = true;
  await Promise.all(services.map((service) => service.stop()));
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

function watchExit(service: ServiceProcess): void {
  service.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`vangnet: ${service.name} stopped unexpectedly (exit code ${code}); stopping the hub.`);
    void stopAll(1);
  });
}

try {
  await buildServices();
  for (const subgraph of hubSubgraphs) {
    const service = startService(subgraph.name, {
      env: { PORT: String(subgraph.port), DATA_DIR: process.env.DATA_DIR ?? join(repositoryRoot, 'data') },
      echo: true,
    });
    services.push(service);
    watchExit(service);
  }
  await Promise.all(
    hubSubgraphs.map((subgraph, index) => waitUntilReady(`http://127.0.0.1:${subgraph.port}/healthcheck`, services[index]!)),
  );
  const dataDir = process.env.DATA_DIR ?? join(repositoryRoot, 'data');
  const registry = startService('registry', {
    env: { PORT: String(registryPort), DATA_DIR: dataDir },
    echo: true,
  });
  services.push(registry);
  watchExit(registry);
  await waitUntilReady(`http://127.0.0.1:${registryPort}/healthcheck`, registry);
  // A supergraph file on the command line runs the gateway on that file instead of the registry.
  const gateway = startService('gateway', {
    args: process.argv.slice(2),
    env: { PORT: String(gatewayPort), REGISTRY_URL: `http://127.0.0.1:${registryPort}`, DATA_DIR: dataDir },
    echo: true,
  });
  services.push(gateway);
  watchExit(gateway);
  await waitUntilReady(`http://127.0.0.1:${gatewayPort}/readiness`, gateway);
  console.log(`\nvangnet is running: GraphQL and GraphiQL at http://localhost:${gatewayPort}/graphql, the Transferpunt werkbak at http://localhost:${gatewayPort}/werkbak/, the directory's beheer page at http://localhost:${gatewayPort}/beheer/, registry at http://localhost:${registryPort} (Ctrl-C stops it)\n`);
} catch (error) {
  console.error(`vangnet: the hub did not start: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}
