/** The profile's section of bench/report.md: shares of CPU per layer and workload, the hot functions, and each variant's cost. */
import { median } from '../measure.js';
import { machineInWords, tableCell, type Machine } from '../report-parts.js';
import type { ErrorSeen, Heavy } from '../gateways/measure-load.js';
import type { Workload } from '../gateways/workloads.js';
import { CATEGORIES, type Category, type FunctionCost, type ProfileSummary } from './cpu-profile.js';
import type { ProfileVariant } from './variants.js';

export interface ProfileRun {
  workload: string;
  variant: string;
  round: number;
  heavy: Heavy;
  profile: ProfileSummary;
}

interface ProfileReport {
  machine: Machine;
  config: { seconds: number; warmupSeconds: number; clients: number; rounds: number };
  workloads: Workload[];
  variants: ProfileVariant[];
  runs: ProfileRun[];
  errors: ErrorSeen[];
}

const busyCategories = CATEGORIES.filter((category) => category !== 'idle');

const CATEGORY_NOTES: Record<Category, string> = {
  'HTTP adapter': 'node:http, net, streams, timers and microtask plumbing, @whatwg-node/server and its fetch/promise helpers; the socket writes of answers',
  'Yoga and envelop hooks': 'graphql-yoga, @envelop/*, @graphql-hive/gateway-runtime, its logger and signal helpers, graphql-armor',
  'our layer': "vangnet's own code: the gateway bundle (dist/gateway.mjs, esbuild output with every dependency external, so every frame in it is ours)",
  'parsing and validation': 'graphql/language and graphql/validation',
  planning: '@graphql-hive/router-query-planner (the Rust planner behind N-API; plans are cached, so it runs only on a new document)',
  'plan execution and projection': '@graphql-hive/router-runtime (executes the plan and projects the result), @graphql-mesh/fusion-runtime, @graphql-tools/*, graphql/execution and graphql utilities',
  'subgraph calls': '@graphql-mesh/transport-http, @graphql-tools/executor-http, undici (Node\'s own included), and Node\'s http client with its socket writes (vangnet sends subgraph calls with node:http): a native or node: frame counts here when a client request or a subgraph-call function is on its stack',
  serialisation: 'JSON.stringify and JSON.parse when V8 shows them as frames of their own; inside a JS function they count to that function',
  GC: '(garbage collector): the main thread\'s share of collection',
  other: '(program) (V8 and Node native work not attributed to a script), runMicrotasks, and native or node: frames with no caller of a layer on their stack',
  idle: '(idle): waiting for I/O',
};

const percent = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '–');

function runsOf(runs: ProfileRun[], workload: string, variant: string): ProfileRun[] {
  return runs.filter((run) => run.workload === workload && run.variant === variant);
}

/** Summed over a variant's rounds on one workload: the shares are of all samples taken. */
function pooled(runs: ProfileRun[]): { busy: number; requests: number; byCategory: Record<Category, number>; top: FunctionCost[] } {
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  const functions = new Map<string, FunctionCost>();
  let busy = 0;
  let requests = 0;
  for (const run of runs) {
    busy += run.profile.busySamples;
    requests += run.heavy.requests;
    for (const category of CATEGORIES) byCategory[category] += run.profile.byCategory[category];
    for (const cost of run.profile.topFunctions) {
      const key = `${cost.name} ${cost.where}`;
      const seen = functions.get(key) ?? { ...cost, samples: 0 };
      seen.samples += cost.samples;
      functions.set(key, seen);
    }
  }
  return { busy, requests, byCategory, top: [...functions.values()].sort((a, b) => b.samples - a.samples) };
}

export function profileMarkdown({ machine, config, workloads, variants, runs, errors }: ProfileReport): string {
  const main = variants[0]!;
  const lines: string[] = [
    '# Where the gateway\'s CPU goes',
    '',
    `${machineInWords(machine)} The hub as the end-to-end harness starts it (four subgraph processes on SQLite with the seeds' data, ×1), and the gateway as \`npm start\` runs it: ` +
      'its esbuild bundle with every dependency external, the Rust query planner, NODE_ENV=production and the heap settings of lib/services.ts, started with `--cpu-prof` (V8\'s sampling profiler, ' +
      `a sample every millisecond). Per workload and variant a fresh gateway, ${config.warmupSeconds} s of warm-up, then ${config.seconds} s of closed-loop load ` +
      `with ${config.clients} clients (the gateways bench's workloads and variables), ${config.rounds} round${config.rounds === 1 ? '' : 's'}; then SIGTERM, the gateway drains and exits, and V8 writes the profile. ` +
      'Only samples taken during the measured load count, and they are counted, not timed: on a shared machine the gap before a sample also holds time spent waiting for a core. ' +
      'Each sample goes to a layer by the script of its top frame (bench/profile/cpu-profile.ts), a function\'s own time, not its callees\'; ' +
      'native frames (syscalls such as writev, string encoding) and Node\'s own modules go to the subgraph calls when a client request is on their stack, else to what their script says.',
    '',
    'The machine has two cores, shared by the load generator, the subgraphs, the gateway and other engineers\' test runs in parallel: absolute milliseconds vary by tens of percent between runs. ' +
      'The shares within one profile are what this section is for. "CPU/req (/proc)" is the gateway process\'s CPU time per request (all threads, the profiler\'s own cost included); ' +
      'the shares are of the main thread\'s busy samples (GC on helper threads is in the first and not the second).',
    '',
    '| layer | what counts to it |',
    '|---|---|',
    ...busyCategories.map((category) => `| ${category} | ${tableCell(CATEGORY_NOTES[category])} |`),
    '',
    `## Share of the gateway's busy main-thread time per layer (${main.name})`,
    '',
    `| layer | ${workloads.map((workload) => workload.name).join(' | ')} |`,
    `|---|${workloads.map(() => '--:').join('|')}|`,
  ];
  const mainPooled = new Map(workloads.map((workload) => [workload.name, pooled(runsOf(runs, workload.name, main.name))]));
  for (const category of busyCategories) {
    lines.push(`| ${category} | ${workloads.map((workload) => { const p = mainPooled.get(workload.name)!; return percent(p.byCategory[category], p.busy); }).join(' | ')} |`);
  }
  lines.push(
    `| samples (busy) | ${workloads.map((workload) => mainPooled.get(workload.name)!.busy).join(' | ')} |`,
    `| **CPU ms per request (/proc)** | ${workloads.map((workload) => cpuPerRequest(runsOf(runs, workload.name, main.name))).join(' | ')} |`,
    `| throughput (req/s) | ${workloads.map((workload) => median(runsOf(runs, workload.name, main.name).map((run) => run.heavy.throughput)).toFixed(0)).join(' | ')} |`,
    `| idle, share of all samples | ${workloads.map((workload) => { const p = mainPooled.get(workload.name)!; return percent(p.byCategory.idle, p.busy + p.byCategory.idle); }).join(' | ')} |`,
    '',
    `Per layer in CPU milliseconds per request (${main.name}): the layer's share of the busy samples times the process's CPU per request from /proc, so GC on helper threads and the profiler's own cost are spread over the layers:`,
    '',
    `| layer | ${workloads.map((workload) => workload.name).join(' | ')} |`,
    `|---|${workloads.map(() => '--:').join('|')}|`,
    ...busyCategories.map((category) => `| ${category} | ${workloads.map((workload) => { const p = mainPooled.get(workload.name)!; const cpu = medianCpu(runsOf(runs, workload.name, main.name)); return p.busy > 0 && cpu !== null ? ((cpu * p.byCategory[category]) / p.busy).toFixed(2) : '–'; }).join(' | ')} |`),
    '',
  );
  for (const workload of workloads) {
    const p = mainPooled.get(workload.name)!;
    lines.push(`### Top 15 functions by self time: ${workload.name} (${main.name})`, '', '| function | where | layer | share of busy time |', '|---|---|---|--:|');
    for (const cost of p.top.slice(0, 15)) lines.push(`| ${tableCell(cost.name)} | ${tableCell(cost.where)} | ${cost.category} | ${percent(cost.samples, p.busy)} |`);
    lines.push('');
  }
  if (variants.length > 1) {
    lines.push(
      '## Each variant against the gateway as it runs, same run',
      '',
      ...variants.slice(1).map((variant) => `- **${variant.name}**: ${variant.change}`),
      '',
      `| workload | ${variants.map((variant) => `${variant.name}: CPU ms/req (/proc) | busy samples per request`).join(' | ')} |`,
      `|---|${variants.map(() => '--:|--:').join('|')}|`,
      ...workloads.map((workload) => `| ${workload.name} | ${variants.map((variant) => { const r = runsOf(runs, workload.name, variant.name); const p = pooled(r); return `${cpuPerRequest(r)} | ${p.requests > 0 ? (p.busy / p.requests).toFixed(2) : '–'}`; }).join(' | ')} |`),
      '',
      'CPU per request is the median over the rounds; busy samples per request (about the main thread\'s milliseconds) are pooled over the rounds. A variant without a change that matters differs from the gateway as it runs by the machine\'s noise, which on two shared cores is ±10-30 % per run.',
      '',
    );
  }
  if (errors.length > 0) {
    lines.push('## Errors seen', '', '| workload | message |', '|---|---|', ...errors.map((error) => `| ${error.workload} | ${tableCell(error.message)} |`), '');
  }
  return lines.join('\n');
}

function medianCpu(runs: ProfileRun[]): number | null {
  return runs.length > 0 ? median(runs.map((run) => run.heavy.cpuMsPerRequest.gateway!)) : null;
}

function cpuPerRequest(runs: ProfileRun[]): string {
  return medianCpu(runs)?.toFixed(2) ?? '–';
}
