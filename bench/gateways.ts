/**
 * The gateway against its peers, on the same subgraphs and the same supergraph, in one run:
 *
 * - vangnet: the hub's gateway as `npm start` runs it (Hive Gateway runtime, Rust query planner);
 * - vangnet, JS planner: the same gateway with QUERY_PLANNER=js;
 * - Apollo Gateway: the peer a region would otherwise pick (bench/peers/apollo-gateway.ts);
 * - floor: the subgraphs asked directly for exactly what the gateway asks them, in the same order
 *   (recorded through a proxy, replayed with the same dependencies): what any gateway costs at least.
 *
 * Then, at the first scale, the same comparison with response caches: vangnet's against Apollo Server's
 * with the same time-to-live, on the workloads vangnet caches, with the same answers' bytes from a bare
 * server as their floor (bench/gateways/cached.ts); and, at the last scale, the gateway's memory with
 * its response cache full (bench/gateways/cache-memory.ts).
 *
 *   node --import tsx bench/gateways.ts [--out results/gateways.md]
 *
 * Workloads are the README's front-end queries (bench/workloads.ts), at the seeds' data volume and at
 * ×10 and ×100 the regions, partners and housing records (bench/data-growth.ts). Per target and
 * workload: latency at light load (one client, one request at a time), then throughput under load
 * (BENCH_CLIENTS closed-loop clients for BENCH_SECONDS, BENCH_ROUNDS times, targets interleaved so a
 * slow moment of the machine hits them alike), with CPU time per request and peak RSS of every
 * process from /proc. SQL statements per request come from the subgraphs' own counters.
 *
 * BENCH_SCALES (default 1,10,100), BENCH_SECONDS (6), BENCH_ROUNDS (3), BENCH_CLIENTS (8) and
 * BENCH_LIGHT_REQUESTS (150) shape the run. Writes bench/gateways-raw.json and the Markdown section
 * to --out; exit code 3 when a target of the issue is missed (the report says which).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildServices } from '../lib/services.js';
import { startHub } from '../test/harness/hub.js';
import { describeMachine } from './report-parts.js';
import { measureFullCache, type FullCacheResult } from './gateways/cache-memory.js';
import { measureCached, type CachedResult } from './gateways/cached.js';
import { readGatewaysConfig } from './gateways/config.js';
import { log, measureScale, type GatewaysRun, type ScaleResult } from './gateways/measure-scale.js';
import { gatewaysMarkdown } from './gateways/report.js';
import { buildPeers } from './gateways/targets.js';
import { measureVariations, type VariationResult } from './gateways/variations.js';
import { judge } from './gateways/verdicts.js';
import { gatewayWorkloads } from './gateways/workloads.js';

const rawFile = join(dirname(fileURLToPath(import.meta.url)), 'gateways-raw.json');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const config = readGatewaysConfig();

await buildServices();
const peers = await buildPeers();
const workloads = await gatewayWorkloads(config.clients);
const hub = await startHub({ countStatements: true });
await hub.gatewayProcess.stop();
const run: GatewaysRun = {
  config,
  hub,
  peers,
  workloads,
  subgraphPids: Object.fromEntries(Object.entries(hub.subgraphProcesses).map(([name, service]) => [name, service.child.pid!])),
  errors: [],
};
const results: ScaleResult[] = [];
let variationResults: VariationResult[] = [];
let cached: CachedResult | undefined;
let fullCache: FullCacheResult | undefined;

log(`measuring (statement counters on) for scales ${config.scales.join(', ')}; ${config.clients} clients, ${config.rounds} rounds of ${config.seconds} s per target and workload`);

try {
  for (const scale of config.scales) {
    results.push(await measureScale(run, scale));
    if (scale === config.scales[0]) {
      variationResults = await measureVariations(run, scale);
      cached = await measureCached(run, scale);
    }
  }
  // The data stays at the last scale, so the cache fills with the largest answers measured.
  fullCache = await measureFullCache(run, config.scales.at(-1)!);
} finally {
  await hub.stop();
}

const verdicts = judge({ results, cached: cached!, fullCache }, workloads, config);
const passed = verdicts.every((verdict) => verdict.passed);
const omgeving = describeMachine();
writeFileSync(
  rawFile,
  `${JSON.stringify({ generated: new Date().toISOString(), omgeving, config, verdicts, results, variations: variationResults, cached, fullCache, errors: run.errors }, null, 1)}\n`,
);

const markdown = gatewaysMarkdown({ machine: omgeving, config, workloads, verdicts, passed, results, variationResults, cached: cached!, fullCache, errors: run.errors });
process.stdout.write(`${markdown}\n`);
if (args.out) writeFileSync(args.out, markdown);
process.exit(passed ? 0 : 3);
