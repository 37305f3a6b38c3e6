/**
 * The Transferpunt's monitor (woonopties `monitor`) as data grows: time per request through the
 * gateway and SQL statements per request, for the region's Transferpunt (with breakdowns) and for
 * an anonymous visitor (totals only), at ×1, ×10 and ×100.
 *
 *   node --import tsx bench/monitor.ts [--out results/monitor.md]
 *
 * Data: the hub's data grown as the gateway benchmark grows it (bench/data-growth.ts), plus a year
 * of the region's referral history at `scale` times 60 housed people and 40 declined referrals.
 * Per scale and viewer: BENCH_MONITOR_WARMUP unmeasured requests, then BENCH_MONITOR_REQUESTS
 * requests one at a time (light load), timed from the client. Statements come from the woonopties
 * subgraph's own counter, the fewest of three requests. BENCH_SCALES (default 1,10,100) picks the
 * scales; `BENCH_SCALES=1,10 BENCH_MONITOR_REQUESTS=20` is a quick run. Exit code 3 when the
 * statements per request are not the same at every scale.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../lib/config.js';
import { buildServices } from '../lib/services.js';
import { graphql } from '../test/harness/graphql.js';
import { startHub, type RunningHub } from '../test/harness/hub.js';
import { bearer, tokenVoor } from '../test/harness/tokens.js';
import { monitorQuery } from '../test/harness/workflow-load.js';
import { growHousingHistory, growHubData, type DataVolume, type HistoryVolume } from './data-growth.js';
import { percentile } from './measure.js';
import { describeMachine, machineInWords } from './report-parts.js';
import { WERKLIJST_REGIO } from './workloads.js';

const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const config = readConfig((read) => ({
  scales: read
    .string('BENCH_SCALES', '1,10,100')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((scale) => Number.isInteger(scale) && scale >= 1),
  requests: read.integer('BENCH_MONITOR_REQUESTS', 200, { min: 5, max: 100_000 }),
  warmup: read.integer('BENCH_MONITOR_WARMUP', 50, { min: 0, max: 100_000 }),
}));

type Viewer = 'transferpunt' | 'anoniem';
const viewerTitles: Record<Viewer, string> = { transferpunt: "the region's Transferpunt (breakdowns)", anoniem: 'anonymous (totals only)' };

interface ViewerResult {
  statements: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** People housed in the period, as the Transferpunt's answer adds them up from the months (shown months only). */
  gehuisvestGetoond: number | null;
}

interface ScaleResult {
  volume: DataVolume;
  history: HistoryVolume;
  viewers: Record<Viewer, ViewerResult>;
}

const log = (line: string) => console.log(`bench monitor: ${line}`);

async function ask(hub: RunningHub, headers: Record<string, string>): Promise<any> {
  const response = await graphql(hub.gatewayUrl, monitorQuery, { regio: WERKLIJST_REGIO }, headers);
  if (response.errors?.length) throw new Error(`bench monitor: the monitor failed: ${JSON.stringify(response.errors)}`);
  return response.data.monitor;
}

async function statementsPerRequest(hub: RunningHub, headers: Record<string, string>): Promise<number> {
  const woonopties = hub.subgraphBaseUrls.woonopties!;
  const counts: number[] = [];
  for (let run = 0; run < 3; run++) {
    await fetch(`${woonopties}/debug/sql-statements`, { method: 'DELETE' });
    await ask(hub, headers);
    counts.push(((await (await fetch(`${woonopties}/debug/sql-statements`)).json()) as { statements: number }).statements);
  }
  return Math.min(...counts);
}

async function measureViewer(hub: RunningHub, headers: Record<string, string>): Promise<ViewerResult> {
  const statements = await statementsPerRequest(hub, headers);
  for (let i = 0; i < config.warmup; i++) await ask(hub, headers);
  const times: number[] = [];
  let answer: any = null;
  for (let i = 0; i < config.requests; i++) {
    const started = performance.now();
    answer = await ask(hub, headers);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const shown = answer.uitsplitsingen ? answer.perMaand.reduce((sum: number, maand: any) => sum + (maand.gehuisvest.aantal ?? 0), 0) : null;
  return { statements, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), p99Ms: percentile(times, 99), gehuisvestGetoond: shown };
}

await buildServices();
const hub = await startHub({ countStatements: true });
const headers: Record<Viewer, Record<string, string>> = {
  transferpunt: bearer(await tokenVoor({ id: 'bench-monitor', rollen: ['TRANSFERPUNT'], regio: WERKLIJST_REGIO, organisatie: 'gemeente-venlo' }, '24h')),
  anoniem: {},
};
const results: ScaleResult[] = [];
try {
  for (const scale of config.scales) {
    log(`×${scale}: growing the data ...`);
    const volume = await growHubData(hub, scale);
    const history = await growHousingHistory(hub, scale);
    log(`×${scale}: region ${WERKLIJST_REGIO}: ${history.woonvragen} woonvragen, ${history.woningen} woningen, ${history.stappen} referral steps, ${history.gehuisvest} housed in the last year`);
    const viewers = {} as Record<Viewer, ViewerResult>;
    for (const viewer of Object.keys(viewerTitles) as Viewer[]) {
      viewers[viewer] = await measureViewer(hub, headers[viewer]);
      log(`×${scale} ${viewer}: ${viewers[viewer].statements} statements, p50 ${viewers[viewer].p50Ms.toFixed(2)} ms, p95 ${viewers[viewer].p95Ms.toFixed(2)} ms`);
    }
    results.push({ volume, history, viewers });
  }
} finally {
  await hub.stop();
}

const viewers = Object.keys(viewerTitles) as Viewer[];
const constant = viewers.every((viewer) => results.every((result) => result.viewers[viewer].statements === results[0]!.viewers[viewer].statements));
const f2 = (value: number) => value.toFixed(2);
const markdown = [
  '# The Transferpunt monitor (woonopties `monitor`)',
  '',
  `${machineInWords(describeMachine())} One hub (SQLite, the hub's own gateway and subgraphs) with the statement counters on; the client is this process. ` +
    `Per scale and viewer: ${config.warmup} unmeasured requests, then ${config.requests} requests one at a time through the gateway, timed at the client; statements are the woonopties subgraph's own count, the fewest of three requests. ` +
    'The query is the default twelve months with every field. History: a year of referrals of the region at ×1 is 60 housed people and 40 declined referrals (bench/data-growth.ts, `growHousingHistory`), on top of the data the gateway benchmark grows.',
  '',
  `**SQL statements per request ${constant ? 'stay the same' : 'do NOT stay the same'} as the data grows ${Math.max(...config.scales)}×:** ` +
    viewers.map((viewer) => `${viewer} ${results.map((result) => result.viewers[viewer].statements).join(' → ')}`).join('; ') + '.',
  '',
  '| scale | woonvragen in the region | referral steps (all) | housed in the last year | viewer | SQL statements | p50 (ms) | p95 (ms) | p99 (ms) | housed shown in the months |',
  '|---|--:|--:|--:|---|--:|--:|--:|--:|--:|',
  ...results.flatMap((result) =>
    viewers.map((viewer) => {
      const cell = result.viewers[viewer];
      return `| ×${result.volume.scale} | ${result.history.woonvragen} | ${result.history.stappen} | ${result.history.gehuisvest} | ${viewerTitles[viewer]} | ${cell.statements} | ${f2(cell.p50Ms)} | ${f2(cell.p95Ms)} | ${f2(cell.p99Ms)} | ${cell.gehuisvestGetoond ?? '–'} |`;
    }),
  ),
  '',
  'The Transferpunt runs one statement more than anyone else: the housed people of the period, one row each without any id, for the medians and p90s; every count is grouped in SQL. ' +
    'The last column adds up the months\' shown `gehuisvest` counts: a month of 1 to 4 housed people is suppressed, and the period is the calendar months, not the last 365 days, so it is below the housed count. ' +
    `Time does grow with the data while the statements do not: every statement aggregates (or, for the medians, returns) the rows of the region's period, and the grown history falls entirely within it; p50 from ×${results[0]!.volume.scale} to ×${results.at(-1)!.volume.scale}: ` +
    viewers.map((viewer) => `${viewer} ${f2(results[0]!.viewers[viewer].p50Ms)} → ${f2(results.at(-1)!.viewers[viewer].p50Ms)} ms`).join(', ') + '.',
  '',
  '## Raw numbers',
  '',
  '```json',
  JSON.stringify({ config, results }, null, 1),
  '```',
  '',
].join('\n');
process.stdout.write(`${markdown}\n`);
if (args.out) writeFileSync(args.out, markdown);
process.exit(constant ? 0 : 3);
