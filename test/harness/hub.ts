import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startTypeScriptProcess, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { createTestDatabase, dropTestDatabase, testPostgresUrl } from './database.js';
import { composeHubSupergraph, hubSubgraphs, repositoryRoot } from '../../schema/subgraphs.js';

export interface HubInfo {
  gatewayUrl: string;
  gatewayBaseUrl: string;
  subgraphBaseUrls: Record<string, string>;
  dataDir: string;
  /** The PostgreSQL database the hub's services keep their schemas in; null when they use SQLite files. */
  databaseUrl: string | null;
  supergraphFile: string;
}

export interface RunningHub extends HubInfo {
  registryUrl: string | null;
  registryProcess: ServiceProcess | null;
  subgraphProcesses: Record<string, ServiceProcess>;
  gatewayProcess: ServiceProcess;
  stop(): Promise<void>;
}

export interface HubOptions {
  /** Exposes each subgraph's SQL statement counter at /debug/sql-statements. */
  countStatements?: boolean;
  gatewayEnv?: Record<string, string>;
  /** Extra environment for every subgraph process (for example production mode and its keys). */
  subgraphEnv?: Record<string, string>;
  /** Runs the registry too, and the gateway on the registry's supergraph instead of a file. */
  withRegistry?: boolean;
}

export const gatewayEntry = join(repositoryRoot, 'gateway', 'src', 'main.ts');

/**
 * Starts the real hub: every subgraph as its own process on a free port with its own SQLite files
 * in a fresh temporary directory, and the gateway on a supergraph composed for those ports.
 */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vangnet-test-'));
  // On PostgreSQL every hub gets a database of its own, so hubs in parallel test files never share rows.
  const databaseUrl = testPostgresUrl ? await createTestDatabase() : null;
  const databaseEnv: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
  const removeData = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  };
  const subgraphProcesses: Record<string, ServiceProcess> = {};
  const subgraphBaseUrls: Record<string, string> = {};
  try {
    await Promise.all(
      hubSubgraphs.map(async (subgraph) => {
        const port = await freePort();
        const service = startTypeScriptProcess({
          name: subgraph.name,
          entry: subgraph.mainFile,
          env: { PORT: String(port), DATA_DIR: dataDir, ...databaseEnv, VANGNET_SQL_STATEMENT_COUNT: options.countStatements ? 'true' : 'false', ...options.subgraphEnv },
        });
        subgraphProcesses[subgraph.name] = service;
        subgraphBaseUrls[subgraph.name] = `http://127.0.0.1:${port}`;
        await waitUntilReady(`http://127.0.0.1:${port}/healthcheck`, service);
      }),
    );
    const supergraphFile = join(dataDir, 'supergraph.graphql');
    writeFileSync(
      supergraphFile,
      composeHubSupergraph(Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]))),
    );
    let registryProcess: ServiceProcess | null = null;
    let registryUrl: string | null = null;
    if (options.withRegistry) {
      const port = await freePort();
      registryUrl = `http://127.0.0.1:${port}`;
      registryProcess = startTypeScriptProcess({
        name: 'registry',
        entry: join(repositoryRoot, 'registry', 'src', 'main.ts'),
        env: {
          PORT: String(port),
          DATA_DIR: dataDir,
          ...databaseEnv,
          HUB_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]))),
        },
      });
      await waitUntilReady(`${registryUrl}/healthcheck`, registryProcess);
    }
    const gateway = registryUrl
      ? await startGateway(null, { REGISTRY_URL: registryUrl, DATA_DIR: dataDir, ...options.gatewayEnv })
      : await startGateway(supergraphFile, options.gatewayEnv);
    return {
      ...gateway,
      registryUrl,
      registryProcess,
      dataDir,
      databaseUrl,
      supergraphFile,
      subgraphBaseUrls,
      subgraphProcesses,
      async stop() {
        await Promise.all([gateway.gatewayProcess.stop(), registryProcess?.stop(), ...Object.values(subgraphProcesses).map((service) => service.stop())]);
        await removeData();
      },
    };
  } catch (error) {
    await Promise.all(Object.values(subgraphProcesses).map((service) => service.stop()));
    await removeData();
    throw error;
  }
}

export async function startGateway(
  supergraphFile: string | null,
  env: Record<string, string> = {},
): Promise<{ gatewayUrl: string; gatewayBaseUrl: string; gatewayProcess: ServiceProcess }> {
  const port = await freePort();
  const gatewayProcess = startTypeScriptProcess({
    name: 'gateway',
    entry: gatewayEntry,
    args: supergraphFile ? [supergraphFile] : [],
    env: { PORT: String(port), SUPERGRAPH_POLL_MS: '100', ...env },
  });
  const gatewayBaseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${gatewayBaseUrl}/readiness`, gatewayProcess);
  return { gatewayUrl: `${gatewayBaseUrl}/graphql`, gatewayBaseUrl, gatewayProcess };
}
