/**
 * The targets the benchmark compares, each on the same subgraphs and supergraph: vangnet's gateway
 * with either query planner, Apollo Gateway as the peer, and the floor (the subgraphs asked directly);
 * and, cached, vangnet with its response cache, Apollo Gateway with Apollo Server's, and a server of
 * the same answers' bytes as their floor.
 */
import { Agent } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { freePort, startNodeProcess, waitUntilReady, type ServiceProcess } from '../../lib/processes.js';
import { distDirectory, startService } from '../../lib/services.js';
import { failureOf, post, type Answer } from './http.js';
import { replay, type RecordedCall } from './subgraph-calls.js';
import type { Variant, Workload } from './workloads.js';

const peersDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'peers');

export type TargetName = 'vangnet' | 'vangnet-js' | 'apollo' | 'floor';

export const TARGET_NAMES: TargetName[] = ['vangnet', 'vangnet-js', 'apollo', 'floor'];

export type CachedTargetName = 'vangnet-cached' | 'apollo-cached' | 'static-answers';

export const CACHED_TARGET_NAMES: CachedTargetName[] = ['vangnet-cached', 'apollo-cached', 'static-answers'];

/** vangnet's default RESPONSE_CACHE_TTL_MS, which the peer's response cache is given too. */
export const CACHE_TTL_SECONDS = 60;

export const TARGET_TITLES: Record<TargetName | CachedTargetName, string> = {
  vangnet: 'vangnet (Rust planner)',
  'vangnet-js': 'vangnet, JS planner',
  apollo: 'Apollo Gateway (peer)',
  floor: 'subgraphs directly (floor)',
  'vangnet-cached': 'vangnet, response cache on',
  'apollo-cached': `Apollo Gateway + response cache (TTL ${CACHE_TTL_SECONDS} s)`,
  'static-answers': 'the same answer bytes from a bare node:http server (floor)',
};

export interface Target<Name extends TargetName | CachedTargetName = TargetName | CachedTargetName> {
  name: Name;
  process: ServiceProcess | null;
  url: URL | null;
  agent: Agent;
}

export interface PeerBundles {
  apollo: string;
  hiveRuntime: string;
  staticAnswers: string;
}

/**
 * The peer runs as a bundle too, so neither gateway pays for a TypeScript loader; so do the bare
 * Hive Gateway runtime of the effect of each change and the static floor of the cached comparison.
 */
export async function buildPeers(): Promise<PeerBundles> {
  const bundle = async (entry: string, name: string) => {
    const outfile = join(distDirectory, name);
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
    return outfile;
  };
  return {
    apollo: await bundle(join(peersDirectory, 'apollo-gateway.ts'), 'bench-apollo-gateway.mjs'),
    hiveRuntime: await bundle(join(peersDirectory, 'hive-runtime.ts'), 'bench-hive-runtime.mjs'),
    staticAnswers: await bundle(join(dirname(fileURLToPath(import.meta.url)), 'static-answers.ts'), 'bench-static-answers.mjs'),
  };
}

function keepAliveAgent(clients: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: clients });
}

export async function startTarget(name: TargetName, supergraphFile: string, apolloBundle: string, clients: number): Promise<Target<TargetName>> {
  if (name === 'floor') return { name, process: null, url: null, agent: keepAliveAgent(clients) };
  if (name === 'apollo') return startApolloTarget(name, apolloBundle, supergraphFile, {}, clients);
  // Uncached, like for like with the peers: the response cache has a comparison of its own.
  return startGatewayTarget(name, supergraphFile, { QUERY_PLANNER: name === 'vangnet-js' ? 'js' : 'rust', RESPONSE_CACHE: 'false' }, clients);
}

/** The hub's gateway bundle with these settings on top of its defaults. */
export async function startGatewayTarget<Name extends Target['name']>(name: Name, supergraphFile: string, env: Record<string, string>, clients: number): Promise<Target<Name>> {
  const port = await freePort();
  const gateway = startService('gateway', { name, args: [supergraphFile], env: { PORT: String(port), SUPERGRAPH_POLL_MS: '60000', ...env } });
  return readyGatewayTarget(name, gateway, port, clients);
}

export async function startApolloTarget<Name extends Target['name']>(name: Name, apolloBundle: string, supergraphFile: string, env: Record<string, string>, clients: number): Promise<Target<Name>> {
  const port = await freePort();
  const peer = startNodeProcess({ name: 'apollo-gateway', nodeArgs: [apolloBundle, supergraphFile], env: { PORT: String(port), ...env } });
  const url = new URL(`http://127.0.0.1:${port}/graphql`);
  await waitUntilAnswers(url, peer);
  return { name, process: peer, url, agent: keepAliveAgent(clients) };
}

export async function readyGatewayTarget<Name extends Target['name']>(name: Name, gateway: ServiceProcess, port: number, clients: number): Promise<Target<Name>> {
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

/** `onAnswer` sees every answer of a target with a URL, headers included. */
export function requestSender(target: Target, workload: Workload, floorCalls: RecordedCall[][], onAnswer?: (answer: Answer) => void): SendRequest {
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
      const answer = await post(target.agent, target.url!, requestBody(workload, variant), variant.headers);
      onAnswer?.(answer);
      return { ms: performance.now() - began, failure: failureOf(answer) };
    } catch (error) {
      return { ms: performance.now() - began, failure: `request failed: ${(error as Error).message}` };
    }
  };
}

export function requestBody(workload: Workload, variant: Variant): string {
  return JSON.stringify({ query: workload.query, variables: variant.variables });
}
