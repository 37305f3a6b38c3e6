/**
 * One data volume: the data grown to it, the floor recorded, then every workload on every target,
 * first at light load and then under load, the targets interleaved.
 */
import type { RunningHub } from '../../test/harness/hub.js';
import { growHubData, type DataVolume } from '../data-growth.js';
import { median, readMemoryMb } from '../measure.js';
import type { WorkloadName } from '../workloads.js';
import { lightBlockRequests, type GatewaysConfig } from './config.js';
import { recordFloorCalls } from './floor.js';
import { emptyLightSamples, lightOf, measureHeavy, measureLightBlock, warmUp, type ErrorSeen, type Heavy, type Light, type LightSamples } from './measure-load.js';
import { requestSender, startTarget, stopTarget, TARGET_NAMES, type PeerBundles, type SendRequest, type Target, type TargetName } from './targets.js';
import type { Workload } from './workloads.js';

/** What every measurement of one run shares. */
export interface GatewaysRun {
  config: GatewaysConfig;
  hub: RunningHub;
  peers: PeerBundles;
  workloads: Workload[];
  subgraphPids: Record<string, number>;
  errors: ErrorSeen[];
}

export interface ScaleResult {
  volume: DataVolume;
  statements: Record<WorkloadName, Record<string, number>>;
  subgraphCalls: Record<WorkloadName, number>;
  light: Record<TargetName, Record<WorkloadName, Light>>;
  heavy: Record<TargetName, Record<WorkloadName, Heavy[]>>;
  gatewayHwmMb: Partial<Record<TargetName, number>>;
}

export const log = (line: string) => console.log(`bench gateways: ${line}`);

export async function measureScale(run: GatewaysRun, scale: number): Promise<ScaleResult> {
  const { config, hub, workloads } = run;
  log(`×${scale}: growing the data ...`);
  const volume = await growHubData(hub, scale);
  log(`×${scale}: ${volume.regios} regions, ${volume.partners} partners, ${volume.woonvragen} woonvragen, ${volume.woningen} woningen`);

  const { floorCalls, subgraphCalls } = await recordFloorCalls(hub, scale, workloads, run.peers.apollo, config.clients);

  const targets: Array<Target<TargetName>> = [];
  for (const name of TARGET_NAMES) targets.push(await startTarget(name, hub.supergraphFile, run.peers.apollo, config.clients));
  const statements = {} as Record<WorkloadName, Record<string, number>>;
  for (const workload of workloads) statements[workload.name] = await statementsPerRequest(hub, targets[0]!, workload);

  const light = Object.fromEntries(TARGET_NAMES.map((name) => [name, {}])) as ScaleResult['light'];
  const heavy = Object.fromEntries(TARGET_NAMES.map((name) => [name, {}])) as ScaleResult['heavy'];
  for (const workload of workloads) {
    const senders = targets.map((target) => ({ target, send: requestSender(target, workload, floorCalls[workload.name]) }));
    const measured = await measureWorkload(run, scale, workload.name, senders);
    for (const target of targets) {
      light[target.name][workload.name] = measured.light.get(target.name)!;
      heavy[target.name][workload.name] = measured.heavy.get(target.name)!;
    }
  }
  const gatewayHwmMb: ScaleResult['gatewayHwmMb'] = {};
  for (const target of targets) {
    if (target.process) gatewayHwmMb[target.name] = (readMemoryMb(target.process.child.pid!, 'VmHWM') ?? 0);
    await stopTarget(target);
  }
  return { volume, statements, subgraphCalls, light, heavy, gatewayHwmMb };
}

/**
 * Light load, then load, on each target, interleaved. `afterWarmUp` runs between the warm-up and
 * the first measured request.
 */
export async function measureWorkload<Name extends Target['name']>(
  { config, subgraphPids, errors }: GatewaysRun,
  scale: number,
  workload: WorkloadName,
  senders: Array<{ target: Target<Name>; send: SendRequest }>,
  afterWarmUp: () => void = () => {},
): Promise<{ light: Map<Name, Light>; heavy: Map<Name, Heavy[]> }> {
  const context = (target: Target) => ({ scale, target: target.name, workload });
  // Warm-up first, then light load: a process that has answered only a few dozen requests
  // still runs much of its code unoptimised, and light load means few requests at once, not
  // a cold process.
  for (const { send } of senders) await warmUp(send, config.clients, config.warmupSeconds);
  afterWarmUp();
  const lightSamples = new Map<Name, LightSamples>(senders.map(({ target }) => [target.name, emptyLightSamples()]));
  for (let round = 0; round < config.rounds; round++) {
    // In blocks, interleaved like the rounds under load, so a slow spell of the machine does
    // not fall on one target only.
    for (const { target, send } of inRoundOrder(senders, round)) {
      await measureLightBlock(send, target.process?.child.pid ?? null, lightBlockRequests(config), lightSamples.get(target.name)!, context(target), errors);
    }
  }
  const light = new Map(senders.map(({ target }) => [target.name, lightOf(lightSamples.get(target.name)!, target.process !== null)]));
  log(`×${scale} ${workload}: light-load p50 ${senders.map(({ target }) => `${target.name} ${light.get(target.name)!.p50.toFixed(2)} ms`).join(', ')}`);
  const heavy = new Map(senders.map(({ target }) => [target.name, [] as Heavy[]]));
  for (let round = 0; round < config.rounds; round++) {
    // Alternate the order per round, so no target always runs right after the same other.
    for (const { target, send } of inRoundOrder(senders, round)) {
      const processes = { ...(target.process ? { gateway: target.process.child.pid! } : {}), ...subgraphPids };
      heavy.get(target.name)!.push(await measureHeavy(send, { processes, context: context(target), errors, clients: config.clients, seconds: config.seconds }));
    }
  }
  log(`×${scale} ${workload}: ${senders.map(({ target }) => `${target.name} ${median(heavy.get(target.name)!.map((run) => run.throughput)).toFixed(0)} req/s`).join(', ')}`);
  return { light, heavy };
}

function inRoundOrder<T>(items: T[], round: number): T[] {
  return round % 2 === 0 ? items : [...items].reverse();
}

/** SQL statements per request and subgraph: the fewest of three runs (PostgreSQL's timing can split a batch). */
async function statementsPerRequest(hub: RunningHub, gateway: Target, workload: Workload): Promise<Record<string, number>> {
  const runs: Array<Record<string, number>> = [];
  const send = requestSender(gateway, { ...workload, variants: [workload.variants[0]!] }, []);
  for (let run = 0; run < 3; run++) {
    for (const base of Object.values(hub.subgraphBaseUrls)) await fetch(`${base}/debug/sql-statements`, { method: 'DELETE' });
    const { failure } = await send();
    if (failure) throw new Error(`bench: counting statements for ${workload.name} failed: ${failure}`);
    const counts: Record<string, number> = {};
    for (const [name, base] of Object.entries(hub.subgraphBaseUrls)) counts[name] = ((await (await fetch(`${base}/debug/sql-statements`)).json()) as { statements: number }).statements;
    runs.push(counts);
  }
  return Object.fromEntries(Object.keys(runs[0]!).map((name) => [name, Math.min(...runs.map((counts) => counts[name]!))]));
}
