/**
 * Soak run: the real hub (four subgraph processes and the gateway, as the e2e harness starts them)
 * under steady concurrent load for minutes, to show that it answers without error and that no
 * process's memory keeps growing.
 *
 *   node --import tsx bench/soak.ts [--out results/soak.md]
 *
 * SOAK_SECONDS (default 300), SOAK_CLIENTS (default 12) and SOAK_WARMUP_SECONDS (default a sixth of
 * the run, 5 to 60) shape the run. Then the cache soak (bench/soak/cache.ts) runs on the same
 * subgraphs: SOAK_CACHE_SECONDS (default 120), SOAK_CACHE_CLIENTS (default 8), SOAK_EDIT_INTERVAL_MS
 * (default 3000) and SOAK_EDIT_ELSEWHERE_PERCENT (default 25, the edits sent through the gateway
 * without the cache). Writes bench/soak-raw.json (every per-second sample, every edit and stale
 * answer) and bench/soak-memory.svg (the memory curve), and the Markdown section to --out. Exit code
 * 3 when the run saw errors, memory that is not flat, or a stale answer; the report is written either way.
 *
 * The load is closed-loop: each client sends the next request as soon as the previous answer is
 * read, over keep-alive connections, so the hub runs at the throughput this machine allows.
 * Documents are fixed and vary only in their variables, as front-ends send them; literal values in
 * the document would measure the gateway's plan cache filling up, not a leak.
 */
import { readdirSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readConfig } from '../lib/config.js';
import { buildServices } from '../lib/services.js';
import { startHub, type RunningHub } from '../test/harness/hub.js';
import { bearer, tokenVoor } from '../test/harness/tokens.js';
import { median, mulberry32, percentile, readCpuSeconds, readMemoryMb, slope } from './measure.js';
import { describeMachine, machineInWords, tableCell } from './report-parts.js';
import { ask, type SoakRequest } from './soak/ask.js';
import { cacheSoakMarkdown, cacheSoakPassed, runCacheSoak, type CacheSoakReport } from './soak/cache.js';
import { MATCHINGSPUNT, PARTNER_ROLLEN, PARTNER_ZOEKTERMEN, partnerZoeken, productenLijst, REGIO_CODES, regioPagina, WERKLIJST_REGIO, werklijst, WORKLOAD_NAMES, type WorkloadName } from './workloads.js';

const here = dirname(fileURLToPath(import.meta.url));
const rawFile = join(here, 'soak-raw.json');
const svgFile = join(here, 'soak-memory.svg');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });

const config = readConfig((read) => {
  const seconds = read.integer('SOAK_SECONDS', 300, { min: 15, max: 86_400 });
  return {
    seconds,
    clients: read.integer('SOAK_CLIENTS', 12, { min: 1, max: 256 }),
    warmupSeconds: read.integer('SOAK_WARMUP_SECONDS', Math.min(60, Math.max(5, Math.round(seconds / 6))), { min: 0, max: Math.floor(seconds / 2) }),
    cache: {
      seconds: read.integer('SOAK_CACHE_SECONDS', 120, { min: 10, max: 86_400 }),
      clients: read.integer('SOAK_CACHE_CLIENTS', 8, { min: 1, max: 256 }),
      editIntervalMs: read.integer('SOAK_EDIT_INTERVAL_MS', 3_000, { min: 100, max: 600_000 }),
      elsewherePercent: read.integer('SOAK_EDIT_ELSEWHERE_PERCENT', 25, { min: 0, max: 100 }),
    },
  };
});

/**
 * Flat memory, per process, after warm-up: the median RSS of the last third of the samples is less
 * than 10 % above that of the first third (medians of thirds see through the collector's sawtooth),
 * and the live heap, what survives each full collection, does not grow: the last less than 10 %
 * above the first, and with three or more collections a least-squares slope under 1 MB per minute
 * (1 MB/min would still be 1.4 GB a day). The slope of RSS itself is shown but not judged: a
 * process that runs a full collection every few minutes lets RSS climb for minutes and then drops
 * it, which a slope over a few minutes reads as a leak (the first soak runs did exactly that).
 */
const MAX_GROWTH = 0.1;
const MAX_SLOPE_MB_PER_MIN = 1;
const REQUEST_TIMEOUT_MS = 30_000;
const MIX: ReadonlyArray<readonly [WorkloadName, number]> = [
  ['regio-pagina', 0.3],
  ['partner-zoeken', 0.3],
  ['producten', 0.2],
  ['werklijst', 0.2],
];

interface Request extends SoakRequest {
  kind: WorkloadName;
}

// ---------------------------------------------------------------------------------------------
// Process sampling from /proc: RSS and CPU of the processes themselves, as an operator sees them.

interface Watched {
  name: string;
  pid: number;
}

// ---------------------------------------------------------------------------------------------
// The run.

interface Sample {
  /** Seconds since the load started, at the end of this interval. */
  t: number;
  requests: number;
  errors: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  rssMb: Record<string, number | null>;
  cpuPercent: Record<string, number | null>;
}

interface FullGc {
  /** Seconds since the load started; negative while the hub starts and the worklist is seeded. */
  t: number;
  process: string;
  /** V8's isolate address: tsx's module loader runs on a thread of its own, with its own small heap. */
  isolate: string;
  beforeMb: number;
  afterMb: number;
}

const fullGcLine = /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (Mark-Compact(?: \(reduce\))?|Mark-Sweep) ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

/** Full collections per process as they are printed, stamped with performance.now() in `t` until the load's start is known. */
function traceFullGcs(watched: Watched[], streams: Map<string, NodeJS.ReadableStream | null>): FullGc[] {
  const collected: FullGc[] = [];
  for (const { name } of watched) {
    let rest = '';
    streams.get(name)?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const match = fullGcLine.exec(line);
        if (match) collected.push({ t: performance.now(), process: name, isolate: match[1]!, beforeMb: Number(match[3]), afterMb: Number(match[4]) });
      }
    });
  }
  return collected;
}

interface ErrorSeen {
  kind: WorkloadName;
  message: string;
  count: number;
  firstAtS: number;
  lastAtS: number;
}

async function seedWerklijst(gatewayUrl: string): Promise<{ woonvragen: number; woningen: number }> {
  const zorgaanbieder = bearer(await tokenVoor({ id: 'soak-begeleider', rollen: ['ZORGAANBIEDER'], regio: WERKLIJST_REGIO, organisatie: 'tactus' }));
  const corporatie = bearer(await tokenVoor({ id: 'soak-verhuurder', rollen: ['WONINGCORPORATIE'], regio: WERKLIJST_REGIO, organisatie: 'omnia-wonen' }));
  const random = mulberry32(7);
  const send = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (response.status !== 200 || body.errors) throw new Error(`soak: seeding the worklist failed: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  };
  const woonvragen = 40;
  const woningen = 20;
  for (let i = 1; i <= woonvragen; i++) {
    await send(
      'mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id } }',
      {
        invoer: {
          matchingspunt: MATCHINGSPUNT, referentie: `DOS-SOAK-${String(i).padStart(3, '0')}`, herkomst: i % 3 === 0 ? 'MAATSCHAPPELIJKE_OPVANG' : 'BESCHERMD_WONEN',
          huishoudgrootte: 1 + (i % 3), maxHuurInCenten: 55_000 + Math.floor(random() * 30_000), gewensteGemeenten: ['GM0983'], prikkelarmNodig: i % 4 === 0,
          ondersteuningNodig: (['GEEN', 'LICHT', 'MIDDEL'] as const)[i % 3], urgentie: 1 + (i % 3), aangemeldOp: `2026-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}`,
        },
      },
      zorgaanbieder,
    );
  }
  for (let i = 1; i <= woningen; i++) {
    await send(
      'mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id } }',
      {
        invoer: {
          matchingspunt: MATCHINGSPUNT, gemeente: 'GM0983', wijk: ['Centrum', 'Blerick', 'Tegelen', 'Venlo-Oost'][i % 4], contingent: null,
          soort: i % 5 === 0 ? 'KAMER' : 'ZELFSTANDIGE_WONING', kamers: 1 + (i % 3), maxBewoners: 1 + (i % 3), huurInCenten: 50_000 + Math.floor(random() * 30_000),
          beschikbaarVanaf: '2026-01-01', toegankelijk: i % 2 === 0, prikkelarm: i % 3 === 0, ondersteuning: 'LICHT',
        },
      },
      corporatie,
    );
  }
  return { woonvragen, woningen };
}

function databaseSizesMb(dataDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of readdirSync(dataDir)) {
    const match = /^(.+)\.sqlite(-wal)?$/.exec(file);
    if (match) sizes[match[1]!] = (sizes[match[1]!] ?? 0) + statSync(join(dataDir, file)).size / 2 ** 20;
  }
  return sizes;
}

// Only full collections are traced: their "after" figure is the live heap, which shows a leak
// without the sawtooth of RSS, and they are rare enough to cost nothing.
const traceFullGc = { NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${pathToFileURL(join(here, 'trace-full-gc.mjs')).href}`].filter(Boolean).join(' ') };
await buildServices();
const hub: RunningHub = await startHub({ gatewayEnv: traceFullGc, subgraphEnv: traceFullGc });
let report: Awaited<ReturnType<typeof runSoak>>;
let cacheReport: CacheSoakReport;
try {
  report = await runSoak(hub);
  cacheReport = await runCacheSoak(hub, config.cache);
} finally {
  await hub.stop();
}

async function runSoak(hub: RunningHub) {
  const services = { gateway: hub.gatewayProcess, ...hub.subgraphProcesses };
  const watched: Watched[] = Object.entries(services)
    .map(([name, service]) => ({ name, pid: service.child.pid! }))
    .sort((a, b) => (a.name === 'gateway' ? -1 : b.name === 'gateway' ? 1 : a.name.localeCompare(b.name)));
  const fullGcsAt = traceFullGcs(watched, new Map(Object.entries(services).map(([name, service]) => [name, service.child.stdout])));
  const seeded = await seedWerklijst(hub.gatewayUrl);
  const transferpunt = bearer(await tokenVoor({ id: 'soak-medewerker', rollen: ['TRANSFERPUNT'], regio: WERKLIJST_REGIO, organisatie: 'gemeente-venlo' }, '24h'));
  const databasesBefore = databaseSizesMb(hub.dataDir);

  const samples: Sample[] = [];
  const errors = new Map<string, ErrorSeen>();
  const latenciesByKind = Object.fromEntries(WORKLOAD_NAMES.map((kind) => [kind, [] as number[]])) as Record<WorkloadName, number[]>;
  const requestsByKind = Object.fromEntries(WORKLOAD_NAMES.map((kind) => [kind, 0])) as Record<WorkloadName, number>;
  const errorsByKind = Object.fromEntries(WORKLOAD_NAMES.map((kind) => [kind, 0])) as Record<WorkloadName, number>;
  let interval = { requests: 0, errors: 0, latencies: [] as number[] };

  const start = performance.now();
  const elapsedS = () => (performance.now() - start) / 1000;
  const deadline = start + config.seconds * 1000;

  const recordError = (kind: WorkloadName, message: string) => {
    const key = `${kind}\u0000${message}`;
    const at = Math.round(elapsedS() * 10) / 10;
    const seen = errors.get(key);
    if (seen) {
      seen.count += 1;
      seen.lastAtS = at;
    } else {
      errors.set(key, { kind, message, count: 1, firstAtS: at, lastAtS: at });
    }
  };

  async function send(request: Request): Promise<any> {
    const began = performance.now();
    const { data, failure } = await ask(hub.gatewayUrl, request, REQUEST_TIMEOUT_MS);
    const ms = performance.now() - began;
    interval.requests += 1;
    interval.latencies.push(ms);
    requestsByKind[request.kind] += 1;
    latenciesByKind[request.kind].push(ms);
    if (failure) {
      interval.errors += 1;
      errorsByKind[request.kind] += 1;
      recordError(request.kind, failure);
    }
    return data;
  }

  async function client(index: number): Promise<void> {
    const random = mulberry32(1000 + index);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    let partnerPage: { variables: Record<string, unknown>; after: string } | null = null;
    let productenPage: { code: string; after: string } | null = null;
    while (performance.now() < deadline) {
      let roll = random();
      const kind = MIX.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'werklijst';
      if (kind === 'regio-pagina') {
        await send({ kind, query: regioPagina, variables: { code: pick(REGIO_CODES) } });
      } else if (kind === 'partner-zoeken') {
        // A user who saw a next page often asks for it, as the README's cursor paging invites.
        const variables: Record<string, unknown> = partnerPage ? { ...partnerPage.variables, after: partnerPage.after } : { zoek: pick(PARTNER_ZOEKTERMEN), regio: pick([null, ...REGIO_CODES]), rol: pick(PARTNER_ROLLEN), after: null };
        const data = await send({ kind, query: partnerZoeken, variables });
        const pageInfo = data?.partners?.pageInfo;
        partnerPage = pageInfo?.hasNextPage && random() < 0.5 ? { variables, after: pageInfo.endCursor } : null;
      } else if (kind === 'producten') {
        const code: string = productenPage?.code ?? (random() < 0.6 ? 'oost-veluwe' : pick(REGIO_CODES));
        const data = await send({ kind, query: productenLijst, variables: { code, after: productenPage?.after ?? null } });
        const pageInfo = data?.producten?.pageInfo;
        productenPage = pageInfo?.hasNextPage && random() < 0.5 ? { code, after: pageInfo.endCursor } : null;
      } else {
        await send({ kind, query: werklijst, headers: transferpunt });
      }
    }
  }

  let lastTickAt = performance.now();
  let lastCpu = new Map(watched.map(({ name, pid }) => [name, readCpuSeconds(pid)]));
  const initialRss = Object.fromEntries(watched.map(({ name, pid }) => [name, readMemoryMb(pid)]));
  const tick = () => {
    const now = performance.now();
    const dtS = (now - lastTickAt) / 1000;
    lastTickAt = now;
    const sorted = Float64Array.from(interval.latencies).sort();
    const rssMb: Record<string, number | null> = {};
    const cpuPercent: Record<string, number | null> = {};
    for (const { name, pid } of watched) {
      rssMb[name] = readMemoryMb(pid);
      const cpu = readCpuSeconds(pid);
      const before = lastCpu.get(name);
      cpuPercent[name] = cpu !== null && before != null ? Math.round(((cpu - before) / dtS) * 1000) / 10 : null;
      lastCpu.set(name, cpu);
    }
    samples.push({
      t: Math.round(((now - start) / 1000) * 100) / 100,
      requests: interval.requests,
      errors: interval.errors,
      latencyMs: { p50: round1(percentile(sorted, 50)), p95: round1(percentile(sorted, 95)), p99: round1(percentile(sorted, 99)), max: round1(sorted.at(-1) ?? 0) },
      rssMb,
      cpuPercent,
    });
    interval = { requests: 0, errors: 0, latencies: [] };
    if (samples.length % 10 === 0) progress();
  };
  const progress = () => {
    const recent = samples.slice(-10);
    const span = recent.at(-1)!.t - (samples.at(-11)?.t ?? 0);
    const requests = recent.reduce((sum, sample) => sum + sample.requests, 0);
    const totalErrors = samples.reduce((sum, sample) => sum + sample.errors, 0);
    const last = recent.at(-1)!;
    const rss = watched.map(({ name }) => `${name} ${last.rssMb[name]?.toFixed(0) ?? '-'}`).join(', ');
    console.log(
      `soak: ${Math.round(last.t)}/${config.seconds} s  ${Math.round(requests / span)} req/s  ${totalErrors} errors  ` +
        `p95 ${Math.max(...recent.map((sample) => sample.latencyMs.p95)).toFixed(0)} ms  RSS MB: ${rss}`,
    );
  };

  console.log(`soak: ${config.clients} clients for ${config.seconds} s (warm-up ${config.warmupSeconds} s) against ${hub.gatewayUrl}; worklist seeded with ${seeded.woonvragen} woonvragen and ${seeded.woningen} woningen`);
  const timer = setInterval(tick, 1000);
  await Promise.all(Array.from({ length: config.clients }, (_, index) => client(index)));
  clearInterval(timer);
  // The requests that were in flight at the deadline, with the memory right after them.
  if (interval.requests > 0) tick();
  const databasesAfter = databaseSizesMb(hub.dataDir);
  const exits = [hub.gatewayProcess, ...Object.values(hub.subgraphProcesses)].filter((service) => service.child.exitCode !== null || service.child.signalCode !== null);
  for (const service of exits) recordError('werklijst', `${service.name} exited during the run (code ${service.child.exitCode}, signal ${service.child.signalCode})`);

  const fullGcs = fullGcsAt.map((gc) => ({ ...gc, t: round1((gc.t - start) / 1000) }));
  return { seeded, watched, samples, fullGcs, errors: [...errors.values()], latenciesByKind, requestsByKind, errorsByKind, initialRss, databasesBefore, databasesAfter, durationS: elapsedS() };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// Judging and reporting.

const { samples, watched } = report;
const steady = samples.filter((sample) => sample.t > config.warmupSeconds);
const third = Math.floor(steady.length / 3);
const memory = watched.map(({ name }) => {
  const points = steady.filter((sample) => sample.rssMb[name] != null).map((sample) => ({ t: sample.t, mb: sample.rssMb[name]! }));
  const first = median(points.slice(0, third).map((point) => point.mb));
  const last = median(points.slice(points.length - third).map((point) => point.mb));
  const growth = (last - first) / first;
  const slopeMbPerMin = slope(points.map((point) => point.t / 60), points.map((point) => point.mb));
  const cpu = steady.map((sample) => sample.cpuPercent[name]).filter((value): value is number => value != null);
  // The heap that survives a full collection is what the process really holds; RSS also counts
  // garbage V8 has not collected yet, so a leak shows here first and a sawtooth does not.
  // The main thread's isolate is the one with the largest heap; the loader thread's stays small.
  const ownGcs = report.fullGcs.filter((gc) => gc.process === name);
  const mainIsolate = ownGcs.reduce<FullGc | null>((largest, gc) => (!largest || gc.beforeMb > largest.beforeMb ? gc : largest), null)?.isolate;
  const liveGcs = ownGcs.filter((gc) => gc.isolate === mainIsolate && gc.t > config.warmupSeconds);
  const liveHeap = liveGcs.map((gc) => gc.afterMb);
  const liveHeapGrowth = liveHeap.length >= 2 ? (liveHeap.at(-1)! - liveHeap[0]!) / liveHeap[0]! : null;
  const liveHeapSlopeMbPerMin = liveHeap.length >= 3 ? slope(liveGcs.map((gc) => gc.t / 60), liveHeap) : null;
  return {
    name,
    startMb: report.initialRss[name] ?? null,
    afterWarmupMb: points[0]?.mb ?? null,
    firstThirdMedianMb: first,
    lastThirdMedianMb: last,
    growth,
    slopeMbPerMin,
    minMb: Math.min(...points.map((point) => point.mb)),
    maxMb: Math.max(...points.map((point) => point.mb)),
    endMb: points.at(-1)?.mb ?? null,
    meanCpuPercent: cpu.reduce((a, b) => a + b, 0) / (cpu.length || 1),
    fullGcsAfterWarmup: liveHeap.length,
    liveHeapFirstMb: liveHeap[0] ?? null,
    liveHeapLastMb: liveHeap.at(-1) ?? null,
    liveHeapMaxMb: liveHeap.length > 0 ? Math.max(...liveHeap) : null,
    liveHeapGrowth,
    liveHeapSlopeMbPerMin,
    flat: growth < MAX_GROWTH && (liveHeapGrowth === null || liveHeapGrowth < MAX_GROWTH) && (liveHeapSlopeMbPerMin === null || liveHeapSlopeMbPerMin < MAX_SLOPE_MB_PER_MIN),
  };
});
const totalRequests = samples.reduce((sum, sample) => sum + sample.requests, 0);
const totalErrors = samples.reduce((sum, sample) => sum + sample.errors, 0);
const steadyRequests = steady.reduce((sum, sample) => sum + sample.requests, 0);
const steadySpan = (steady.at(-1)?.t ?? 0) - (samples[samples.indexOf(steady[0]!) - 1]?.t ?? 0);
const allLatencies = Float64Array.from(Object.values(report.latenciesByKind).flat()).sort();
const memoryFlat = memory.every((entry) => entry.flat);
const cachePassed = cacheSoakPassed(cacheReport);
const passed = memoryFlat && totalErrors === 0 && cachePassed;

const mb = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const ms = (value: number) => value.toFixed(1);
const pct = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;

const omgeving = describeMachine();

writeFileSync(
  rawFile,
  `${JSON.stringify(
    {
      generated: new Date().toISOString(),
      omgeving,
      config: { ...config, mix: Object.fromEntries(MIX), requestTimeoutMs: REQUEST_TIMEOUT_MS },
      thresholds: { maxGrowth: MAX_GROWTH, maxSlopeMbPerMin: MAX_SLOPE_MB_PER_MIN },
      seeded: report.seeded,
      processes: watched.map(({ name }) => name),
      verdict: { passed, memoryFlat, totalRequests, totalErrors, cachePassed, staleAnswers: cacheReport.staleCount },
      memory,
      databasesMb: { before: report.databasesBefore, after: report.databasesAfter },
      perKind: WORKLOAD_NAMES.map((kind) => {
        const sorted = Float64Array.from(report.latenciesByKind[kind]).sort();
        return { kind, requests: report.requestsByKind[kind], errors: report.errorsByKind[kind], p50: round1(percentile(sorted, 50)), p95: round1(percentile(sorted, 95)), p99: round1(percentile(sorted, 99)), max: round1(sorted.at(-1) ?? 0) };
      }),
      errors: report.errors,
      samples,
      fullGcs: report.fullGcs,
      cacheSoak: cacheReport,
    },
    null,
    1,
  )}\n`,
);
writeFileSync(svgFile, memoryChart());

const windowSeconds = config.seconds >= 600 ? 60 : 30;
const windows: Sample[][] = [];
for (const sample of samples) {
  const index = Math.min(Math.floor((sample.t - 0.001) / windowSeconds), Math.floor((config.seconds - 0.001) / windowSeconds));
  (windows[index] ??= []).push(sample);
}

const markdown = [
  '# Soak run: the hub under steady load',
  '',
  `${machineInWords(omgeving)} ` +
    `The real hub as the end-to-end harness starts it: four subgraph processes on SQLite and the gateway, each its own Node process, ` +
    `with the load generator in a sixth process on the same machine. ${config.clients} clients, closed loop over keep-alive connections, ` +
    `for ${config.seconds} s; the first ${config.warmupSeconds} s are warm-up and not judged. ` +
    `Mix per request: region page across all four subgraphs 30 %, partner search with cursor paging 30 %, products and subsidies 20 %, ` +
    `the Transferpunt worklist (TRANSFERPUNT token, ${report.seeded.woonvragen} woonvragen and ${report.seeded.woningen} woningen registered before the run) 20 %. ` +
    'An error is an HTTP status other than 200, a body with `errors`, a body without data, or a request failing or taking more than 30 s.',
  '',
  `**Verdict: ${passed ? 'pass' : 'FAIL'}.** ${totalRequests.toLocaleString('en')} requests, ${totalErrors} errors; memory ${memoryFlat ? 'flat in every process' : 'NOT flat in ' + memory.filter((entry) => !entry.flat).map((entry) => entry.name).join(', ')}; ` +
    `the response cache under edits ${cachePassed ? 'served no stale answer and no error' : 'FAILED'} (${cacheReport.staleCount} stale answers; below).`,
  '',
  `Memory is flat when, after warm-up, the median RSS of the last third of the samples is less than ${MAX_GROWTH * 100} % above the median of the first third, ` +
    `and the live heap after full collections does not grow: the last less than ${MAX_GROWTH * 100} % above the first, and with three or more collections a slope under ${MAX_SLOPE_MB_PER_MIN} MB/min (a leak at that rate would be 1.4 GB a day). ` +
    'The slope of RSS is shown, not judged: a process with a full collection every few minutes lets RSS climb for minutes and then drops it. ' +
    'RSS (VmRSS from /proc/<pid>/status) and CPU (utime + stime from /proc/<pid>/stat) are sampled once a second. ' +
    "The live heap is V8's own figure after each full (mark-compact) collection, from `--trace-gc` (bench/trace-full-gc.mjs): what survives a full collection is what the process holds, so a leak shows there as a rising line while RSS also carries garbage not yet collected.",
  '',
  '![RSS per process over the run](soak-memory.svg)',
  '',
  '## Memory and CPU per process',
  '',
  '| process | RSS at start (MB) | after warm-up | median first third | median last third | growth | RSS slope (MB/min, not judged) | min – max after warm-up | at end | live heap after full GCs: first → last (max), count, slope (MB/min) | mean CPU after warm-up | flat |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
  ...memory.map(
    (entry) =>
      `| ${entry.name} | ${mb(entry.startMb)} | ${mb(entry.afterWarmupMb)} | ${mb(entry.firstThirdMedianMb)} | ${mb(entry.lastThirdMedianMb)} | ${pct(entry.growth)} | ${entry.slopeMbPerMin.toFixed(2)} | ` +
      `${mb(entry.minMb)} – ${mb(entry.maxMb)} | ${mb(entry.endMb)} | ${entry.fullGcsAfterWarmup === 0 ? 'none' : `${mb(entry.liveHeapFirstMb)} → ${mb(entry.liveHeapLastMb)} (${mb(entry.liveHeapMaxMb)}), ${entry.fullGcsAfterWarmup}${entry.liveHeapSlopeMbPerMin === null ? '' : `, ${entry.liveHeapSlopeMbPerMin.toFixed(2)}`}`} | ${entry.meanCpuPercent.toFixed(0)} % | ${entry.flat ? 'yes' : '**no**'} |`,
  ),
  '',
  `SQLite files (database + WAL) before → after the run: ${Object.keys(report.databasesAfter).sort().map((name) => `${name} ${mb(report.databasesBefore[name] ?? 0)} → ${mb(report.databasesAfter[name]!)} MB`).join(', ')}. ` +
    "woonopties grows because every read of a demand record is written to the access log, as the README promises; " +
    "its RSS follows the file until SQLite's page cache is full (4 MiB per connection there, set in subgraphs/woonopties/src/db/database.ts; better-sqlite3's default of 16 MiB let it grow 12 % over a run), while its live heap stays level.",
  '',
  '## Throughput and latency',
  '',
  `After warm-up: ${Math.round(steadyRequests / steadySpan)} requests/s. Latency is from the client, request sent to body read, whole run.`,
  '',
  '| query | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |',
  '|---|--:|--:|--:|--:|--:|--:|',
  ...WORKLOAD_NAMES.map((kind) => {
    const sorted = Float64Array.from(report.latenciesByKind[kind]).sort();
    return `| ${kind} | ${report.requestsByKind[kind].toLocaleString('en')} | ${report.errorsByKind[kind]} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? 0)} |`;
  }),
  `| all | ${totalRequests.toLocaleString('en')} | ${totalErrors} | ${ms(percentile(allLatencies, 50))} | ${ms(percentile(allLatencies, 95))} | ${ms(percentile(allLatencies, 99))} | ${ms(allLatencies.at(-1) ?? 0)} |`,
  '',
  `Per ${windowSeconds} s window (latency: the worst per-second percentile in the window; RSS at the window's last sample):`,
  '',
  `| window (s) | req/s | errors | p50 (ms) | p95 (ms) | p99 (ms) | ${watched.map(({ name }) => `${name} RSS (MB)`).join(' | ')} |`,
  `|---|--:|--:|--:|--:|--:|${watched.map(() => '--:').join('|')}|`,
  ...windows.map((window, index) => {
    const span = window.at(-1)!.t - (index === 0 ? 0 : windows[index - 1]!.at(-1)!.t);
    const requests = window.reduce((sum, sample) => sum + sample.requests, 0);
    const worst = (key: 'p50' | 'p95' | 'p99') => ms(Math.max(...window.map((sample) => sample.latencyMs[key])));
    return (
      `| ${index * windowSeconds}–${Math.round(window.at(-1)!.t)} | ${Math.round(requests / span)} | ${window.reduce((sum, sample) => sum + sample.errors, 0)} | ` +
      `${worst('p50')} | ${worst('p95')} | ${worst('p99')} | ${watched.map(({ name }) => mb(window.at(-1)!.rssMb[name] ?? null)).join(' | ')} |`
    );
  }),
  '',
  '## Errors',
  '',
  ...(report.errors.length === 0
    ? ['None.']
    : [
        '| query | count | first at (s) | last at (s) | message |',
        '|---|--:|--:|--:|---|',
        ...report.errors.map((error) => `| ${error.kind} | ${error.count} | ${error.firstAtS} | ${error.lastAtS} | ${tableCell(error.message)} |`),
      ]),
  '',
  'Every per-second sample (requests, errors, latency percentiles, RSS and CPU per process) is in `bench/soak-raw.json`.',
  '',
  cacheSoakMarkdown(cacheReport),
].join('\n');

process.stdout.write(`${markdown}\n`);
if (args.out) {
  writeFileSync(args.out, markdown);
  process.stderr.write(`written to ${args.out}\n`);
}
process.exit(passed ? 0 : 3);

/** A line chart of RSS per process, drawn here so the report needs no charting dependency. */
function memoryChart(): string {
  const width = 960;
  const height = 440;
  const margin = { left: 64, right: 200, top: 40, bottom: 48 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];
  const maxT = Math.max(config.seconds, samples.at(-1)?.t ?? 0);
  const maxMb = Math.max(...samples.flatMap((sample) => Object.values(sample.rssMb).filter((value): value is number => value != null)));
  const yStep = niceStep(maxMb / 5);
  const yMax = Math.ceil((maxMb * 1.05) / yStep) * yStep;
  const xStep = niceStep(maxT / 8);
  const x = (t: number) => margin.left + (t / maxT) * plotWidth;
  const y = (value: number) => margin.top + plotHeight - (value / yMax) * plotHeight;
  const firstThirdEnd = steady[third - 1]?.t ?? 0;
  const lastThirdStart = steady[steady.length - third]?.t ?? 0;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  parts.push(`<text x="${margin.left}" y="22" font-size="15" font-weight="bold">RSS per process, ${config.clients} clients, ${config.seconds} s (${passed ? 'pass' : 'FAIL'})</text>`);
  parts.push(`<rect x="${x(0)}" y="${margin.top}" width="${x(config.warmupSeconds) - x(0)}" height="${plotHeight}" fill="#eee"/>`);
  parts.push(`<text x="${x(0) + 4}" y="${margin.top + 14}" fill="#777">warm-up</text>`);
  for (let value = 0; value <= yMax + 1e-9; value += yStep) {
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${value}</text>`);
  }
  for (let t = 0; t <= maxT + 1e-9; t += xStep) {
    parts.push(`<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight + 4}" stroke="#333"/>`);
    parts.push(`<text x="${x(t).toFixed(1)}" y="${margin.top + plotHeight + 18}" text-anchor="middle">${t}</text>`);
  }
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#333"/>`);
  parts.push(`<text x="${margin.left + plotWidth / 2}" y="${height - 10}" text-anchor="middle">seconds since the load started</text>`);
  parts.push(`<text transform="translate(16 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">RSS (MB)</text>`);
  memory.forEach((entry, index) => {
    const colour = colours[index % colours.length]!;
    const points = samples.filter((sample) => sample.rssMb[entry.name] != null).map((sample) => `${x(sample.t).toFixed(1)},${y(sample.rssMb[entry.name]!).toFixed(1)}`);
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${points.join(' ')}"/>`);
    // The two medians the verdict compares, drawn over the thirds they summarise.
    parts.push(`<line x1="${x(steady[0]?.t ?? 0).toFixed(1)}" x2="${x(firstThirdEnd).toFixed(1)}" y1="${y(entry.firstThirdMedianMb).toFixed(1)}" y2="${y(entry.firstThirdMedianMb).toFixed(1)}" stroke="${colour}" stroke-width="3" stroke-dasharray="6 3" opacity="0.6"/>`);
    parts.push(`<line x1="${x(lastThirdStart).toFixed(1)}" x2="${x(steady.at(-1)?.t ?? 0).toFixed(1)}" y1="${y(entry.lastThirdMedianMb).toFixed(1)}" y2="${y(entry.lastThirdMedianMb).toFixed(1)}" stroke="${colour}" stroke-width="3" stroke-dasharray="6 3" opacity="0.6"/>`);
    const legendY = margin.top + 10 + index * 34;
    parts.push(`<line x1="${width - margin.right + 16}" x2="${width - margin.right + 40}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="3"/>`);
    parts.push(`<text x="${width - margin.right + 46}" y="${legendY + 4}">${entry.name}${entry.flat ? '' : ' (not flat)'}</text>`);
    parts.push(`<text x="${width - margin.right + 46}" y="${legendY + 18}" fill="#555" font-size="11">${pct(entry.growth)}, ${entry.slopeMbPerMin.toFixed(2)} MB/min</text>`);
  });
  parts.push(`<text x="${width - margin.right + 16}" y="${margin.top + 20 + memory.length * 34}" fill="#555" font-size="11">dashed: medians of the first</text>`);
  parts.push(`<text x="${width - margin.right + 16}" y="${margin.top + 34 + memory.length * 34}" fill="#555" font-size="11">and last third after warm-up</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function niceStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  return (normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10) * magnitude;
}
