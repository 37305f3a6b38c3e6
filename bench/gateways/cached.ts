/**
 * The cached comparison: vangnet with its response cache against Apollo Gateway with Apollo Server's
 * response cache, given the same time-to-live, on the workloads whose answers vangnet may cache, with
 * a bare server of the same answer bytes as their floor. Same clients, rounds and interleaving as the
 * uncached comparison, at one scale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startNodeProcess } from '../../lib/processes.js';
import { cacheHeader } from '../../gateway/src/plugins/response-cache.js';
import { median } from '../measure.js';
import type { WorkloadName } from '../workloads.js';
import { failureOf, post, type Answer } from './http.js';
import type { Heavy, Light } from './measure-load.js';
import { log, measureWorkload, type GatewaysRun } from './measure-scale.js';
import {
  CACHE_TTL_SECONDS,
  CACHED_TARGET_NAMES,
  readyGatewayTarget,
  requestBody,
  requestSender,
  startApolloTarget,
  startGatewayTarget,
  stopTarget,
  type CachedTargetName,
  type Target,
} from './targets.js';
import type { Workload } from './workloads.js';

/** The workloads vangnet caches: anonymous, and asking only subgraphs with a change feed. */
export const PUBLIC_WORKLOADS: WorkloadName[] = ['partner-zoeken', 'producten'];

/**
 * The region page asks woonopties, so neither cache holds it: it shows what a cache costs a query it
 * cannot answer. The worklist is left out: it carries a token, so both caches pass it by, and it
 * would only repeat the uncached comparison.
 */
export const CACHED_WORKLOADS: WorkloadName[] = [...PUBLIC_WORKLOADS, 'regio-pagina'];

/** Answers after the warm-up, and how many of them came from the target's cache. */
export interface CacheTally {
  answers: number;
  hits: number;
}

export interface CachedResult {
  scale: number;
  light: Record<CachedTargetName, Partial<Record<WorkloadName, Light>>>;
  heavy: Record<CachedTargetName, Partial<Record<WorkloadName, Heavy[]>>>;
  /** Null for the static floor, which has no cache. */
  tallies: Record<CachedTargetName, Partial<Record<WorkloadName, CacheTally | null>>>;
}

/** How each target says an answer came from its cache: vangnet in its own header, Apollo Server's plugin by setting `age`. */
const servedFromCache: Record<CachedTargetName, ((answer: Answer) => boolean) | null> = {
  'vangnet-cached': (answer) => answer.headers[cacheHeader] === 'hit',
  'apollo-cached': (answer) => answer.headers.age !== undefined,
  'static-answers': null,
};

export async function measureCached(run: GatewaysRun, scale: number): Promise<CachedResult> {
  const { config, hub, peers } = run;
  const workloads = CACHED_WORKLOADS.map((name) => run.workloads.find((workload) => workload.name === name)!);
  const targets: Array<Target<CachedTargetName>> = [
    await startGatewayTarget('vangnet-cached', hub.supergraphFile, { RESPONSE_CACHE: 'true' }, config.clients),
    await startApolloTarget('apollo-cached', peers.apollo, hub.supergraphFile, { PEER_RESPONSE_CACHE_TTL_S: String(CACHE_TTL_SECONDS) }, config.clients),
  ];
  targets.push(await startStaticAnswers(run, targets[0]!, workloads));

  const result: CachedResult = {
    scale,
    light: { 'vangnet-cached': {}, 'apollo-cached': {}, 'static-answers': {} },
    heavy: { 'vangnet-cached': {}, 'apollo-cached': {}, 'static-answers': {} },
    tallies: { 'vangnet-cached': {}, 'apollo-cached': {}, 'static-answers': {} },
  };
  for (const workload of workloads) {
    const tallies = new Map(targets.map((target) => [target.name, { answers: 0, hits: 0 }]));
    const senders = targets.map((target) => {
      const tally = tallies.get(target.name)!;
      const isHit = servedFromCache[target.name];
      return {
        target,
        send: requestSender(target, workload, [], (answer) => {
          tally.answers += 1;
          if (isHit?.(answer)) tally.hits += 1;
        }),
      };
    });
    // The warm-up fills both caches; what it counted is not part of the hit ratio.
    const measured = await measureWorkload(run, scale, workload.name, senders, () => {
      for (const tally of tallies.values()) Object.assign(tally, { answers: 0, hits: 0 });
    });
    for (const name of CACHED_TARGET_NAMES) {
      result.light[name][workload.name] = measured.light.get(name)!;
      result.heavy[name][workload.name] = measured.heavy.get(name)!;
      result.tallies[name][workload.name] = servedFromCache[name] ? tallies.get(name)! : null;
    }
    log(
      `×${scale} ${workload.name}, cached: hit ratio ${targets
        .filter((target) => servedFromCache[target.name])
        .map((target) => `${target.name} ${(tallies.get(target.name)!.hits / Math.max(1, tallies.get(target.name)!.answers)).toFixed(3)}`)
        .join(', ')}`,
    );
  }
  for (const target of targets) await stopTarget(target);
  log(`×${scale} cached: ${workloads.map((workload) => `${workload.name} vangnet ${median(result.heavy['vangnet-cached'][workload.name]!.map((heavy) => heavy.throughput)).toFixed(0)} req/s`).join(', ')}`);
  return result;
}

/** The floor of a cached answer: vangnet's answer to each variant, recorded once, served by a bare server. */
async function startStaticAnswers({ config, hub, peers }: GatewaysRun, vangnet: Target, workloads: Workload[]): Promise<Target<'static-answers'>> {
  const answers: Record<string, string> = {};
  for (const workload of workloads) {
    for (const variant of workload.variants) {
      const body = requestBody(workload, variant);
      const answer = await post(vangnet.agent, vangnet.url!, body, variant.headers);
      const failure = failureOf(answer);
      if (failure) throw new Error(`bench: recording the answer of ${workload.name} failed: ${failure}`);
      answers[body] = answer.body;
    }
  }
  const answersFile = join(hub.dataDir, 'static-answers.json');
  writeFileSync(answersFile, JSON.stringify(answers));
  const port = await freePort();
  const server = startNodeProcess({ name: 'static-answers', nodeArgs: [peers.staticAnswers, answersFile], env: { PORT: String(port) } });
  return readyGatewayTarget('static-answers', server, port, config.clients);
}
