/**
 * The gateway's memory with its response cache full: a fresh gateway with the response cache at its
 * defaults, loaded with distinct cacheable queries until the cache holds its bound and has begun to
 * evict, then loaded a while longer; its peak RSS is what an operator would size it for.
 */
import { prometheusSamples } from '../../test/harness/prometheus.js';
import { readMemoryMb } from '../measure.js';
import { REGIO_CODES } from '../workloads.js';
import { failureOf, post } from './http.js';
import { log, type GatewaysRun } from './measure-scale.js';
import { startGatewayTarget, stopTarget, type Target } from './targets.js';

/** Full means at least this share of RESPONSE_CACHE_MAX_BYTES, and at least one answer evicted. */
export const FULL_SHARE = 0.95;
/** A gateway that has not filled its cache by then is reported as not filled. */
const MAX_FILL_SECONDS = 180;
/** Partners whose cursor starts a page: enough distinct pages to fill the default bound many times over. */
const MAX_CURSORS = 250;

// The partner search page's selection, with the page size a variable too: a visitor paging through
// the directory with a region filter, a role filter and a page size of their choice.
const partnerPagina = `query PartnerPagina($regio: ID, $rol: PartnerRol, $first: Int, $after: String) {
  partners(regio: $regio, rol: $rol, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id naam soort regios { naam } rollen { rol regio { code } toelichting } }
  }
}`;

const partnerCursor = `query PartnerCursor($after: String) { partners(first: 1, after: $after) { pageInfo { hasNextPage endCursor } } }`;

export interface FullCacheResult {
  scale: number;
  maxBytes: number;
  bytes: number;
  entries: number;
  evictions: number;
  /** Seconds of load until the cache was full; null when it never was. */
  filledAfterSeconds: number | null;
  seconds: number;
  requests: number;
  distinctRequests: number;
  outcomes: Record<string, number>;
  errors: number;
  /** VmHWM of the gateway process at the end: its peak RSS since it started. */
  peakRssMb: number;
}

interface CacheFigures {
  maxBytes: number;
  bytes: number;
  entries: number;
  evictions: number;
  outcomes: Record<string, number>;
}

async function readCacheFigures(gateway: Target): Promise<CacheFigures> {
  const samples = prometheusSamples(await (await fetch(new URL('/metrics', gateway.url!))).text());
  const outcomes: Record<string, number> = {};
  for (const [series, value] of samples) {
    const outcome = /^vangnet_gateway_response_cache_requests_total\{outcome="(\w+)"\}$/.exec(series)?.[1];
    if (outcome) outcomes[outcome] = value;
  }
  return {
    maxBytes: samples.get('vangnet_gateway_response_cache_max_bytes') ?? 0,
    bytes: samples.get('vangnet_gateway_response_cache_bytes') ?? 0,
    entries: samples.get('vangnet_gateway_response_cache_entries') ?? 0,
    evictions: samples.get('vangnet_gateway_response_cache_evictions_total') ?? 0,
    outcomes,
  };
}

/** Every partner's cursor in name order, up to MAX_CURSORS: each starts a different page. */
async function partnerCursors(gateway: Target): Promise<string[]> {
  const cursors: string[] = [];
  let after: string | null = null;
  while (cursors.length < MAX_CURSORS) {
    const answer = await post(gateway.agent, gateway.url!, JSON.stringify({ query: partnerCursor, variables: { after } }), {});
    const failure = failureOf(answer);
    if (failure) throw new Error(`bench: walking the partners for the full cache failed: ${failure}`);
    const pageInfo = (JSON.parse(answer.body) as { data: { partners: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } }).data.partners.pageInfo;
    if (!pageInfo.endCursor) break;
    cursors.push(pageInfo.endCursor);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return cursors;
}

export async function measureFullCache(run: GatewaysRun, scale: number): Promise<FullCacheResult> {
  const { config, hub, errors } = run;
  const gateway = await startGatewayTarget('vangnet-cached', hub.supergraphFile, { RESPONSE_CACHE: 'true' }, config.clients);
  const pid = gateway.process!.child.pid!;
  const cursors = await partnerCursors(gateway);
  const bodies: string[] = [];
  for (const after of [null, ...cursors]) {
    for (const first of [10, 20, 50, 100]) {
      for (const regio of [null, ...REGIO_CODES]) {
        for (const rol of [null, 'KETENPARTNER']) bodies.push(JSON.stringify({ query: partnerPagina, variables: { regio, rol, first, after } }));
      }
    }
  }
  log(`×${scale} full cache: ${bodies.length} distinct partner pages from ${cursors.length} cursors`);

  let next = 0;
  let requests = 0;
  let failures = 0;
  let filledAt: number | null = null;
  const began = performance.now();
  // Filled, then as long again as one round under load, still with pages not asked before (or,
  // once every page has been asked, the least recently asked, which the cache has evicted).
  const deadline = () => (filledAt === null ? began + MAX_FILL_SECONDS * 1000 : filledAt + config.seconds * 1000);
  let peakVmRssMb = 0;
  const sampler = setInterval(() => (peakVmRssMb = Math.max(peakVmRssMb, readMemoryMb(pid) ?? 0)), 100);
  const watcher = (async () => {
    while (filledAt === null && performance.now() < deadline()) {
      const figures = await readCacheFigures(gateway);
      if (figures.bytes >= FULL_SHARE * figures.maxBytes && figures.evictions > 0) filledAt = performance.now();
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  await Promise.all(
    Array.from({ length: config.clients }, async () => {
      while (performance.now() < deadline()) {
        const answer = await post(gateway.agent, gateway.url!, bodies[next++ % bodies.length]!, {}).catch((error: Error) => ({ status: 0, headers: {}, body: error.message }));
        requests += 1;
        const failure = failureOf(answer);
        if (failure) {
          failures += 1;
          if (errors.length < 50) errors.push({ scale, target: 'vangnet-cached', workload: 'partner-zoeken', message: `full cache: ${failure}` });
        }
      }
    }),
  );
  await watcher;
  clearInterval(sampler);
  const seconds = (performance.now() - began) / 1000;
  const figures = await readCacheFigures(gateway);
  const peakRssMb = Math.max(peakVmRssMb, readMemoryMb(pid, 'VmHWM') ?? 0);
  await stopTarget(gateway);
  log(
    `×${scale} full cache: ${(figures.bytes / 1e6).toFixed(1)} of ${(figures.maxBytes / 1e6).toFixed(1)} MB, ${figures.entries} answers, ${figures.evictions} evicted, ` +
      `${filledAt === null ? 'never full' : `full after ${((filledAt - began) / 1000).toFixed(1)} s`}; gateway peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  return {
    scale,
    ...figures,
    filledAfterSeconds: filledAt === null ? null : (filledAt - began) / 1000,
    seconds,
    requests,
    distinctRequests: Math.min(next, bodies.length),
    errors: failures,
    peakRssMb,
  };
}
