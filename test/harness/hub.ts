import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { startService } from '../../lib/services.js';
import { createTestDatabase, dropTestDatabase, testPostgresUrl } from './database.js';
import { hubSubgraphs } from '../../lib/hub-subgraphs.js';
import { composeHubSupergraph } from '../../schema/subgraphs.js';

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
  /** Starts a stopped (or killed) subgraph again on its own port and data, and waits until it answers. */
  restartSubgraph(name: string): Promise<void>;
  /** Starts the gateway again on its own port after it was stopped. */
  restartGateway(): Promise<void>;
  stop(): Promise<void>;
}

export interface HubOptions {
  /** Exposes each subgraph's SQL statement counter at /debug/sql-statements. */
  countStatements?: boolean;
  gatewayEnv?: Record<string, string>;
  /** Extra environment for every subgraph process (for example production mode and its keys). */
  subgraphEnv?: Record<string, string>;
  /** Extra environment for one subgraph, by name (for example a DATA_DIR on a small disk). */
  subgraphEnvFor?: Record<string, Record<string, string>>;
  /** A PostgreSQL server to create the hub's database on, instead of the test run's. */
  postgresUrl?: string;
  /** Runs the registry too, and the gateway on the registry's supergraph instead of a file. */
  withRegistry?: boolean;
}

/**
 * Starts the real hub: every subgraph as its own process on a free port with its own SQLite files
 * in a fresh temporary directory, and the gateway on a supergraph composed for those ports.
 */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vangnet-test-'));
  // On PostgreSQL every hub gets a database of its own, so hubs in parallel test files never share rows.
  const postgresUrl = options.postgresUrl ?? testPostgresUrl;
  const databaseUrl = postgresUrl ? await createTestDatabase(postgresUrl) : null;
  const databaseEnv: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
  const removeData = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropTestDatabase(databaseUrl, postgresUrl!);
  };
  const subgraphProcesses: Record<string, ServiceProcess> = {};
  const subgraphBaseUrls: Record<string, string> = {};
  const subgraphStarts: Record<string, () => Promise<void>> = {};
  try {
    await Promise.all(
      hubSubgraphs.map(async (subgraph) => {
        const port = await freePort();
        subgraphBaseUrls[subgraph.name] = `http://127.0.0.1:${port}`;
        subgraphStarts[subgraph.name] = async () => {
          const service = startService(subgraph.name, {
            env: {
              PORT: String(port),
              DATA_DIR: dataDir,
              ...databaseEnv,
              VANGNET_SQL_STATEMENT_COUNT: options.countStatements ? 'true' : 'false',
              ...options.subgraphEnv,
              ...options.subgraphEnvFor?.[subgraph.name],
            },
          });
          subgraphProcesses[subgraph.name] = service;
          await waitUntilReady(`http://127.0.0.1:${port}/healthcheck`, service);
        };
        await subgraphStarts[subgraph.name]!();
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
      registryProcess = startService('registry', {
        env: {
          PORT: String(port),
          DATA_DIR: dataDir,
          ...databaseEnv,
          HUB_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]))),
        },
      });
      await waitUntilReady(`${registryUrl}/healthcheck`, registryProcess);
    }
    const gatewayArgs: [string | null, Record<string, string>] = registryUrl
      ? [null, { REGISTRY_URL: registryUrl, DATA_DIR: dataDir, ...options.gatewayEnv }]
      : [supergraphFile, { ...options.gatewayEnv }];
    const gateway = await startGateway(...gatewayArgs);
    const hub: RunningHub = {
      ...gateway,
      registryUrl,
      registryProcess,
      dataDir,
      databaseUrl,
      supergraphFile,
      subgraphBaseUrls,
      subgraphProcesses,
      async restartSubgraph(name) {
        await subgraphProcesses[name]?.stop();
        await subgraphStarts[name]!();
      },
      async restartGateway() {
        await hub.gatewayProcess.stop();
        const port = new URL(hub.gatewayBaseUrl).port;
        const restarted = await startGateway(gatewayArgs[0], { ...gatewayArgs[1], PORT: port });
        hub.gatewayProcess = restarted.gatewayProcess;
      },
      async stop() {
        await Promise.all([hub.gatewayProcess.stop(), registryProcess?.stop(), ...Object.values(subgraphProcesses).map((service) => service.stop())]);
        await removeData();
      },
    };
    return hub;
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
  const gatewayProcess = startService('gateway', {
    args: supergraphFile ? [supergraphFile] : [],
    // The response cache is on in the product; a test's gateway has it only when the test asks
    // (RESPONSE_CACHE=true), so tests that count subgraph calls, SQL statements or fault answers see
    // every request run. The shared hub of the e2e files turns it on (global-setup.ts).
    env: { SUPERGRAPH_POLL_MS: '100', RESPONSE_CACHE: 'false', ...env, PORT: env.PORT ?? String(port) },
  });
  const gatewayBaseUrl = `http://127.0.0.1:${env.PORT ?? port}`;
  await waitUntilReady(`${gatewayBaseUrl}/readiness`, gatewayProcess);
  return { gatewayUrl: `${gatewayBaseUrl}/graphql`, gatewayBaseUrl, gatewayProcess };
}
