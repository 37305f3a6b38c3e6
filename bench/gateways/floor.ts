/**
 * The floor: the subgraphs asked directly for exactly what vangnet's gateway asks them for each
 * variant of each workload, recorded once per data volume.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeHubSupergraph } from '../../schema/subgraphs.js';
import type { RunningHub } from '../../test/harness/hub.js';
import type { WorkloadName } from '../workloads.js';
import { startRecordingProxy, type RecordedCall } from './subgraph-calls.js';
import { requestSender, startTarget, stopTarget } from './targets.js';
import type { Workload } from './workloads.js';

export interface FloorRecording {
  floorCalls: Record<WorkloadName, RecordedCall[][]>;
  subgraphCalls: Record<WorkloadName, number>;
}

export async function recordFloorCalls(hub: RunningHub, scale: number, workloads: Workload[], apolloBundle: string, clients: number): Promise<FloorRecording> {
  // Record what the gateway asks each subgraph, through proxies, once per variant.
  const proxies = await Promise.all(Object.entries(hub.subgraphBaseUrls).map(([name, base]) => startRecordingProxy(name, `${base}/graphql`)));
  const proxiedSupergraph = join(hub.dataDir, `supergraph-proxied-${scale}.graphql`);
  writeFileSync(proxiedSupergraph, composeHubSupergraph(Object.fromEntries(proxies.map((proxy) => [proxy.subgraph, proxy.url]))));
  const recorder = await startTarget('vangnet', proxiedSupergraph, apolloBundle, clients);
  const floorCalls = {} as Record<WorkloadName, RecordedCall[][]>;
  const subgraphCalls = {} as Record<WorkloadName, number>;
  for (const workload of workloads) {
    const send = requestSender(recorder, workload, []);
    for (const _ of workload.variants) await send(); // warm the plan cache first
    floorCalls[workload.name] = [];
    for (const _ of workload.variants) {
      for (const proxy of proxies) proxy.calls.length = 0;
      const { failure } = await send();
      if (failure) throw new Error(`bench: recording ${workload.name} failed: ${failure}`);
      const calls = proxies.flatMap((proxy) => proxy.calls).sort((a, b) => a.startedAt - b.startedAt);
      for (const call of calls) call.after = calls.flatMap((other, index) => (other.endedAt <= call.startedAt ? [index] : []));
      floorCalls[workload.name].push(calls.map((call) => ({ ...call })));
    }
    subgraphCalls[workload.name] = floorCalls[workload.name][0]!.length;
  }
  await stopTarget(recorder);
  await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.server.close(resolve))));
  return { floorCalls, subgraphCalls };
}
