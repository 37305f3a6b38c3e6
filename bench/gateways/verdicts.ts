/** The verdicts of a run: the targets, judged on the medians and per-round ratios of its results. */
import { median } from '../measure.js';
import type { WorkloadName } from '../workloads.js';
import type { GatewaysConfig } from './config.js';
import type { Heavy, Light } from './measure-load.js';
import type { ScaleResult } from './measure-scale.js';
import { TARGET_NAMES, type TargetName } from './targets.js';
import type { Workload } from './workloads.js';

// The targets.
const MAX_CPU_RATIO_REGION_PAGE = 1 / 3;
const MAX_ADDED_P50_MS = 2;
const MAX_GATEWAY_RSS_MB = 300;

export interface Verdict {
  claim: string;
  passed: boolean;
  detail: string;
}

export interface Cell {
  light: Light;
  throughput: number;
  heavyP50: number;
  heavyP99: number;
  gatewayCpuMs: number | null;
  subgraphsCpuMs: number;
  gatewayPeakRssMb: number | null;
  errors: number;
}

export function cellOf(result: ScaleResult, target: TargetName, workload: WorkloadName): Cell {
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
export function roundRatios(ours: Heavy[], theirs: Heavy[], figure: (run: Heavy) => number): number[] {
  return ours.map((run, round) => figure(run) / figure(theirs[round]!));
}

/** The median per-round ratio between two targets under load. */
export function perRoundRatio(result: ScaleResult, target: TargetName, base: TargetName, workload: WorkloadName, figure: (run: Heavy) => number): number {
  return median(roundRatios(result.heavy[target][workload], result.heavy[base][workload], figure));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function judge(results: ScaleResult[], workloads: Workload[], config: GatewaysConfig): Verdict[] {
  const verdicts: Verdict[] = [];
  const totalErrors = results.reduce((sum, result) => sum + TARGET_NAMES.reduce((s2, target) => s2 + workloads.reduce((s3, workload) => s3 + cellOf(result, target, workload.name).errors, 0), 0), 0);
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
    workloads.map((workload) => {
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
    workloads.map((workload) => {
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
  const peakRss = Math.max(...results.flatMap((result) => workloads.map((workload) => cellOf(result, 'vangnet', workload.name).gatewayPeakRssMb!)), ...results.map((result) => result.gatewayHwmMb.vangnet ?? 0));
  verdicts.push({ claim: `peak gateway memory under ${MAX_GATEWAY_RSS_MB} MB under the heaviest workload`, passed: peakRss < MAX_GATEWAY_RSS_MB, detail: `peak RSS ${peakRss.toFixed(0)} MB (VmHWM over the whole run, every workload and scale)` });
  const statementsConstant = workloads.every((workload) => results.every((result) => JSON.stringify(result.statements[workload.name]) === JSON.stringify(results[0]!.statements[workload.name])));
  verdicts.push({
    claim: `SQL statements per query constant as the data grows ${Math.max(...config.scales)}×`,
    passed: statementsConstant,
    detail: workloads.map((workload) => `${workload.name}: ${results.map((result) => sum(Object.values(result.statements[workload.name]))).join(' → ')}`).join('; '),
  });
  const plannerRatios = results.flatMap((result) => workloads.map((workload) => cellOf(result, 'vangnet', workload.name).gatewayCpuMs! / cellOf(result, 'vangnet-js', workload.name).gatewayCpuMs!));
  const plannerGeomean = Math.exp(plannerRatios.reduce((acc, ratio) => acc + Math.log(ratio), 0) / plannerRatios.length);
  verdicts.push({
    claim: 'the default query planner (Rust) costs no more CPU per request than the JS planner',
    passed: plannerGeomean <= 1,
    detail: `Rust / JS CPU per request, geometric mean over every workload and scale: ${plannerGeomean.toFixed(2)}`,
  });
  return verdicts;
}
