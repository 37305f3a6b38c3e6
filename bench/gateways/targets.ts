/**
 * The targets the benchmark compares, each on the same subgraphs and supergraph: vangnet's gateway
 * with either query planner, Apollo Gateway as the peer, and the floor (the subgraphs asked directly).
 */
import { Agent } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { freePort, startNodeProcess, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { distDirectory, startService } from '../../lib/services.js';
import { failureOf, post } from './http.js';
import { replay, type RecordedCall } from './subgraph-calls.js';
import type { Workload } from './workloads.js';

const peersDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'peers');

export type TargetName = 'vangnet' | 'vangnet-js' | 'apollo' | 'floor';

export const TARGET_NAMES: TargetName[] = ['vangnet', 'vangnet-js', 'apollo', 'floor'];

export const TARGET_TITLES: Record<TargetName, string> = {
  vangnet: 'vangnet (Rust planner)',
  'vangnet-js': 'vangnet, JS planner',
  apollo: 'Apollo Gateway (peer)',
  floor: 'subgraphs directly (floor)',
};

export interface Target {
  name: TargetName;
  process: ServiceProcess | null;
  url: URL | null;
  agent: Agent;
}

export interface PeerBundles {
  apollo: string;
  hiveRuntime: string;
}

/**
 * The peer runs as a bundle too, so neither gateway pays for a TypeScript loader; so does the bare
 * Hive Gateway runtime of the effect of each change.
 */
export async function buildPeers(): Promise<PeerBundles> {
  const bundle = async (entry: string, name: string) => {
    const outfile = join(distDirectory, name);
    await build({ entryPoints: [join(peersDirectory, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
    return outfile;
  };
  return { apollo: await bundle('apollo-gateway.ts', 'bench-apollo-gateway.mjs'), hiveRuntime: await bundle('hive-runtime.ts', 'bench-hive-runtime.mjs') };
}

function keepAliveAgent(clients: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: clients });
}

export async function startTarget(name: TargetName, supergraphFile: string, apolloBundle: string, clients: number): Promise<Target> {
  if (name === 'floor') return { name, process: null, url: null, agent: keepAliveAgent(clients) };
  const port = await freePort();
  if (name === 'apollo') {
    const peer = startNodeProcess({ name: 'apollo-gateway', nodeArgs: [apolloBundle, supergraphFile], env: { PORT: String(port) } });
    const url = new URL(`http://127.0.0.1:${port}/graphql`);
    await waitUntilAnswers(url, peer);
    return { name, process: peer, url, agent: keepAliveAgent(clients) };
  }
  const gateway = startService('gateway', {
    name,
    args: [supergraphFile],
    // Uncached, like for like with the peers: the response cache is measured as a variation of its own.
    env: { PORT: String(port), QUERY_PLANNER: name === 'vangnet-js' ? 'js' : 'rust', SUPERGRAPH_POLL_MS: '60000', RESPONSE_CACHE: 'false' },
  });
  return readyGatewayTarget(name, gateway, port, clients);
}

export async function readyGatewayTarget(name: TargetName, gateway: ServiceProcess, port: number, clients: number): Promise<Target> {
  await waitUntilReady(`http://127.0.0.1:${port}/readiness`, gateway);
  return { name, process: gateway, url: new URL(`http://127.0.0.1:${port}/graphql`), agent: keepAliveAgent(clients) };
}

async function waitUntilAnswers(url: URL, service: ServiceProcess): Promise<void> {
  const agent = new Agent({ keepAlive: false });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited:\n${service.output()}`);
    try {
      if ((await post(agent, url, '{"query":"{ __typename }"}', {})).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} did not answer at ${url}:\n${service.output()}`);
}

export async function stopTarget(target: Target): Promise<void> {
  await target.process?.stop();
  target.agent.destroy();
}

export interface SentRequest {
  ms: number;
  failure: string | null;
}

export type SendRequest = () => Promise<SentRequest>;

export function requestSender(target: Target, workload: Workload, floorCalls: RecordedCall[][]): SendRequest {
  let next = 0;
  return async () => {
    const index = next++ % workload.variants.length;
    const variant = workload.variants[index]!;
    const began = performance.now();
    try {
      if (target.name === 'floor') {
        const failure = await replay(floorCalls[index]!, target.agent);
        return { ms: performance.now() - began, failure };
      }
      const answer = await post(target.agent, target.url!, JSON.stringify({ query: workload.query, variables: variant.variables }), variant.headers);
      return { ms: performance.now() - began, failure: failureOf(answer) };
    } catch (error) {
      return { ms: performance.now() - began, failure: `request failed: ${(error as Error).message}` };
    }
  };
}
