/** The gateway benchmark's Markdown section: verdicts, a table per scale and workload, SQL statements, the effect of each change, errors. */
import { median, percentile } from '../measure.js';
import { machineInWords, tableCell, type Machine } from '../report-parts.js';
import { lightBlockRequests, type GatewaysConfig } from './config.js';
import type { ErrorSeen, Heavy } from './measure-load.js';
import type { ScaleResult } from './measure-scale.js';
import { TARGET_NAMES, TARGET_TITLES, type TargetName } from './targets.js';
import type { VariationResult } from './variations.js';
import { cellOf, perRoundRatio, roundRatios, type Verdict } from './verdicts.js';
import type { Workload } from './workloads.js';

export interface GatewaysReport {
  machine: Machine;
  config: GatewaysConfig;
  workloads: Workload[];
  verdicts: Verdict[];
  passed: boolean;
  results: ScaleResult[];
  variationResults: VariationResult[];
  errors: ErrorSeen[];
}

const f2 = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const f0 = (value: number | null) => (value === null ? '–' : value.toFixed(0));
const ratio = (value: number | null, base: number | null) => (value === null || base === null || base === 0 ? '–' : `${(value / base).toFixed(2)}×`);

export function gatewaysMarkdown(report: GatewaysReport): string {
  const { machine, config, verdicts, passed } = report;
  return [
    '# Gateways against their peers',
    '',
    `${machineInWords(machine)} All targets use the same four subgraph processes (SQLite, the hub's own code) and the same supergraph, in this one run; the load generator is this process, on the same machine. ` +
      `Each workload starts with ${config.warmupSeconds} s of closed-loop load per target, unmeasured, so plans, connections and the JIT have settled. Light load: then one client, one request at a time, ${lightBlockRequests(config) * config.rounds} requests per target in ${config.rounds} blocks with the targets interleaved; the percentiles are over all of them. Under load: then ${config.clients} closed-loop clients over keep-alive connections, ${config.rounds} rounds of ${config.seconds} s with the targets interleaved; the median of the rounds is shown. ` +
      'CPU is utime + stime from /proc/<pid>/stat of each process over the run, divided by its requests; peak RSS is the largest VmRSS sampled every 100 ms (and VmHWM at the end). ' +
      'A figure under load is the median of the rounds; a ratio under load (the "vs" columns and the verdicts) is worked out per round, between the two targets of that round, and is the median of those ratios, because the machine drifts by up to ±30 % from round to round.',
    '',
    '- **vangnet**: the hub gateway as `npm start` runs it, but without its response cache (RESPONSE_CACHE=false; "The effect of each change" measures the cache): Hive Gateway runtime with the Rust query planner, every hardening and observability plugin on, a log line per request, and identical requests and subgraph calls in flight shared (same query, variables and token). Each workload sends its variants in turn, so of 8 clients some ask the same at the same moment, as visitors of one region page do; Apollo Gateway and the floor do not share, and the last section shows what sharing changes.',
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
    ...report.results.flatMap((result) => scaleSection(result, report.workloads)),
    ...statementsSection(report.results, report.workloads),
    ...variationsSection(report),
    ...errorsSection(report.errors),
    'Every figure is in `bench/gateways-raw.json`, with each round of each run.',
    '',
  ].join('\n');
}

function scaleSection(result: ScaleResult, workloads: Workload[]): string[] {
  const { volume } = result;
  const lines = [`## ×${volume.scale}: ${volume.regios} regions, ${volume.partners} partners, ${volume.woonvragen} woonvragen, ${volume.woningen} woningen`, ''];
  for (const workload of workloads) {
    const floor = cellOf(result, 'floor', workload.name);
    lines.push(
      `### ${workload.title} (\`${workload.name}\`, ${result.subgraphCalls[workload.name]} subgraph calls per request)`,
      '',
      '| target | light p50 (ms) | light p95 | light p99 | p50 over floor (ms) | gateway CPU per request, light (ms) | req/s under load | vs peer | vs floor | p50 / p99 under load (ms) | gateway CPU per request (ms) | vs peer | subgraphs CPU per request (ms) | gateway peak RSS (MB) | errors |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
      ...TARGET_NAMES.map((target) => {
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
    `Gateway peak RSS over the whole scale (VmHWM): ${TARGET_NAMES.filter((target) => target !== 'floor').map((target) => `${TARGET_TITLES[target]} ${f0(result.gatewayHwmMb[target] ?? null)} MB`).join(', ')}.`,
    '',
  );
  return lines;
}

function statementsSection(results: ScaleResult[], workloads: Workload[]): string[] {
  return [
    '## SQL statements per request',
    '',
    "From the subgraphs' own statement counters (the fewest of three runs), one request per workload through vangnet's gateway, at each data volume:",
    '',
    `| workload | ${results.map((result) => `×${result.volume.scale}`).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|`,
    ...workloads.map((workload) => `| ${workload.name} | ${results.map((result) => Object.entries(result.statements[workload.name]).map(([name, count]) => `${name} ${count}`).join(', ')).join(' | ')} |`),
    '',
    'woonopties writes one access-log statement per request for the worklist, as the README promises: every read of a demand record is logged.',
    '',
  ];
}

function variationsSection({ config, results, variationResults }: GatewaysReport): string[] {
  if (variationResults.length === 0) return [];
  const base = variationResults[0]!;
  const basePeak = Math.max(...base.runs.map((run) => run.peakRssMb.gateway!));
  // A variant is compared with the gateway as it runs in the same round (see roundRatios), and the
  // ratios of the rounds are summed up by their median and middle half.
  const pairedRatio = (result: VariationResult, figure: (run: Heavy) => number) => {
    const ratios = roundRatios(result.runs, base.runs, figure).sort((a, b) => a - b);
    return `${median(ratios).toFixed(2)}× (${percentile(ratios, 25).toFixed(2)}–${percentile(ratios, 75).toFixed(2)})`;
  };
  return [
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
    'Changes without a switch to undo them, whose effect shows in the soak section (gateway memory under steady load): request and subgraph time limits with plain timers instead of `AbortSignal.timeout()` and combined signals, and no per-call listener on the HTTP executor\'s long-lived dispose signal (gateway/src/plugins/deadlines.ts). Query plans and parsed documents are cached by the runtime (LRU per document); entity fetches are batched per request by DataLoader in every subgraph (the statement counts above).',
    '',
  ];
}

function errorsSection(errors: ErrorSeen[]): string[] {
  if (errors.length === 0) return [];
  return ['## Errors', '', '| scale | target | workload | message |', '|---|---|---|---|', ...errors.map((error) => `| ×${error.scale} | ${error.target} | ${error.workload} | ${tableCell(error.message).slice(0, 300)} |`), ''];
}
