/** Load on one target: light (one request at a time) and heavy (closed-loop clients), with CPU and memory from /proc. */
import { percentile, readCpuSeconds, readMemoryMb } from '../measure.js';
import type { WorkloadName } from '../workloads.js';
import type { CachedTargetName, SendRequest, SentRequest, TargetName } from './targets.js';

export interface Light {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU milliseconds per request of the gateway process at light load; null for the floor. */
  gatewayCpuMs: number | null;
}

export interface Heavy {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU milliseconds per request, per process (gateway and each subgraph). */
  cpuMsPerRequest: Record<string, number>;
  peakRssMb: Record<string, number>;
}

export interface LoadContext {
  scale: number;
  target: TargetName | CachedTargetName;
  workload: WorkloadName;
}

export interface ErrorSeen extends LoadContext {
  message: string;
}

/** Only the first 50 messages are kept, so one failing target does not bury the report; the counts include every failure. */
function noteFailure(errors: ErrorSeen[], context: LoadContext, message: string): void {
  if (errors.length < 50) errors.push({ ...context, message });
}

function latencyPercentiles(sorted: Float64Array): { p50: number; p95: number; p99: number } {
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

async function closedLoop(send: SendRequest, clients: number, deadline: number, onSent: (sent: SentRequest) => void = () => {}): Promise<void> {
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) onSent(await send());
    }),
  );
}

/** Light-load requests of one target so far: latencies, errors and the gateway's CPU seconds. */
export interface LightSamples {
  latencies: number[];
  errors: number;
  gatewayCpuSeconds: number;
}

export function emptyLightSamples(): LightSamples {
  return { latencies: [], errors: 0, gatewayCpuSeconds: 0 };
}

/** One block of light load: one request at a time, each sent when the one before it has been answered. */
export async function measureLightBlock(send: SendRequest, gatewayPid: number | null, requests: number, samples: LightSamples, context: LoadContext, errors: ErrorSeen[]): Promise<void> {
  const cpuBefore = gatewayPid === null ? 0 : readCpuSeconds(gatewayPid)!;
  for (let i = 0; i < requests; i++) {
    const { ms, failure } = await send();
    samples.latencies.push(ms);
    if (failure) {
      samples.errors += 1;
      noteFailure(errors, context, failure);
    }
  }
  if (gatewayPid !== null) samples.gatewayCpuSeconds += readCpuSeconds(gatewayPid)! - cpuBefore;
}

export function lightOf(samples: LightSamples, hasGateway: boolean): Light {
  const sorted = Float64Array.from(samples.latencies).sort();
  return {
    requests: sorted.length,
    errors: samples.errors,
    ...latencyPercentiles(sorted),
    gatewayCpuMs: hasGateway ? (samples.gatewayCpuSeconds * 1000) / sorted.length : null,
  };
}

/** Closed-loop load for a while, measured by nothing: plans, connections and the JIT settle. */
export async function warmUp(send: SendRequest, clients: number, seconds: number): Promise<void> {
  await closedLoop(send, clients, performance.now() + seconds * 1000);
}

export interface HeavyLoad {
  /** Pids by name; the verdicts and the report look for the gateway's figures under `gateway`. */
  processes: Record<string, number>;
  context: LoadContext;
  errors: ErrorSeen[];
  clients: number;
  seconds: number;
}

export async function measureHeavy(send: SendRequest, { processes, context, errors, clients, seconds: runSeconds }: HeavyLoad): Promise<Heavy> {
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, readCpuSeconds(pid)!]));
  const peakRssMb = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, pid] of Object.entries(processes)) peakRssMb[name] = Math.max(peakRssMb[name]!, (readMemoryMb(pid) ?? 0));
  };
  const sampler = setInterval(sample, 100);
  const began = performance.now();
  await closedLoop(send, clients, began + runSeconds * 1000, ({ ms, failure }) => {
    latencies.push(ms);
    if (failure) {
      failures += 1;
      noteFailure(errors, context, failure);
    }
  });
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampler);
  sample();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors: failures,
    seconds,
    throughput: latencies.length / seconds,
    ...latencyPercentiles(sorted),
    cpuMsPerRequest: Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, ((readCpuSeconds(pid)! - cpuBefore[name]!) * 1000) / latencies.length])),
    peakRssMb,
  };
}
