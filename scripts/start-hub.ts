// `npm start`: runs every hub subgraph, the registry and the gateway on their default ports, on
// SQLite files under ./data (created, migrated and seeded on first start), until Ctrl-C. A service
// that exits later is restarted by the supervisor (lib/supervisor.ts) while the others keep running.
import { join } from 'node:path';
import { ConfigError } from '../lib/config.js';
import { readHubPorts } from '../lib/hub-ports.js';
import { waitUntilReady, type ServiceProcess } from '../lib/processes.js';
import { defaultSubgraphUrl, hubSubgraphs } from '../lib/hub-subgraphs.js';
import { repositoryRoot } from '../lib/paths.js';
import { buildServices, startService, type HubServiceName } from '../lib/services.js';
import { readRestartLimits, Supervisor } from '../lib/supervisor.js';

// Both are read before either is reported, so every bad variable is listed in one go.
const problems: string[] = [];
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
    return null;
  }
}
const ports = attempt(readHubPorts);
const limits = attempt(() => readRestartLimits());
if (!ports || !limits) {
  console.error(`vangnet: the hub did not start: ${new ConfigError(problems).message}`);
  process.exit(1);
}
const dataDir = process.env.DATA_DIR ?? join(repositoryRoot, 'data');
const supervisor = new Supervisor({ limits });
let stopping = false;

async function stopAll(code: number): Promise<never> {
  stopping = true;
  await supervisor.stop();
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

/**
 * `readyUrl` is asked at the first start; a restart waits for `restartReadyUrl`, because the
 * gateway's readiness also needs every subgraph, and one may be down for good while it restarts.
 */
function service(name: HubServiceName, env: Record<string, string>, readyUrl: string, options: { args?: string[]; restartReadyUrl?: string } = {}) {
  let starts = 0;
  return {
    name,
    launch: () => startService(name, { args: options.args ?? [], env: { DATA_DIR: dataDir, ...env }, echo: true }),
    ready: (started: ServiceProcess) => waitUntilReady(starts++ === 0 ? readyUrl : (options.restartReadyUrl ?? readyUrl), started),
  };
}

try {
  await buildServices();
  await Promise.all(
    hubSubgraphs.map((subgraph) => {
      const port = ports.subgraphs[subgraph.name]!;
      return supervisor.start(service(subgraph.name, { PORT: String(port) }, `http://127.0.0.1:${port}/healthcheck`));
    }),
  );
  // The registry tells the gateway where the subgraphs are; with the defaults these are their manifest URLs.
  const hubSubgraphUrls = Object.fromEntries(
    hubSubgraphs.map((subgraph) => [subgraph.name, defaultSubgraphUrl({ ...subgraph, port: ports.subgraphs[subgraph.name]! })]),
  );
  await supervisor.start(
    service('registry', { PORT: String(ports.registry), HUB_SUBGRAPH_URLS: JSON.stringify(hubSubgraphUrls) }, `http://127.0.0.1:${ports.registry}/healthcheck`),
  );
  // A supergraph file on the command line runs the gateway on that file instead of the registry.
  await supervisor.start(
    service(
      'gateway',
      { PORT: String(ports.gateway), REGISTRY_URL: `http://127.0.0.1:${ports.registry}` },
      `http://127.0.0.1:${ports.gateway}/readiness`,
      { args: process.argv.slice(2), restartReadyUrl: `http://127.0.0.1:${ports.gateway}/healthcheck` },
    ),
  );
  console.log(`\nvangnet is running: GraphQL and GraphiQL at http://localhost:${ports.gateway}/graphql, the Transferpunt werkbak at http://localhost:${ports.gateway}/werkbak/, the directory's beheer page at http://localhost:${ports.gateway}/beheer/, registry at http://localhost:${ports.registry} (Ctrl-C stops it)\n`);
} catch (error) {
  if (!stopping) {
    console.error(`vangnet: the hub did not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}
