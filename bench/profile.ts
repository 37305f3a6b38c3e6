/**
 * Where the gateway's CPU goes: the hub's gateway, as `npm start` runs it (its esbuild bundle, the
 * Rust query planner, NODE_ENV=production, the heap settings of lib/services.ts), profiled with
 * `--cpu-prof` on each workload of the gateways bench at the seeds' data volume.
 *
 *   node --import tsx bench/profile.ts [--out results/profile.md]
 *
 * Per workload and variant: a fresh gateway with `--cpu-prof` (a node flag: NODE_OPTIONS refuses it), warm-up,
 * BENCH_PROFILE_SECONDS (20) of closed-loop load with BENCH_CLIENTS (8) clients, then SIGTERM: the
 * gateway drains and exits, and V8 writes the profile. Only the samples taken during the measured
 * load count. Self time is attributed to a layer by the script of the sampled frame (bench/profile/
 * cpu-profile.ts). Profiles are written to a temporary directory and removed; bench/profile-raw.json
 * keeps the summary. BENCH_PROFILE_KEEP=1 keeps the .cpuprofile files and prints where.
 *
 * Variants: the gateway as it runs, and, when bench/profile/unpatched.ts finds patches in patches/,
 * the same bundle on a copy of node_modules without them, interleaved per round.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConfig } from '../lib/config.js';
import { freePort } from '../lib/processes.js';
import { bundleOf, buildServices } from '../lib/services.js';
import { startHub } from '../test/harness/hub.js';
import { median } from './measure.js';
import { describeMachine } from './report-parts.js';
import { measureHeavy, warmUp, type ErrorSeen } from './gateways/measure-load.js';
import { readyGatewayTarget, requestSender, stopTarget } from './gateways/targets.js';
import { gatewayWorkloads } from './gateways/workloads.js';
import { summariseProfile, type ProfileSummary } from './profile/cpu-profile.js';
import { profileMarkdown, type ProfileRun } from './profile/report.js';
import { profileVariants } from './profile/variants.js';

const rawFile = join(dirname(fileURLToPath(import.meta.url)), 'profile-raw.json');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const config = readConfig((read) => ({
  seconds: read.integer('BENCH_PROFILE_SECONDS', 20, { min: 2, max: 600 }),
  warmupSeconds: read.integer('BENCH_WARMUP_SECONDS', 3, { min: 0, max: 600 }),
  clients: read.integer('BENCH_CLIENTS', 8, { min: 1, max: 256 }),
  rounds: read.integer('BENCH_PROFILE_ROUNDS', 1, { min: 1, max: 20 }),
  workloads: read.optionalString('BENCH_PROFILE_WORKLOADS'),
  keep: read.boolean('BENCH_PROFILE_KEEP', false),
}));
const log = (line: string) => console.log(`bench profile: ${line}`);
const microsNow = () => Number(process.hrtime.bigint() / 1000n);

await buildServices();
const wanted = config.workloads?.split(',').map((name) => name.trim());
const workloads = (await gatewayWorkloads(config.clients)).filter((workload) => !wanted || wanted.includes(workload.name));
const hub = await startHub();
await hub.gatewayProcess.stop();
const variants = await profileVariants();
const profilesDirectory = mkdtempSync(join(tmpdir(), 'vangnet-profile-'));
const runs: ProfileRun[] = [];
const errors: ErrorSeen[] = [];

log(`${workloads.length} workloads × ${variants.length} variants × ${config.rounds} rounds of ${config.seconds} s, ${config.clients} clients; profiles in ${profilesDirectory}`);
try {
  for (let round = 0; round < config.rounds; round++) {
    for (const workload of workloads) {
      // Each round starts with another variant, so neither always runs first on a quiet machine.
      const order = variants.map((_, index) => variants[(index + round) % variants.length]!);
      for (const variant of order) {
        const directory = join(profilesDirectory, `${workload.name}-${variant.name}-${round}`);
        const port = await freePort();
        const profiled = variant.start(port, hub.supergraphFile, ['--cpu-prof', `--cpu-prof-dir=${directory}`], { SUPERGRAPH_POLL_MS: '60000', RESPONSE_CACHE: 'false' });
        const target = await readyGatewayTarget('vangnet', profiled, port, config.clients);
        const send = requestSender(target, workload, []);
        await warmUp(send, config.clients, config.warmupSeconds);
        const context = { scale: 1, target: 'vangnet' as const, workload: workload.name };
        const fromMicros = microsNow();
        const heavy = await measureHeavy(send, { processes: { gateway: target.process!.child.pid! }, context, errors, clients: config.clients, seconds: config.seconds });
        const toMicros = microsNow();
        const exitCode = await target.process!.stop();
        await stopTarget(target);
        const files = readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'));
        if (files.length !== 1) throw new Error(`bench profile: ${workload.name} (${variant.name}): expected one .cpuprofile in ${directory} after the gateway exited with ${exitCode}, found ${files.length}`);
        const summary: ProfileSummary & { windowMatched: boolean } = summariseProfile(join(directory, files[0]!), variant.bundle, { fromMicros, toMicros });
        if (!summary.windowMatched) errors.push({ ...context, message: `the profile's clock did not match the load's window; every sample counted` });
        runs.push({ workload: workload.name, variant: variant.name, round, heavy, profile: summary });
        log(
          `${workload.name} (${variant.name}, round ${round + 1}): ${heavy.requests} requests, ${heavy.throughput.toFixed(0)} req/s, ` +
            `${heavy.cpuMsPerRequest.gateway!.toFixed(2)} ms CPU/req (/proc), ${(summary.busySamples / heavy.requests).toFixed(2)} busy samples/req`,
        );
      }
    }
  }
} finally {
  await hub.stop();
  for (const variant of variants) variant.dispose();
  if (config.keep) log(`profiles kept in ${profilesDirectory}`);
  else rmSync(profilesDirectory, { recursive: true, force: true });
}

const machine = describeMachine();
writeFileSync(
  rawFile,
  `${JSON.stringify({ generated: new Date().toISOString(), machine, config: { ...config, keep: undefined }, variants: variants.map(({ name, change }) => ({ name, change })), runs, errors }, null, 1)}\n`,
);
const markdown = profileMarkdown({ machine, config, workloads, variants, runs, errors });
process.stdout.write(`${markdown}\n`);
if (args.out) writeFileSync(args.out, markdown);
log(`median CPU ms per request: ${workloads.map((workload) => `${workload.name} ${median(runs.filter((run) => run.workload === workload.name).map((run) => run.heavy.cpuMsPerRequest.gateway!)).toFixed(2)}`).join(', ')}`);
process.exit(errors.length === 0 ? 0 : 3);
