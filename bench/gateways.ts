/**
 * The gateway against its peers, on the same subgraphs and the same supergraph, in one run:
 *
 * - vangnet: the hub's gateway as `npm start` runs it (Hive Gateway runtime, Rust query planner);
 * - vangnet, JS planner: the same gateway with QUERY_PLANNER=js;
 * - Apollo Gateway: the peer a region would otherwise pick (bench/peers/apollo-gateway.ts);
 * - floor: the subgraphs asked directly for exactly what the gateway asks them, in the same order
 *   (recorded through a proxy, replayed with the same dependencies): what any gateway costs at least.
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
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { readConfig } from '../lib/config.js';
import { freePort, startNodeProcess, startTypeScriptProcess, waitUntilReady, type ServiceProcess } from '../lib/processes.js';
import { buildServices, distDirectory, startService } from '../lib/services.js';
import { composeHubSupergraph } from '../schema/subgraphs.js';
import { startHub, type RunningHub } from '../test/harness/hub.js';
import { bearer, tokenVoor } from '../test/harness/tokens.js';
import { growHubData, type DataVolume } from './data-growth.js';
import { median, percentile, readCpuSeconds, readMemoryMb } from './measure.js';
import { MATCHINGSPUNT, PARTNER_ZOEKTERMEN, partnerZoeken, productenLijst, REGIO_CODES, regioPagina, WERKLIJST_REGIO, werklijst } from './workloads.js';

const here = dirname(fileURLToPath(import.meta.url));
const rawFile = join(here, 'gateways-raw.json');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });

const config = readConfig((read) => ({
  scales: read
    .string('BENCH_SCALES', '1,10,100')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((scale) => Number.isInteger(scale) && scale >= 1),
  seconds: read.integer('BENCH_SECONDS', 6, { min: 1, max: 600 }),
  rounds: read.integer('BENCH_ROUNDS', 3, { min: 1, max: 20 }),
  clients: read.integer('BENCH_CLIENTS', 8, { min: 1, max: 256 }),
  lightRequests: read.integer('BENCH_LIGHT_REQUESTS', 150, { min: 10, max: 100_000 }),
  // On a noisy machine one round of a target varies by ±30 %; a first round right after start-up
  // also pays for the JIT. Load before the rounds, and more rounds where effects are small.
  warmupSeconds: read.integer('BENCH_WARMUP_SECONDS', 3, { min: 0, max: 600 }),
  variationRounds: read.integer('BENCH_VARIATION_ROUNDS', 15, { min: 1, max: 100 }),
  variationSeconds: read.integer('BENCH_VARIATION_SECONDS', 2, { min: 1, max: 600 }),
}));

// The issue's targets.
const MAX_CPU_RATIO_REGION_PAGE = 1 / 3;
const MAX_ADDED_P50_MS = 2;
const MAX_GATEWAY_RSS_MB = 300;

// ---------------------------------------------------------------------------------------------
// Workloads: each a fixed document with a few sets of variables, sent in turn.

type WorkloadName = 'regio-pagina' | 'partner-zoeken' | 'producten' | 'werklijst';

interface Variant {
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

interface Workload {
  name: WorkloadName;
  title: string;
  query: string;
  variants: Variant[];
}

async function workloads(): Promise<Workload[]> {
  // One Transferpunt worker per client: a worklist is one person's, and the gateway shares only
  // identical calls with the same token, so one token for every client would share nearly all.
  const transferpunt = await Promise.all(
    Array.from({ length: config.clients }, async (_, index) =>
      bearer(await tokenVoor({ id: `bench-medewerker-${index + 1}`, rollen: ['TRANSFERPUNT'], regio: WERKLIJST_REGIO, organisatie: 'gemeente-venlo' }, '24h')),
    ),
  );
  const regios: Array<string | null> = [null, ...REGIO_CODES];
  return [
    { name: 'regio-pagina', title: 'region page (all four subgraphs)', query: regioPagina, variants: REGIO_CODES.map((code) => ({ variables: { code }, headers: {} })) },
    {
      name: 'partner-zoeken',
      title: 'partner search page',
      query: partnerZoeken,
      variants: PARTNER_ZOEKTERMEN.map((zoek, index) => ({ variables: { zoek, regio: regios[index % regios.length], rol: index % 2 === 0 ? null : 'KETENPARTNER', after: null }, headers: {} })),
    },
    { name: 'producten', title: 'products and subsidies', query: productenLijst, variants: REGIO_CODES.map((code) => ({ variables: { code, after: null }, headers: {} })) },
    { name: 'werklijst', title: 'Transferpunt worklist (a staff token per client)', query: werklijst, variants: transferpunt.map((headers) => ({ variables: {}, headers })) },
  ];
}

// ---------------------------------------------------------------------------------------------
// HTTP: one keep-alive agent per target, plain node:http so the load generator stays light.

interface Answer {
  status: number;
  body: string;
}

function post(agent: Agent, url: URL, body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** An answer counts only when it is HTTP 200 with data and without errors. */
function failureOf(answer: Answer): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
  if (answer.body.includes('"errors"')) return `errors: ${answer.body.slice(0, 300)}`;
  if (!answer.body.includes('"data"')) return `no data: ${answer.body.slice(0, 200)}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// The floor: what the gateway sends each subgraph for one request, recorded through a proxy.

interface RecordedCall {
  subgraph: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  startedAt: number;
  endedAt: number;
  /** Calls that had answered before this one was sent: the gateway needed their data for it. */
  after: number[];
}

interface RecordingProxy {
  subgraph: string;
  url: string;
  calls: RecordedCall[];
  server: Server;
}

async function startRecordingProxy(subgraph: string, target: string): Promise<RecordingProxy> {
  const calls: RecordedCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const startedAt = performance.now();
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = pick(req.headers, ['authorization']);
      const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const text = await response.text();
      calls.push({ subgraph, url: target, body, headers, startedAt, endedAt: performance.now(), after: [] });
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { subgraph, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, calls, server };
}

function pick(headers: IncomingHttpHeaders, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) if (typeof headers[name] === 'string') picked[name] = headers[name];
  return picked;
}

/** Replays one request's subgraph calls: each starts as soon as the calls it came after have answered. */
async function replay(calls: RecordedCall[], agent: Agent): Promise<string | null> {
  const done = new Array<Promise<string | null>>(calls.length);
  const run = async (index: number): Promise<string | null> => {
    const call = calls[index]!;
    const before = await Promise.all(call.after.map((dependency) => done[dependency]!));
    const failed = before.find((failure) => failure !== null);
    if (failed) return failed;
    const answer = await post(agent, new URL(call.url), call.body, call.headers);
    return answer.status === 200 ? null : `${call.subgraph}: HTTP ${answer.status}`;
  };
  for (let index = 0; index < calls.length; index++) done[index] = run(index);
  const failures = (await Promise.all(done)).filter((failure) => failure !== null);
  return failures[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Targets.

type TargetName = 'vangnet' | 'vangnet-js' | 'apollo' | 'floor';

interface Target {
  name: TargetName;
  process: ServiceProcess | null;
  url: URL | null;
  agent: Agent;
}

const TARGET_TITLES: Record<TargetName, string> = {
  vangnet: 'vangnet (Rust planner)',
  'vangnet-js': 'vangnet, JS planner',
  apollo: 'Apollo Gateway (peer)',
  floor: 'subgraphs directly (floor)',
};

/**
 * The peer runs as a bundle too, so neither gateway pays for a TypeScript loader; so does the bare
 * Hive Gateway runtime of the effect of each change.
 */
async function buildPeers(): Promise<{ apollo: string; hiveRuntime: string }> {
  const bundle = async (entry: string, name: string) => {
    const outfile = join(distDirectory, name);
    await build({ entryPoints: [join(here, 'peers', entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
    return outfile;
  };
  return { apollo: await bundle('apollo-gateway.ts', 'bench-apollo-gateway.mjs'), hiveRuntime: await bundle('hive-runtime.ts', 'bench-hive-runtime.mjs') };
}

async function startTarget(name: TargetName, supergraphFile: string, peerBundle: string): Promise<Target> {
  const agent = new Agent({ keepAlive: true, maxSockets: config.clients });
  if (name === 'floor') return { name, process: null, url: null, agent };
  const port = await freePort();
  if (name === 'apollo') {
    const peer = startNodeProcess({ name: 'apollo-gateway', nodeArgs: [peerBundle, supergraphFile], env: { PORT: String(port) } });
    const url = new URL(`http://127.0.0.1:${port}/graphql`);
    await waitUntilAnswers(url, peer);
    return { name, process: peer, url, agent };
  }
  const gateway = startService('gateway', {
    name,
    args: [supergraphFile],
    env: { PORT: String(port), QUERY_PLANNER: name === 'vangnet-js' ? 'js' : 'rust', SUPERGRAPH_POLL_MS: '60000' },
  });
  await waitUntilReady(`http://127.0.0.1:${port}/readiness`, gateway);
  return { name, process: gateway, url: new URL(`http://127.0.0.1:${port}/graphql`), agent };
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

// ---------------------------------------------------------------------------------------------
// Measurements.

interface Light {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU milliseconds per request of the gateway process at light load; null for the floor. */
  gatewayCpuMs: number | null;
}

interface Heavy {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU milliseconds per request, per process (gateway and each subgraph). */
  cpuMsPerRequest: Record<string, number>;
  peakRssMb: Record<string, number>;
}

class Sender {
  constructor(
    private readonly target: Target,
    private readonly workload: Workload,
    private readonly floorCalls: RecordedCall[][],
  ) {}

  private next = 0;

  async send(): Promise<{ ms: number; failure: string | null }> {
    const index = this.next++ % this.workload.variants.length;
    const variant = this.workload.variants[index]!;
    const began = performance.now();
    try {
      if (this.target.name === 'floor') {
        const failure = await replay(this.floorCalls[index]!, this.target.agent);
        return { ms: performance.now() - began, failure };
      }
      const answer = await post(this.target.agent, this.target.url!, JSON.stringify({ query: this.workload.query, variables: variant.variables }), variant.headers);
      return { ms: performance.now() - began, failure: failureOf(answer) };
    } catch (error) {
      return { ms: performance.now() - began, failure: `request failed: ${(error as Error).message}` };
    }
  }
}

const lightBlockRequests = Math.ceil(config.lightRequests / config.rounds);

const errorsSeen: Array<{ scale: number; target: TargetName; workload: WorkloadName; message: string }> = [];

/** Light-load requests of one target so far: latencies, errors and the gateway's CPU seconds. */
interface LightSamples {
  latencies: number[];
  errors: number;
  gatewayCpuSeconds: number;
}

/** One block of light load: one request at a time, each sent when the one before it has been answered. */
async function measureLightBlock(sender: Sender, gatewayPid: number | null, requests: number, samples: LightSamples, context: { scale: number; target: TargetName; workload: WorkloadName }): Promise<void> {
  const cpuBefore = gatewayPid === null ? 0 : readCpuSeconds(gatewayPid)!;
  for (let i = 0; i < requests; i++) {
    const { ms, failure } = await sender.send();
    samples.latencies.push(ms);
    if (failure) {
      samples.errors += 1;
      if (errorsSeen.length < 50) errorsSeen.push({ ...context, message: failure });
    }
  }
  if (gatewayPid !== null) samples.gatewayCpuSeconds += readCpuSeconds(gatewayPid)! - cpuBefore;
}

function lightOf(samples: LightSamples, hasGateway: boolean): Light {
  const sorted = Float64Array.from(samples.latencies).sort();
  return {
    requests: sorted.length,
    errors: samples.errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    gatewayCpuMs: hasGateway ? (samples.gatewayCpuSeconds * 1000) / sorted.length : null,
  };
}

/** Closed-loop load for a while, measured by nothing: plans, connections and the JIT settle. */
async function warmUp(sender: Sender, seconds: number): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: config.clients }, async () => {
      while (performance.now() < deadline) await sender.send();
    }),
  );
}

async function measureHeavy(
  sender: Sender,
  processes: Record<string, number>,
  context: { scale: number; target: TargetName; workload: WorkloadName },
  runSeconds = config.seconds,
): Promise<Heavy> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, readCpuSeconds(pid)!]));
  const peakRssMb = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, pid] of Object.entries(processes)) peakRssMb[name] = Math.max(peakRssMb[name]!, (readMemoryMb(pid) ?? 0));
  };
  const sampler = setInterval(sample, 100);
  const began = performance.now();
  const deadline = began + runSeconds * 1000;
  await Promise.all(
    Array.from({ length: config.clients }, async () => {
      while (performance.now() < deadline) {
        const { ms, failure } = await sender.send();
        latencies.push(ms);
        if (failure) {
          errors += 1;
          if (errorsSeen.length < 50) errorsSeen.push({ ...context, message: failure });
        }
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampler);
  sample();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    seconds,
    throughput: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    cpuMsPerRequest: Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, ((readCpuSeconds(pid)! - cpuBefore[name]!) * 1000) / latencies.length])),
    peakRssMb,
  };
}

/** SQL statements per request and subgraph: the fewest of three runs (PostgreSQL's timing can split a batch). */
async function statementsPerRequest(hub: RunningHub, gateway: Target, workload: Workload): Promise<Record<string, number>> {
  const runs: Array<Record<string, number>> = [];
  const sender = new Sender(gateway, { ...workload, variants: [workload.variants[0]!] }, []);
  for (let run = 0; run < 3; run++) {
    for (const base of Object.values(hub.subgraphBaseUrls)) await fetch(`${base}/debug/sql-statements`, { method: 'DELETE' });
    const { failure } = await sender.send();
    if (failure) throw new Error(`bench: counting statements for ${workload.name} failed: ${failure}`);
    const counts: Record<string, number> = {};
    for (const [name, base] of Object.entries(hub.subgraphBaseUrls)) counts[name] = ((await (await fetch(`${base}/debug/sql-statements`)).json()) as { statements: number }).statements;
    runs.push(counts);
  }
  return Object.fromEntries(Object.keys(runs[0]!).map((name) => [name, Math.min(...runs.map((counts) => counts[name]!))]));
}

// ---------------------------------------------------------------------------------------------
// The run.

interface ScaleResult {
  volume: DataVolume;
  statements: Record<WorkloadName, Record<string, number>>;
  subgraphCalls: Record<WorkloadName, number>;
  light: Record<TargetName, Record<WorkloadName, Light>>;
  heavy: Record<TargetName, Record<WorkloadName, Heavy[]>>;
  gatewayHwmMb: Partial<Record<TargetName, number>>;
}

const log = (line: string) => console.log(`bench gateways: ${line}`);
const targetNames: TargetName[] = ['vangnet', 'vangnet-js', 'apollo', 'floor'];

// ---------------------------------------------------------------------------------------------
// The effect of each change, measured in this run: the gateway as it runs now against the same
// gateway with one change undone, interleaved, on the region page at the first scale.

interface Variation {
  name: string;
  change: string;
  start(port: number): ServiceProcess;
}

/** The hub's gateway bundle with these settings on top of its defaults. */
const gatewayWith = (name: string, env: Record<string, string>) => (port: number) => startService('gateway', { name, args: [supergraphFile], env: { PORT: String(port), ...env } });

const variations: Variation[] = [
  { name: 'as it runs', change: 'the gateway as `npm start` runs it', start: gatewayWith('as-it-runs', {}) },
  {
    name: 'through tsx, heap not capped',
    change: 'services bundled by esbuild instead of loaded through the tsx TypeScript loader, and the heap capped (GATEWAY_HEAP_MB)',
    start: (port) => startTypeScriptProcess({ name: 'through-tsx', entry: join(here, '..', 'gateway', 'src', 'main.ts'), args: [supergraphFile], env: { PORT: String(port) } }),
  },
  {
    name: 'heap not capped',
    change: 'the heap capped at GATEWAY_HEAP_MB=192 (here 4096)',
    start: gatewayWith('heap-4096', { GATEWAY_HEAP_MB: '4096' }),
  },
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
    name: 'NODE_ENV=development',
    change: 'the gateway started with NODE_ENV=production (graphql-js skips its development checks)',
    start: gatewayWith('node-env-development', { NODE_ENV: 'development' }),
  },
];

interface VariationResult {
  name: string;
  change: string;
  runs: Heavy[];
}

// ---------------------------------------------------------------------------------------------
// The run.

await buildServices();
const peers = await buildPeers();
const allWorkloads = await workloads();
const hub = await startHub({ countStatements: true });
await hub.gatewayProcess.stop();
const subgraphPids = Object.fromEntries(Object.entries(hub.subgraphProcesses).map(([name, service]) => [name, service.child.pid!]));
const supergraphFile = hub.supergraphFile;
const results: ScaleResult[] = [];
const variationResults: VariationResult[] = [];

log(`measuring (statement counters on) for scales ${config.scales.join(', ')}; ${config.clients} clients, ${config.rounds} rounds of ${config.seconds} s per target and workload`);

try {
  for (const scale of config.scales) {
    log(`×${scale}: growing the data ...`);
    const volume = await growHubData(hub, scale);
    log(`×${scale}: ${volume.regios} regions, ${volume.partners} partners, ${volume.woonvragen} woonvragen, ${volume.woningen} woningen`);

    // Record what the gateway asks each subgraph, through proxies, once per variant.
    const proxies = await Promise.all(Object.entries(hub.subgraphBaseUrls).map(([name, base]) => startRecordingProxy(name, `${base}/graphql`)));
    const proxiedSupergraph = join(hub.dataDir, `supergraph-proxied-${scale}.graphql`);
    writeFileSync(proxiedSupergraph, composeHubSupergraph(Object.fromEntries(proxies.map((proxy) => [proxy.subgraph, proxy.url]))));
    const recorder = await startTarget('vangnet', proxiedSupergraph, peers.apollo);
    const floorCalls = {} as Record<WorkloadName, RecordedCall[][]>;
    const subgraphCalls = {} as Record<WorkloadName, number>;
    for (const workload of allWorkloads) {
      const sender = new Sender(recorder, workload, []);
      for (const _ of workload.variants) await sender.send(); // warm the plan cache first
      floorCalls[workload.name] = [];
      for (const _ of workload.variants) {
        for (const proxy of proxies) proxy.calls.length = 0;
        const { failure } = await sender.send();
        if (failure) throw new Error(`bench: recording ${workload.name} failed: ${failure}`);
        const calls = proxies.flatMap((proxy) => proxy.calls).sort((a, b) => a.startedAt - b.startedAt);
        for (const call of calls) call.after = calls.flatMap((other, index) => (other.endedAt <= call.startedAt ? [index] : []));
        floorCalls[workload.name].push(calls.map((call) => ({ ...call })));
      }
      subgraphCalls[workload.name] = floorCalls[workload.name][0]!.length;
    }
    await recorder.process!.stop();
    await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.server.close(resolve))));

    const targets: Target[] = [];
    for (const name of targetNames) targets.push(await startTarget(name, supergraphFile, peers.apollo));
    const statements = {} as Record<WorkloadName, Record<string, number>>;
    for (const workload of allWorkloads) statements[workload.name] = await statementsPerRequest(hub, targets[0]!, workload);

    const senders = new Map(targets.map((target) => [target.name, new Map(allWorkloads.map((workload) => [workload.name, new Sender(target, workload, floorCalls[workload.name])]))]));
    const processesOf = (target: Target) => ({ ...(target.process ? { gateway: target.process.child.pid! } : {}), ...subgraphPids });
    const light = Object.fromEntries(targetNames.map((name) => [name, {}])) as ScaleResult['light'];
    const heavy = Object.fromEntries(targetNames.map((name) => [name, Object.fromEntries(allWorkloads.map((workload) => [workload.name, [] as Heavy[]]))])) as ScaleResult['heavy'];

    for (const workload of allWorkloads) {
      // Warm-up first, then light load: a process that has answered only a few dozen requests
      // still runs much of its code unoptimised, and light load means few requests at once, not
      // a cold process.
      for (const target of targets) await warmUp(senders.get(target.name)!.get(workload.name)!, config.warmupSeconds);
      const lightSamples = new Map(targets.map((target) => [target.name, { latencies: [], errors: 0, gatewayCpuSeconds: 0 } as LightSamples]));
      for (let round = 0; round < config.rounds; round++) {
        // In blocks, interleaved like the rounds under load, so a slow spell of the machine does
        // not fall on one target only.
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          await measureLightBlock(senders.get(target.name)!.get(workload.name)!, target.process?.child.pid ?? null, lightBlockRequests, lightSamples.get(target.name)!, { scale, target: target.name, workload: workload.name });
        }
      }
      for (const target of targets) light[target.name][workload.name] = lightOf(lightSamples.get(target.name)!, target.process !== null);
      log(`×${scale} ${workload.name}: light-load p50 ${targets.map((target) => `${target.name} ${light[target.name][workload.name].p50.toFixed(2)} ms`).join(', ')}`);
      for (let round = 0; round < config.rounds; round++) {
        // Alternate the order per round, so no target always runs right after the same other.
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          heavy[target.name][workload.name].push(await measureHeavy(senders.get(target.name)!.get(workload.name)!, processesOf(target), { scale, target: target.name, workload: workload.name }));
        }
      }
      log(
        `×${scale} ${workload.name}: ${targets.map((target) => `${target.name} ${median(heavy[target.name][workload.name].map((run) => run.throughput)).toFixed(0)} req/s`).join(', ')}`,
      );
    }
    const gatewayHwmMb: ScaleResult['gatewayHwmMb'] = {};
    for (const target of targets) {
      if (target.process) gatewayHwmMb[target.name] = (readMemoryMb(target.process.child.pid!, 'VmHWM') ?? 0);
      await target.process?.stop();
      target.agent.destroy();
    }
    results.push({ volume, statements, subgraphCalls, light, heavy, gatewayHwmMb });
    if (scale === config.scales[0]) await measureVariations(scale);
  }
} finally {
  await hub.stop();
}

async function measureVariations(scale: number): Promise<void> {
  const regioPaginaWorkload = allWorkloads.find((workload) => workload.name === 'regio-pagina')!;
  const running: Array<{ variation: Variation; target: Target; sender: Sender }> = [];
  for (const variation of variations) {
    const port = await freePort();
    const service = variation.start(port);
    await waitUntilReady(`http://127.0.0.1:${port}/readiness`, service);
    const target: Target = { name: 'vangnet', process: service, url: new URL(`http://127.0.0.1:${port}/graphql`), agent: new Agent({ keepAlive: true, maxSockets: config.clients }) };
    const sender = new Sender(target, regioPaginaWorkload, []);
    running.push({ variation, target, sender });
  }
  for (const { sender } of running) await warmUp(sender, config.warmupSeconds);
  const runs = new Map(running.map(({ variation }) => [variation.name, [] as Heavy[]]));
  for (let round = 0; round < config.variationRounds; round++) {
    // Each round starts one variant further on, so every variant takes every place in a round and
    // waits the same time between its runs.
    const order = running.map((_, index) => running[(index + round) % running.length]!);
    for (const { variation, target, sender } of order) {
      runs
        .get(variation.name)!
        .push(await measureHeavy(sender, { gateway: target.process!.child.pid!, ...subgraphPids }, { scale, target: 'vangnet', workload: 'regio-pagina' }, config.variationSeconds));
    }
  }
  for (const { variation, target } of running) {
    variationResults.push({ name: variation.name, change: variation.change, runs: runs.get(variation.name)! });
    await target.process!.stop();
    target.agent.destroy();
  }
  log(`×${scale} effect of each change: ${variationResults.map((result) => `${result.name} ${median(result.runs.map((run) => run.cpuMsPerRequest.gateway!)).toFixed(2)} ms CPU/req`).join(', ')}`);
}


// ---------------------------------------------------------------------------------------------
// Judging and reporting.

interface Cell {
  light: Light;
  throughput: number;
  heavyP50: number;
  heavyP99: number;
  gatewayCpuMs: number | null;
  subgraphsCpuMs: number;
  gatewayPeakRssMb: number | null;
  errors: number;
}

function cellOf(result: ScaleResult, target: TargetName, workload: WorkloadName): Cell {
  const runs = result.heavy[target][workload];
  const light = result.light[target][workload];
  return {
    light,
    throughput: median(runs.map((run) => run.throughput)),
    heavyP50: median(runs.map((run) => run.p50)),
    heavyP99: median(runs.map((run) => run.p99)),
    gatewayCpuMs: target === 'floor' ? null : median(runs.map((run) => run.cpuMsPerRequest.gateway!)),
    subgraphsCpuMs: median(runs.map((run) => Object.entries(run.cpuMsPerRequest).filter(([name]) => name !== 'gateway').reduce((sum, [, ms]) => sum + ms, 0))),
    gatewayPeakRssMb: target === 'floor' ? null : Math.max(...runs.map((run) => run.peakRssMb.gateway!)),
    errors: light.errors + runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/**
 * The ratio of a figure between two sets of runs, worked out per round, in round order. The runs of
 * one round are measured one after the other, while the machine drifts by up to ±30 % from round
 * to round (and a subgraph-bound workload drifts with its subgraph), so a ratio of two medians can
 * pair one run's fast round with the other's slow one; every ratio in the report is summed up from
 * these.
 */
function roundRatios(ours: Heavy[], theirs: Heavy[], figure: (run: Heavy) => number): number[] {
  return ours.map((run, round) => figure(run) / figure(theirs[round]!));
}

/** The median per-round ratio between two targets under load. */
function perRoundRatio(result: ScaleResult, target: TargetName, base: TargetName, workload: WorkloadName, figure: (run: Heavy) => number): number {
  return median(roundRatios(result.heavy[target][workload], result.heavy[base][workload], figure));
}

const verdicts: Array<{ claim: string; passed: boolean; detail: string }> = [];
const totalErrors = results.reduce((sum, result) => sum + targetNames.reduce((s2, target) => s2 + allWorkloads.reduce((s3, workload) => s3 + cellOf(result, target, workload.name).errors, 0), 0), 0);
verdicts.push({ claim: 'every request of every target answered with data and without errors', passed: totalErrors === 0, detail: `${totalErrors} errors` });

const cpuRatios = results.map((result) => {
  const ours = cellOf(result, 'vangnet', 'regio-pagina').gatewayCpuMs!;
  const peer = cellOf(result, 'apollo', 'regio-pagina').gatewayCpuMs!;
  return { scale: result.volume.scale, ours, peer, ratio: perRoundRatio(result, 'vangnet', 'apollo', 'regio-pagina', (run) => run.cpuMsPerRequest.gateway!) };
});
verdicts.push({
  claim: `gateway CPU time per request at most 1/3 of Apollo Gateway's on the region page`,
  passed: cpuRatios.every((entry) => entry.ratio <= MAX_CPU_RATIO_REGION_PAGE),
  detail: cpuRatios.map((entry) => `×${entry.scale}: ${entry.ours.toFixed(2)} vs ${entry.peer.toFixed(2)} ms, ratio ${entry.ratio.toFixed(2)}`).join('; '),
});
const throughputRatios = results.flatMap((result) =>
  allWorkloads.map((workload) => {
    const perRound = roundRatios(result.heavy.vangnet[workload.name], result.heavy.apollo[workload.name], (run) => run.throughput);
    const ofMedians = cellOf(result, 'vangnet', workload.name).throughput / cellOf(result, 'apollo', workload.name).throughput;
    return { scale: result.volume.scale, workload: workload.name, ratio: median(perRound), perRound, ofMedians };
  }),
);
const lowestThroughput = throughputRatios.reduce((low, entry) => (entry.ratio < low.ratio ? entry : low));
const lowestOfMedians = throughputRatios.reduce((low, entry) => (entry.ofMedians < low.ofMedians ? entry : low));
verdicts.push({
  claim: "throughput never below Apollo Gateway's on any workload",
  passed: throughputRatios.every((entry) => entry.ratio >= 1),
  detail:
    `lowest ratio ${lowestThroughput.ratio.toFixed(2)} (${lowestThroughput.workload}, ×${lowestThroughput.scale}; per round ${lowestThroughput.perRound.map((value) => value.toFixed(2)).join(', ')}); ` +
    `as a ratio of the two medians the lowest is ${lowestOfMedians.ofMedians.toFixed(2)} (${lowestOfMedians.workload}, ×${lowestOfMedians.scale})`,
});
const addedLatency = results.flatMap((result) =>
  allWorkloads.map((workload) => {
    const ours = cellOf(result, 'vangnet', workload.name).light;
    return { scale: result.volume.scale, workload: workload.name, ms: ours.p50 - cellOf(result, 'floor', workload.name).light.p50, gatewayCpuMs: ours.gatewayCpuMs! };
  }),
);
const worstAdded = addedLatency.reduce((worst, entry) => (entry.ms > worst.ms ? entry : worst));
verdicts.push({
  claim: `added p50 latency over the direct floor under ${MAX_ADDED_P50_MS} ms at light load`,
  passed: addedLatency.every((entry) => entry.ms < MAX_ADDED_P50_MS),
  // The gateway's own CPU per request at light load stands next to the figure, to show how much of
  // it is the gateway's work rather than waiting. It is no strict floor: part of that CPU overlaps
  // the subgraphs' work, so on most workloads it is larger than the added latency itself.
  detail: `largest ${worstAdded.ms.toFixed(2)} ms (${worstAdded.workload}, ×${worstAdded.scale}), where the gateway's own CPU per request at light load is ${worstAdded.gatewayCpuMs.toFixed(2)} ms`,
});
const peakRss = Math.max(...results.flatMap((result) => allWorkloads.map((workload) => cellOf(result, 'vangnet', workload.name).gatewayPeakRssMb!)), ...results.map((result) => result.gatewayHwmMb.vangnet ?? 0));
verdicts.push({ claim: `peak gateway memory under ${MAX_GATEWAY_RSS_MB} MB under the heaviest workload`, passed: peakRss < MAX_GATEWAY_RSS_MB, detail: `peak RSS ${peakRss.toFixed(0)} MB (VmHWM over the whole run, every workload and scale)` });
const statementsConstant = allWorkloads.every((workload) => results.every((result) => JSON.stringify(result.statements[workload.name]) === JSON.stringify(results[0]!.statements[workload.name])));
verdicts.push({
  claim: `SQL statements per query constant as the data grows ${Math.max(...config.scales)}×`,
  passed: statementsConstant,
  detail: allWorkloads.map((workload) => `${workload.name}: ${results.map((result) => sum(Object.values(result.statements[workload.name]))).join(' → ')}`).join('; '),
});
const plannerRatios = results.flatMap((result) => allWorkloads.map((workload) => cellOf(result, 'vangnet', workload.name).gatewayCpuMs! / cellOf(result, 'vangnet-js', workload.name).gatewayCpuMs!));
const plannerGeomean = Math.exp(plannerRatios.reduce((acc, ratio) => acc + Math.log(ratio), 0) / plannerRatios.length);
verdicts.push({
  claim: 'the default query planner (Rust) costs no more CPU per request than the JS planner',
  passed: plannerGeomean <= 1,
  detail: `Rust / JS CPU per request, geometric mean over every workload and scale: ${plannerGeomean.toFixed(2)}`,
});
const passed = verdicts.every((verdict) => verdict.passed);

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

const omgeving = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30) };
writeFileSync(
  rawFile,
  `${JSON.stringify({ generated: new Date().toISOString(), omgeving, config, verdicts, results, variations: variationResults, errors: errorsSeen }, null, 1)}\n`,
);

const f2 = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const f0 = (value: number | null) => (value === null ? '–' : value.toFixed(0));
const ratio = (value: number | null, base: number | null) => (value === null || base === null || base === 0 ? '–' : `${(value / base).toFixed(2)}×`);

const lines: string[] = [
  '# Gateways against their peers',
  '',
  `Node ${omgeving.node}, ${omgeving.platform}, ${omgeving.cpus} × ${omgeving.cpuModel}, ${omgeving.memoryGb} GB. All targets use the same four subgraph processes (SQLite, the hub's own code) and the same supergraph, in this one run; the load generator is this process, on the same machine. ` +
    `Each workload starts with ${config.warmupSeconds} s of closed-loop load per target, unmeasured, so plans, connections and the JIT have settled. Light load: then one client, one request at a time, ${lightBlockRequests * config.rounds} requests per target in ${config.rounds} blocks with the targets interleaved; the percentiles are over all of them. Under load: then ${config.clients} closed-loop clients over keep-alive connections, ${config.rounds} rounds of ${config.seconds} s with the targets interleaved; the median of the rounds is shown. ` +
    'CPU is utime + stime from /proc/<pid>/stat of each process over the run, divided by its requests; peak RSS is the largest VmRSS sampled every 100 ms (and VmHWM at the end). ' +
    'A figure under load is the median of the rounds; a ratio under load (the "vs" columns and the verdicts) is worked out per round, between the two targets of that round, and is the median of those ratios, because the machine drifts by up to ±30 % from round to round.',
  '',
  '- **vangnet**: the hub gateway as `npm start` runs it: Hive Gateway runtime with the Rust query planner, every hardening and observability plugin on, a log line per request, and identical subgraph calls in flight shared (same query, variables and token). Each workload sends its variants in turn, so of 8 clients some ask the same at the same moment, as visitors of one region page do; Apollo Gateway and the floor do not share, and the last section shows what sharing changes.',
  '- **vangnet, JS planner**: the same with `QUERY_PLANNER=js`.',
  '- **Apollo Gateway**: `@apollo/gateway` with `@apollo/server` standalone (bench/peers/apollo-gateway.ts), a development dependency for this comparison only (Elastic-2.0): nothing the hub runs depends on it.',
  "- **floor**: the subgraphs asked directly for exactly what vangnet's gateway asks them (recorded through a proxy), each call sent as soon as the calls it came after have answered: the time and CPU of the subgraphs alone.",
  '',
  `**Verdict: ${passed ? 'every target met' : 'NOT every target met'}.**`,
  '',
  '| claim | met | measured |',
  '|---|---|---|',
  ...verdicts.map((verdict) => `| ${verdict.claim} | ${verdict.passed ? 'yes' : '**no**'} | ${verdict.detail} |`),
  '',
];

for (const result of results) {
  const { volume } = result;
  lines.push(`## ×${volume.scale}: ${volume.regios} regions, ${volume.partners} partners, ${volume.woonvragen} woonvragen, ${volume.woningen} woningen`, '');
  for (const workload of allWorkloads) {
    const floor = cellOf(result, 'floor', workload.name);
    lines.push(
      `### ${workload.title} (\`${workload.name}\`, ${result.subgraphCalls[workload.name]} subgraph calls per request)`,
      '',
      '| target | light p50 (ms) | light p95 | light p99 | p50 over floor (ms) | gateway CPU per request, light (ms) | req/s under load | vs peer | vs floor | p50 / p99 under load (ms) | gateway CPU per request (ms) | vs peer | subgraphs CPU per request (ms) | gateway peak RSS (MB) | errors |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
      ...targetNames.map((target) => {
        const cell = cellOf(result, target, workload.name);
        const vsRound = (other: TargetName, base: TargetName, figure: (run: Heavy) => number) => `${perRoundRatio(result, other, base, workload.name, figure).toFixed(2)}×`;
        return (
          `| ${TARGET_TITLES[target]} | ${f2(cell.light.p50)} | ${f2(cell.light.p95)} | ${f2(cell.light.p99)} | ${target === 'floor' ? '–' : f2(cell.light.p50 - floor.light.p50)} | ${f2(cell.light.gatewayCpuMs)} | ${f0(cell.throughput)} | ${vsRound(target, 'apollo', (run) => run.throughput)} | ${vsRound(target, 'floor', (run) => run.throughput)} | ` +
          `${f2(cell.heavyP50)} / ${f2(cell.heavyP99)} | ${f2(cell.gatewayCpuMs)} | ${target === 'floor' ? '–' : vsRound(target, 'apollo', (run) => run.cpuMsPerRequest.gateway!)} | ${f2(cell.subgraphsCpuMs)} | ${f0(cell.gatewayPeakRssMb)} | ${cell.errors} |`
        );
      }),
      '',
    );
  }
  lines.push(
    `Gateway peak RSS over the whole scale (VmHWM): ${targetNames.filter((target) => target !== 'floor').map((target) => `${TARGET_TITLES[target]} ${f0(result.gatewayHwmMb[target] ?? null)} MB`).join(', ')}.`,
    '',
  );
}

lines.push(
  '## SQL statements per request',
  '',
  "From the subgraphs' own statement counters (the fewest of three runs), one request per workload through vangnet's gateway, at each data volume:",
  '',
  `| workload | ${results.map((result) => `×${result.volume.scale}`).join(' | ')} |`,
  `|---|${results.map(() => '---').join('|')}|`,
  ...allWorkloads.map((workload) => `| ${workload.name} | ${results.map((result) => Object.entries(result.statements[workload.name]).map(([name, count]) => `${name} ${count}`).join(', ')).join(' | ')} |`),
  '',
  'woonopties writes one access-log statement per request for the worklist, as the README promises: every read of a demand record is logged.',
  '',
);

if (variationResults.length > 0) {
  const base = variationResults[0]!;
  const basePeak = Math.max(...base.runs.map((run) => run.peakRssMb.gateway!));
  // A variant is compared with the gateway as it runs in the same round (see roundRatios), and the
  // ratios of the rounds are summed up by their median and middle half.
  const pairedRatio = (result: VariationResult, figure: (run: Heavy) => number) => {
    const ratios = roundRatios(result.runs, base.runs, figure).sort((a, b) => a - b);
    return `${median(ratios).toFixed(2)}× (${percentile(ratios, 25).toFixed(2)}–${percentile(ratios, 75).toFixed(2)})`;
  };
  lines.push(
    '## The effect of each change',
    '',
    `Measured in this run on the region page at ×${results[0]!.volume.scale}, interleaved: the gateway as it runs, and the same gateway with one change undone; ${config.clients} clients, ${config.warmupSeconds} s of warm-up each, then ${config.variationRounds} rounds of ${config.variationSeconds} s, each round starting one variant further on. A figure alone drifts by up to ±30 % from round to round on this machine, so each ratio is worked out per round, against the gateway as it runs in that same round: the table gives the median of those ratios and, in brackets, the middle half of them. A CPU or memory ratio above 1 means the change saves that much; where the brackets include 1, the change is not told apart from noise.`,
    '',
    '| variant | the change it undoes | gateway CPU per request (ms, median) | undone / as it runs | req/s (median) | undone / as it runs | gateway peak RSS (MB) | undone / as it runs |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...variationResults.map((result) => {
      const cpu = median(result.runs.map((run) => run.cpuMsPerRequest.gateway!));
      const peak = Math.max(...result.runs.map((run) => run.peakRssMb.gateway!));
      const isBase = result === base;
      return `| ${result.name} | ${isBase ? '–' : result.change} | ${f2(cpu)} | ${isBase ? '–' : pairedRatio(result, (run) => run.cpuMsPerRequest.gateway!)} | ${f0(median(result.runs.map((run) => run.throughput)))} | ${isBase ? '–' : pairedRatio(result, (run) => run.throughput)} | ${f0(peak)} | ${isBase ? '–' : ratio(peak, basePeak)} |`;
    }),
    '',
    'Changes without a switch to undo them, whose effect shows in the soak section (gateway memory under steady load): request and subgraph time limits with plain timers instead of `AbortSignal.timeout()` and combined signals, and no per-call listener on the HTTP executor\'s long-lived dispose signal (gateway/src/deadlines.ts). Query plans and parsed documents are cached by the runtime (LRU per document); entity fetches are batched per request by DataLoader in every subgraph (the statement counts above).',
    '',
  );
}

if (errorsSeen.length > 0) {
  lines.push('## Errors', '', '| scale | target | workload | message |', '|---|---|---|---|', ...errorsSeen.map((error) => `| ×${error.scale} | ${error.target} | ${error.workload} | ${error.message.replaceAll('|', '\\|').replaceAll('\n', ' ').slice(0, 300)} |`), '');
}
lines.push('Every figure is in `bench/gateways-raw.json`, with each round of each run.', '');

const markdown = lines.join('\n');
process.stdout.write(`${markdown}\n`);
if (args.out) writeFileSync(args.out, markdown);
process.exit(passed ? 0 : 3);
