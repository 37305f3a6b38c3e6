/**
 * The effect of each change, measured in this run: the gateway as it runs now against the same
 * gateway with one change undone, interleaved, on the region page at the first scale.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startTypeScriptProcess, type ServiceProcess } from '../../lib/processes.js';
import { startService } from '../../lib/services.js';
import { median } from '../measure.js';
import { measureHeavy, warmUp, type Heavy } from './measure-load.js';
import { log, type GatewaysRun } from './measure-scale.js';
import { readyGatewayTarget, requestSender, stopTarget, type PeerBundles, type SendRequest, type Target } from './targets.js';

const gatewayMain = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'gateway', 'src', 'main.ts');

export interface Variation {
  name: string;
  change: string;
  start(port: number): ServiceProcess;
}

export interface VariationResult {
  name: string;
  change: string;
  runs: Heavy[];
}

/**
 * Stands in for the registry's `POST /usage`: takes each batch at once, so the usage variant
 * measures what reporting costs the gateway, not how fast a registry stores it.
 */
async function startUsageSink(): Promise<{ url: string; batches: () => number; stop: () => Promise<void> }> {
  let batches = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/usage') batches += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"redenen":[],"merged":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    batches: () => batches,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function variationsOf(supergraphFile: string, peers: PeerBundles, usageSinkUrl: string): Variation[] {
  /** The hub's gateway bundle with these settings on top of its defaults. */
  // Without the response cache, as the comparison with the peers runs; its effect is a variant.
  const gatewayWith = (name: string, env: Record<string, string>) => (port: number) =>
    startService('gateway', { name, args: [supergraphFile], env: { PORT: String(port), RESPONSE_CACHE: 'false', ...env } });
  return [
    { name: 'as it runs', change: 'the gateway as `npm start` runs it, without the response cache (RESPONSE_CACHE=false)', start: gatewayWith('as-it-runs', {}) },
    {
      name: 'through tsx, heap not capped',
      change: 'services bundled by esbuild instead of loaded through the tsx TypeScript loader, and the heap capped (GATEWAY_HEAP_MB)',
      start: (port) => startTypeScriptProcess({ name: 'through-tsx', entry: gatewayMain, args: [supergraphFile], env: { PORT: String(port) } }),
    },
    { name: 'heap not capped', change: 'the heap capped at GATEWAY_HEAP_MB=192 (here 4096)', start: gatewayWith('heap-4096', { GATEWAY_HEAP_MB: '4096' }) },
    {
      name: 'V8\'s own heap growth',
      change: 'the old generation let grow to 2x its live size before a full collection (GATEWAY_HEAP_GROWTH_PERCENT=100; here 0, V8\'s own 1.3x under the cap)',
      start: gatewayWith('heap-growth-v8', { GATEWAY_HEAP_GROWTH_PERCENT: '0' }),
    },
    {
      name: 'identical subgraph calls not shared',
      change: 'identical subgraph calls in flight share one request (DEDUPLICATE_SUBGRAPH_CALLS=true, the default); how much it saves depends on how often clients ask the same at once',
      start: gatewayWith('no-dedupe', { DEDUPLICATE_SUBGRAPH_CALLS: 'false' }),
    },
    {
      name: 'identical requests not shared',
      change: 'a query arriving while an identical one executes shares its execution (SHARE_IDENTICAL_REQUESTS=true, the default); of 8 clients on the region page some ask the same at once',
      start: gatewayWith('no-request-sharing', { SHARE_IDENTICAL_REQUESTS: 'false' }),
    },
    {
      name: 'response cache on',
      change:
        'the response cache off, as the comparison with the peers runs; the variant serves the region page\'s anonymous answers from the cache (RESPONSE_CACHE=true, the default of `npm start`), so a ratio above 1 is what the cache saves',
      start: gatewayWith('response-cache', { RESPONSE_CACHE: 'true' }),
    },
    {
      name: 'subgraph calls through WHATWG fetch',
      change: 'subgraph calls sent with node:http on kept-alive connections (SUBGRAPH_FETCH=node) instead of the runtime\'s WHATWG fetch',
      start: gatewayWith('whatwg-fetch', { SUBGRAPH_FETCH: 'whatwg' }),
    },
    {
      name: 'Hive Gateway runtime alone',
      change: 'vangnet\'s layer on the runtime it is built on: its plugins (limits, tokens, deadlines, request log, metrics, error codes) and its subgraph calls; undone, the same process runs `@graphql-hive/gateway-runtime` with the Rust planner and nothing else (bench/peers/hive-runtime.ts)',
      start: (port) => startService('gateway', { name: 'hive-runtime', bundle: peers.hiveRuntime, args: [supergraphFile], env: { PORT: String(port) } }),
    },
    {
      name: 'usage reporting on',
      change:
        'usage reporting off, as on a gateway without a registry; the variant counts every coordinate of every operation per client and sends the counts every second (USAGE_FLUSH_MS=1000, ten times the default rate) to a stand-in for the registry, so a ratio below 1 is what reporting costs',
      start: gatewayWith('usage-on', { USAGE_REPORTING: 'true', USAGE_REGISTRY_URL: usageSinkUrl, USAGE_FLUSH_MS: '1000' }),
    },
    { name: 'NODE_ENV=development', change: 'the gateway started with NODE_ENV=production (graphql-js skips its development checks)', start: gatewayWith('node-env-development', { NODE_ENV: 'development' }) },
  ];
}

export async function measureVariations(run: GatewaysRun, scale: number): Promise<VariationResult[]> {
  const { config, hub, peers, workloads, subgraphPids, errors } = run;
  const regioPaginaWorkload = workloads.find((workload) => workload.name === 'regio-pagina')!;
  const running: Array<{ variation: Variation; target: Target; send: SendRequest }> = [];
  const usageSink = await startUsageSink();
  for (const variation of variationsOf(hub.supergraphFile, peers, usageSink.url)) {
    const port = await freePort();
    const target = await readyGatewayTarget('vangnet', variation.start(port), port, config.clients);
    running.push({ variation, target, send: requestSender(target, regioPaginaWorkload, []) });
  }
  for (const { send } of running) await warmUp(send, config.clients, config.warmupSeconds);
  const runs = new Map(running.map(({ variation }) => [variation.name, [] as Heavy[]]));
  for (let round = 0; round < config.variationRounds; round++) {
    // Each round starts one variant further on, so every variant takes every place in a round and
    // waits the same time between its runs.
    const order = running.map((_, index) => running[(index + round) % running.length]!);
    for (const { variation, target, send } of order) {
      const processes = { gateway: target.process!.child.pid!, ...subgraphPids };
      runs.get(variation.name)!.push(await measureHeavy(send, { processes, context: { scale, target: 'vangnet', workload: 'regio-pagina' }, errors, clients: config.clients, seconds: config.variationSeconds }));
    }
  }
  const results: VariationResult[] = [];
  for (const { variation, target } of running) {
    results.push({ name: variation.name, change: variation.change, runs: runs.get(variation.name)! });
    await stopTarget(target);
  }
  await usageSink.stop();
  if (usageSink.batches() === 0) errors.push({ scale, target: 'vangnet', workload: 'regio-pagina', message: 'the usage reporting variant sent no batch: it measured nothing' });
  log(`×${scale} effect of each change: ${results.map((result) => `${result.name} ${median(result.runs.map((run) => run.cpuMsPerRequest.gateway!)).toFixed(2)} ms CPU/req`).join(', ')}`);
  return results;
}
