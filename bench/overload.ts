/**
 * Overload: more closed-loop clients (BENCH_OVERLOAD_CLIENTS, 256) than the gateway takes at once
 * (BENCH_OVERLOAD_MAX_IN_FLIGHT, 64), on the real hub with the seeds' data, for
 * BENCH_OVERLOAD_SECONDS (30); then the same clients for the same time on a gateway without
 * shedding (MAX_IN_FLIGHT=0), on the same subgraphs. It shows how fast a shed request is answered
 * next to the admitted ones, and what the admitted ones gain.
 *
 * The limit is set where this two-core machine's throughput stops growing: 64 clients got as many
 * answers a second as 500 did, and 16 clients far fewer (a first run), so a lower limit would
 * only measure a gateway that turns work away while it has room.
 *
 *   node --import tsx bench/overload.ts [--out results/overload.md]
 *
 * Exit code 3 when any answer was an error (not 200 with data, nor a deliberate 503 OVERLOADED).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../lib/config.js';
import { buildServices } from '../lib/services.js';
import { startGateway, startHub } from '../test/harness/hub.js';
import { mb, ms, runClosedLoop, type LoadResult } from './closed-loop.js';
import { describeMachine, machineInWords, tableCell } from './report-parts.js';

const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const config = readConfig((read) => ({
  clients: read.integer('BENCH_OVERLOAD_CLIENTS', 256, { min: 2, max: 10_000 }),
  maxInFlight: read.integer('BENCH_OVERLOAD_MAX_IN_FLIGHT', 64, { min: 1, max: 10_000 }),
  seconds: read.integer('BENCH_OVERLOAD_SECONDS', 30, { min: 5, max: 3_600 }),
  warmupSeconds: read.integer('BENCH_OVERLOAD_WARMUP_SECONDS', 5, { min: 0, max: 600 }),
}));

await buildServices();
const hub = await startHub();
await hub.gatewayProcess.stop();
const runs: Array<{ name: string; maxInFlight: number; result: LoadResult }> = [];
try {
  for (const maxInFlight of [config.maxInFlight, 0]) {
    const gateway = await startGateway(hub.supergraphFile, { MAX_IN_FLIGHT: String(maxInFlight) });
    try {
      const gatewayPid = gateway.gatewayProcess.child.pid!;
      if (config.warmupSeconds > 0) await runClosedLoop({ gatewayUrl: gateway.gatewayUrl, gatewayPid, clients: 4, seconds: config.warmupSeconds, label: 'overload warm-up' });
      const label = maxInFlight === 0 ? 'no shedding' : `MAX_IN_FLIGHT=${maxInFlight}`;
      runs.push({ name: label, maxInFlight, result: await runClosedLoop({ gatewayUrl: gateway.gatewayUrl, gatewayPid, clients: config.clients, seconds: config.seconds, label: `overload, ${label}` }) });
    } finally {
      await gateway.gatewayProcess.stop();
    }
  }
} finally {
  await hub.stop();
}

const errors = runs.reduce((sum, run) => sum + run.result.errors, 0);
const passed = errors === 0;
const [shedding, plain] = runs as [(typeof runs)[0], (typeof runs)[0]];
const markdown = [
  '# Overload: shedding past MAX_IN_FLIGHT',
  '',
  `${machineInWords(describeMachine())} The real hub on the seeds' data (four subgraph processes on SQLite and the gateway), the load generator in another process on the same two cores, ` +
    'which other work shared during the run. ' +
    `${config.clients} closed-loop clients on kept-alive connections (region page or partner search, half and half) for ${config.seconds} s against a gateway with MAX_IN_FLIGHT=${config.maxInFlight}, ` +
    `then the same against one without shedding (MAX_IN_FLIGHT=0), each after ${config.warmupSeconds} s of warm-up with 4 clients. ` +
    'A shed client waits the Retry-After it is given (1 s), as a well-behaved front-end does, so with shedding fewer requests reach the subgraphs at once.',
  '',
  `**Verdict: ${passed ? 'pass' : 'FAIL'}.** ${errors} errors that are not a deliberate 503.`,
  '',
  '| gateway | requests | admitted | admitted/s | admitted p50 / p99 (ms) | deliberate 503s | 503 p50 / p99 / max (ms) | errors | gateway RSS peak (MB) | gateway CPU |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...runs.map(
    ({ name, result }) =>
      `| ${name} | ${result.requests.toLocaleString('en')} | ${result.admitted.toLocaleString('en')} | ${(result.admitted / result.seconds).toFixed(0)} | ${ms(result.admittedMs, 50)} / ${ms(result.admittedMs, 99)} | ` +
      `${result.shed.toLocaleString('en')} | ${ms(result.shedMs, 50)} / ${ms(result.shedMs, 99)} / ${ms(result.shedMs, 100)} | ${result.errors} | ${mb(result.gatewayRssMaxMb)} | ${result.gatewayCpuPercent?.toFixed(0) ?? '–'} % |`,
  ),
  '',
  `A shed request is answered from the http server before the runtime sees it: no body read, no parse, no plan. Its latency is what the client waits for the 503, mostly ` +
    `for the gateway's event loop to get to it between admitted requests; with shedding, the admitted requests' p50 is ${ms(shedding.result.admittedMs, 50)} ms against ${ms(plain.result.admittedMs, 50)} ms without.`,
  '',
  ...runs.flatMap(({ name, result }) =>
    Object.keys(result.errorMessages).length === 0 ? [] : [`Errors with ${name}:`, '', '| error | count |', '|---|--:|', ...Object.entries(result.errorMessages).map(([message, count]) => `| ${tableCell(message)} | ${count} |`), ''],
  ),
].join('\n');

process.stdout.write(`${markdown}\n`);
if (args.out) writeFileSync(args.out, markdown);
process.exit(passed ? 0 : 3);
