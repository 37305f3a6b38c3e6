/**
 * The gateway benchmark's Markdown section: verdicts, a table per scale and workload, the ceiling the
 * floor sets, the cached comparison, memory with the response cache full, SQL statements, the effect
 * of each change, errors.
 */
import { median, percentile } from '../measure.js';
import { machineInWords, tableCell, type Machine } from '../report-parts.js';
import { FULL_SHARE, type FullCacheResult } from './cache-memory.js';
import { CACHED_WORKLOADS, PUBLIC_WORKLOADS, type CachedResult } from './cached.js';
import { lightBlockRequests, type GatewaysConfig } from './config.js';
import type { ErrorSeen, Heavy } from './measure-load.js';
import type { ScaleResult } from './measure-scale.js';
import { CACHE_TTL_SECONDS, CACHED_TARGET_NAMES, TARGET_NAMES, TARGET_TITLES, type TargetName } from './targets.js';
import type { VariationResult } from './variations.js';
import { cellOf, hitRatioOf, perRoundRatio, ratioInWords, ratioSpread, roundRatios, type Verdict } from './verdicts.js';
import type { Workload } from './workloads.js';

export interface GatewaysReport {
  machine: Machine;
  config: GatewaysConfig;
  workloads: Workload[];
  verdicts: Verdict[];
  passed: boolean;
  results: ScaleResult[];
  variationResults: VariationResult[];
  cached: CachedResult;
  fullCache: FullCacheResult;
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
    '- **vangnet**: the hub gateway as `npm start` runs it, but without its response cache (RESPONSE_CACHE=false; "With response caches" compares it cached): Hive Gateway runtime with the Rust query planner, every hardening and observability plugin on, a log line per request, and identical requests and subgraph calls in flight shared (same query, variables and token). Each workload sends its variants in turn, so of 8 clients some ask the same at the same moment, as visitors of one region page do; Apollo Gateway and the floor do not share, and the last section shows what sharing changes.',
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
    ...ceilingSection(report.results, report.workloads),
    ...cachedSection(report),
    ...fullCacheSection(report.fullCache),
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

function ceilingSection(results: ScaleResult[], workloads: Workload[]): string[] {
  return [
    '## The ceiling the floor sets',
    '',
    "A gateway that cost nothing would still wait for the subgraphs, so it could not answer faster than the floor: the floor's throughput over Apollo Gateway's is the most any gateway could reach against Apollo Gateway on this machine, with this load generator. Per round, as the verdicts; a ceiling under 1.3× means the throughput target cannot be met on that workload by the gateway alone.",
    '',
    `| workload | ${results.map((result) => `×${result.volume.scale}`).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|`,
    ...workloads.map((workload) => `| ${workload.name} | ${results.map((result) => ratioInWords(ratioSpread(result, 'floor', 'apollo', workload.name, (run) => run.throughput))).join(' | ')} |`),
    '',
  ];
}

function cachedSection({ config, cached, workloads }: GatewaysReport): string[] {
  const titleOf = (name: string) => workloads.find((workload) => workload.name === name)!.title;
  const lines = [
    '## With response caches',
    '',
    `At ×${cached.scale} only, like the effect of each change: a cache hit does not depend on the data volume. Three targets, measured exactly as above (${config.warmupSeconds} s of warm-up each, which also fills the caches, then light load and ${config.rounds} rounds of ${config.seconds} s under load, interleaved):`,
    '',
    `- **${TARGET_TITLES['vangnet-cached']}**: the same gateway with RESPONSE_CACHE=true and its defaults (time-to-live ${CACHE_TTL_SECONDS} s, at most 20 MB). It caches anonymous queries without errors whose plan asked only regions, partners and voorzieningen, the subgraphs with a change feed; a hit says \`x-vangnet-cache: hit\`.`,
    `- **${TARGET_TITLES['apollo-cached']}**: the peer with \`@apollo/server-plugin-response-cache\` in Apollo Server's own bounded in-memory cache (PEER_RESPONSE_CACHE_TTL_S=${CACHE_TTL_SECONDS}). Behind a gateway, Apollo Server's cache-control plugin sees no resolvers run, so \`defaultMaxAge\` and \`@cacheControl\` hints never apply and an answer's cache policy comes only from the subgraphs' Cache-Control headers; the hub's subgraphs send none, and a missing header makes an answer uncacheable. So the peer gives every query a public policy of ${CACHE_TTL_SECONDS} s, ignores the headers of the three subgraphs vangnet caches, still honours woonopties' (whose missing header keeps its answers out of the cache), and reads and writes the cache only for requests without Authorization or Cookie: it caches exactly what vangnet caches. A hit carries an \`age\` header.`,
    `- **${TARGET_TITLES['static-answers']}**: vangnet's answer to each variant, recorded once and sent back by a node:http server that does nothing else (bench/gateways/static-answers.ts). Its light-load p50 is the floor of a cached answer: the load generator, the loopback and HTTP. Its "gateway" figures are that server's.`,
    '',
    `The public workloads, whose answers vangnet caches, are ${PUBLIC_WORKLOADS.map((name) => `\`${name}\``).join(' and ')}; the verdicts judge those. The region page is shown too, but it is not a public workload: it asks woonopties for the matching points, so neither cache holds it, and it shows what each cache costs a query it passes by. The Transferpunt worklist is not run here: it carries a staff token, which both caches pass by (Apollo Server's plugin would otherwise store an answer to a token in its public cache), so it would only repeat the uncached comparison.`,
    '',
    'The hit ratio is the share of answers after the warm-up that came from the cache (from each answer\'s header). Both caches expire answers after the same time-to-live while the rounds run, so both have some misses; a ratio under load is worked out per round, as above.',
    '',
    "The bare server's \"vs Apollo cached\" throughput is the ceiling of the cached comparison, as the floor is of the uncached one: a cache that cost nothing could answer no faster. At these rates the load generator, on the same cores, takes a large share of the machine, so the ceiling is as much the load generator's as the servers'.",
    '',
  ];
  for (const workload of CACHED_WORKLOADS) {
    const staticP50 = cellOf(cached, 'static-answers', workload).light.p50;
    lines.push(
      `### ${titleOf(workload)} (\`${workload}\`${PUBLIC_WORKLOADS.includes(workload) ? '' : ', not cached by either'})`,
      '',
      '| target | hit ratio | light p50 (ms) | light p95 | p50 over the same bytes (ms) | gateway CPU per request, light (ms) | req/s under load | vs Apollo cached | p50 / p99 under load (ms) | gateway CPU per request (ms) | vs Apollo cached | subgraphs CPU per request (ms) | gateway peak RSS (MB) | errors |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
      ...CACHED_TARGET_NAMES.map((target) => {
        const cell = cellOf(cached, target, workload);
        const hitRatio = hitRatioOf(cached, target, workload);
        const vsApollo = (figure: (run: Heavy) => number) => (target === 'apollo-cached' ? '–' : ratioInWords(ratioSpread(cached, target, 'apollo-cached', workload, figure)));
        return (
          `| ${TARGET_TITLES[target]} | ${hitRatio === null ? '–' : hitRatio.toFixed(3)} | ${f2(cell.light.p50)} | ${f2(cell.light.p95)} | ${target === 'static-answers' ? '–' : f2(cell.light.p50 - staticP50)} | ${f2(cell.light.gatewayCpuMs)} | ` +
          `${f0(cell.throughput)} | ${vsApollo((run) => run.throughput)} | ${f2(cell.heavyP50)} / ${f2(cell.heavyP99)} | ${f2(cell.gatewayCpuMs)} | ${target === 'static-answers' ? '–' : vsApollo((run) => run.cpuMsPerRequest.gateway!)} | ${f2(cell.subgraphsCpuMs)} | ${f0(cell.gatewayPeakRssMb)} | ${cell.errors} |`
        );
      }),
      '',
    );
  }
  return lines;
}

function fullCacheSection(full: FullCacheResult): string[] {
  const outcomes = Object.entries(full.outcomes).map(([outcome, count]) => `${outcome} ${count}`).join(', ');
  return [
    '## Gateway memory with the response cache full',
    '',
    `At ×${full.scale}, a fresh gateway with the response cache at its defaults, loaded by the same closed-loop clients with distinct pages of the partner directory (the partner search page's selection, paged after each of the first partners, 10 to 100 a page, with and without a region and a role filter: ${full.distinctRequests} distinct requests sent) until /metrics showed the cache at ${FULL_SHARE * 100} % of RESPONSE_CACHE_MAX_BYTES or more with answers evicted, then for as long again as a round under load. The cache counts two bytes a character of each key and answer, so its bound is an upper bound on what the strings take.`,
    '',
    '| cache bound (MB) | cache held (MB) | answers held | evicted | full after (s) | requests | by outcome | errors | gateway peak RSS (MB, VmHWM) |',
    '|--:|--:|--:|--:|--:|--:|---|--:|--:|',
    `| ${(full.maxBytes / 1e6).toFixed(1)} | ${(full.bytes / 1e6).toFixed(1)} | ${full.entries} | ${full.evictions} | ${full.filledAfterSeconds === null ? 'never' : full.filledAfterSeconds.toFixed(1)} | ${full.requests} | ${outcomes} | ${full.errors} | ${f0(full.peakRssMb)} |`,
    '',
  ];
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
