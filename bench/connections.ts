/**
 * Many connections: the real hub (four subgraph processes on the seeds' data and the gateway, as
 * the e2e harness starts them) held by BENCH_CONNECTIONS (500) closed-loop clients, each on its own
 * kept-alive connection, for BENCH_CONNECTIONS_SECONDS (300). The gateway runs with its default
 * settings, MAX_IN_FLIGHT included, unless BENCH_CONNECTIONS_MAX_IN_FLIGHT sets the limit.
 *
 *   node --import tsx bench/connections.ts [--out results/connections.md]
 *
 * Judged: no error that is not a deliberate 503 OVERLOADED, and every client's connection held at
 * the gateway at once (counted at the gateway's port in /proc/net/tcp). Exit code 3 when either
 * fails; the section is written either way.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../lib/config.js';
import { buildServices } from '../lib/services.js';
import { startHub } from '../test/harness/hub.js';
import { mb, ms, runClosedLoop } from './closed-loop.js';
import { describeMachine, machineInWords, tableCell } from './report-parts.js';

const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const config = readConfig((read) => ({
  clients: read.integer('BENCH_CONNECTIONS', 500, { min: 1, max: 20_000 }),
  seconds: read.integer('BENCH_CONNECTIONS_SECONDS', 300, { min: 5, max: 86_400 }),
  warmupSeconds: read.integer('BENCH_CONNECTIONS_WARMUP_SECONDS', 10, { min: 0, max: 600 }),
  maxInFlight: read.optionalString('BENCH_CONNECTIONS_MAX_IN_FLIGHT'),
}));

await buildServices();
const hub = await startHub({ gatewayEnv: config.maxInFlight === undefined ? {} : { MAX_IN_FLIGHT: config.maxInFlight } });
let warmup: Awaited<ReturnType<typeof runClosedLoop>> | null = null;
let result: Awaited<ReturnType<typeof runClosedLoop>>;
try {
  const gatewayPid = hub.gatewayProcess.child.pid!;
  // A few clients first, so the plans are cached and the JIT has run before 500 clients arrive at once.
  if (config.warmupSeconds > 0) warmup = await runClosedLoop({ gatewayUrl: hub.gatewayUrl, gatewayPid, clients: 8, seconds: config.warmupSeconds, label: 'connections warm-up' });
  result = await runClosedLoop({ gatewayUrl: hub.gatewayUrl, gatewayPid, clients: config.clients, seconds: config.seconds, label: 'connections' });
} finally {
  await hub.stop();
}

const allHeld = result.serverConnectionsMax >= config.clients;
const passed = result.errors === 0 && allHeld && (warmup?.errors ?? 0) === 0;
const all = Float64Array.from([...result.admittedMs, ...result.shedMs]).sort();
const markdown = [
  `# ${config.clients} connections`,
  '',
  `${machineInWords(describeMachine())} The real hub as the end-to-end harness starts it: four subgraph processes on SQLite with the seeds' data, and the gateway ` +
    `with its default settings (MAX_IN_FLIGHT ${config.maxInFlight ?? 'default'}), each its own Node process, with the load generator in a sixth process on the same machine ` +
    '(two cores shared by clients, gateway and subgraphs, and by other work running in parallel on this machine, so absolute figures are low and vary). ' +
    `${config.clients} closed-loop clients, each on its own kept-alive connection (node:http Agent, maxSockets ${config.clients}), for ${config.seconds} s after ${config.warmupSeconds} s of warm-up with 8 clients; ` +
    'each request is a region page (all four subgraphs) or a partner search, half and half. A shed request (503 OVERLOADED) is counted apart and its client waits its Retry-After; ' +
    'an error is any other answer than 200 with data and no errors, a failed request, or no answer in 30 s.',
  '',
  `**Verdict: ${passed ? 'pass' : 'FAIL'}.** ${result.errors} errors that are not a deliberate 503; ${result.serverConnectionsMax} of ${config.clients} connections held at the gateway at once${allHeld ? '' : ' (not all)'}.`,
  '',
  '| run (s) | requests | admitted | errors | deliberate 503s | req/s | p50 (ms) | p99 (ms) | max (ms) | 503 p50 / p99 (ms) | client sockets used | connections at the gateway: most at once / at the end | gateway RSS start / peak / end (MB) | gateway CPU |',
  '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  `| ${result.seconds.toFixed(0)} | ${result.requests.toLocaleString('en')} | ${result.admitted.toLocaleString('en')} | ${result.errors} | ${result.shed.toLocaleString('en')} | ${(result.requests / result.seconds).toFixed(0)} | ` +
    `${ms(result.admittedMs, 50)} | ${ms(result.admittedMs, 99)} | ${ms(result.admittedMs, 100)} | ${ms(result.shedMs, 50)} / ${ms(result.shedMs, 99)} | ${result.clientSockets} | ` +
    `${result.serverConnectionsMax} / ${result.serverConnectionsEnd} | ${mb(result.gatewayRssStartMb)} / ${mb(result.gatewayRssMaxMb)} / ${mb(result.gatewayRssEndMb)} | ${result.gatewayCpuPercent?.toFixed(0) ?? '–'} % |`,
  '',
  `Latency is from the client, request sent to body read, of the admitted requests (all answers: p50 ${ms(all, 50)} ms, p99 ${ms(all, 99)} ms). ` +
    'With every client waiting on its previous answer, latency is about the number of clients divided by the throughput (Little\'s law): the gateway and subgraphs share two cores, so 500 clients queue. ' +
    'Connections at the gateway are the established TCP connections on its port in /proc/net/tcp, sampled once a second; client sockets are the distinct sockets the clients sent on over the whole run ' +
    '(equal to the clients when no connection was closed and opened again). RSS is VmRSS from /proc, sampled once a second.',
  '',
  ...(Object.keys(result.errorMessages).length === 0
    ? []
    : ['| error | count |', '|---|--:|', ...Object.entries(result.errorMessages).map(([message, count]) => `| ${tableCell(message)} | ${count} |`), '']),
].join('\n');

process.stdout.write(`${markdown}\n`);
if (args.out) writeFileSync(args.out, markdown);
process.exit(passed ? 0 : 3);
