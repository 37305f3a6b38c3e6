import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readConfig } from './config.js';
import { hubSubgraphs, type HubSubgraphName } from './hub-subgraphs.js';
import { repositoryRoot } from './paths.js';
import { startNodeProcess, type ServiceProcess } from './processes.js';
import { writeFileAtomically } from './files.js';

/**
 * The hub's services run as JavaScript bundles in dist/, built from the TypeScript sources on every
 * start (under a second). Loading TypeScript through tsx at run time cost each process about 90 MB
 * of RSS and 35 MB of heap for the transpiler and its source maps (bench/report.md).
 */
export type HubServiceName = HubSubgraphName | 'registry' | 'gateway';

export const hubServices: Readonly<Record<HubServiceName, string>> = {
  ...(Object.fromEntries(hubSubgraphs.map((subgraph) => [subgraph.name, subgraph.entry])) as Record<HubSubgraphName, string>),
  registry: 'registry/src/main.ts',
  gateway: 'gateway/src/main.ts',
};

export const distDirectory = join(repositoryRoot, 'dist');

export function bundleOf(service: HubServiceName): string {
  return join(distDirectory, `${service}.mjs`);
}

/** Bundles every service; dependencies stay in node_modules, only the hub's own code is bundled. */
export async function buildServices(): Promise<void> {
  // Built in memory and each bundle renamed into place: `npm start` and the tests build while
  // other processes start from dist/, and a bundle read half-written would fail to load.
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: Object.fromEntries(Object.entries(hubServices).map(([name, source]) => [name, join(repositoryRoot, source)])),
    outdir: distDirectory,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(distDirectory, { recursive: true });
  for (const file of result.outputFiles) writeFileAtomically(file.path, file.contents);
}

/**
 * Node flags per service. The gateway's heap is capped: its live heap is under 100 MB, but under load
 * V8 let garbage pile up to 400 MB between full collections when nothing bounded it; with the cap
 * it collects sooner, for a little more CPU (bench/report.md, "The effect of each change").
 *
 * Under a cap below 256 MB, V8 lets the old generation grow only 1.3x its live size before the
 * next full collection, so under load the gateway ran one every 1.4 s. Letting it grow 2x (the cap
 * still bounds it) used 0.93x and 0.84x the CPU per request in two A/B runs on the region page, at
 * the same peak RSS, and 40 % fewer full collections per request in the soak; the benchmark's
 * variation does not tell its CPU effect apart from noise (bench/report.md).
 */
function nodeFlagsOf(service: HubServiceName): string[] {
  if (service !== 'gateway') return [];
  const { heapMb, growthPercent } = readConfig((read) => ({
    heapMb: read.integer('GATEWAY_HEAP_MB', 192, { min: 64, max: 65_536 }),
    growthPercent: read.integer('GATEWAY_HEAP_GROWTH_PERCENT', 100, { min: 0, max: 1_000 }),
  }));
  return [`--max-old-space-size=${heapMb}`, ...(growthPercent > 0 ? [`--heap-growing-percent=${growthPercent}`] : [])];
}

/**
 * graphql-js checks every `instanceof` against a second copy of itself unless NODE_ENV is
 * production; in the gateway that costs measurably more CPU per request (bench/report.md).
 * Nothing else here reads NODE_ENV: development and production mode are VANGNET_MODE.
 */
function environmentOf(service: HubServiceName): Record<string, string> {
  return service === 'gateway' ? { NODE_ENV: process.env.NODE_ENV ?? 'production' } : {};
}

export interface StartServiceOptions {
  /** The process's name in logs and errors; defaults to the service's. */
  name?: string;
  args?: string[];
  env?: Record<string, string>;
  echo?: boolean;
  /** Another bundle to run with this service's process settings (the benchmark's bare runtime). */
  bundle?: string;
  /** Node flags on top of the service's own (the profile's `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeFlags?: string[];
}

/** Starts a service from its bundle; `buildServices()` must have run in this checkout. */
export function startService(service: HubServiceName, options: StartServiceOptions = {}): ServiceProcess {
  return startNodeProcess({
    name: options.name ?? service,
    nodeArgs: [...nodeFlagsOf(service), ...(options.nodeFlags ?? []), options.bundle ?? bundleOf(service), ...(options.args ?? [])],
    env: { ...environmentOf(service), ...options.env },
    ...(options.echo ? { echo: true } : {}),
  });
}
