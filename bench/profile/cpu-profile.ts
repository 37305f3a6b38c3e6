/**
 * Reads a V8 `.cpuprofile` (what `node --cpu-prof` writes) and attributes self time to the layers
 * of the gateway, by the script each sampled frame belongs to. Only samples inside a time window
 * are counted, so start-up and warm-up do not blur the load that was measured.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const CATEGORIES = [
  'HTTP adapter',
  'Yoga and envelop hooks',
  'our layer',
  'parsing and validation',
  'planning',
  'plan execution and projection',
  'subgraph calls',
  'serialisation',
  'GC',
  'other',
  'idle',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FunctionCost {
  name: string;
  where: string;
  category: Category;
  samples: number;
}

export interface ProfileSummary {
  /** Samples taken in the window, idle included. */
  samples: number;
  /** Samples outside `(idle)`: the main thread at work. */
  busySamples: number;
  /** Samples per layer. */
  byCategory: Record<Category, number>;
  topFunctions: FunctionCost[];
}

/** The package a script belongs to (`@scope/name` or `name`), or null when it is not in node_modules. */
export function packageOf(url: string): string | null {
  const at = url.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const parts = url.slice(at + '/node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const byPackage: Array<[RegExp, Category]> = [
  [/^@whatwg-node\/(server|fetch|node-fetch|promise-helpers|events|disposablestack)$|^urlpattern-polyfill$/, 'HTTP adapter'],
  [/^(graphql-yoga|@graphql-yoga\/.*|@envelop\/.*|@graphql-hive\/gateway-runtime|@graphql-hive\/logger|@graphql-hive\/signal|@escape\.tech\/.*|@graphql-hive\/pubsub|@graphql-hive\/core|@graphql-hive\/yoga)$/, 'Yoga and envelop hooks'],
  [/^@graphql-hive\/router-query-planner$/, 'planning'],
  [/^(@graphql-hive\/router-runtime|@graphql-mesh\/fusion-runtime|@graphql-tools\/(federation|delegate|merge|stitch|batch-delegate|batch-execute|wrap|executor|schema|utils)|@graphql-mesh\/(utils|cross-helpers|string-interpolation|types)|dataloader)$/, 'plan execution and projection'],
  [/^(undici|@graphql-mesh\/transport-.*|@graphql-tools\/executor-http)$/, 'subgraph calls'],
];

/** Which layer a frame belongs to; `gatewayBundle` is the path of the gateway's own bundle (only vangnet's code: dependencies stay external). */
export function categoryOf(frame: CallFrame, gatewayBundle: string): Category {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)') return 'idle';
  if (url === '') {
    // Builtins and native code without a script: JSON's are serialisation, the rest is V8 or Node.
    if (/^(stringify|parse|JSON\.\w+|SerializeJSON\w*)$/.test(functionName)) return 'serialisation';
    return 'other';
  }
  if (url.endsWith(gatewayBundle) || url.includes('/gateway/src/') || url.includes('/lib/')) {
    if (!url.includes('/node_modules/')) return 'our layer';
  }
  // WebCrypto runs the HMAC of vangnet's token check (jose) as a job of its own, with no caller on the stack.
  if (url.startsWith('node:internal/crypto/')) return 'our layer';
  if (/^node:(_http_|http$|https$|net$|internal\/(http|streams|stream_base|net|url|webstreams|deps\/undici|process\/task_queues|timers|async_hooks))/.test(url) || /^node:(stream|events|buffer|zlib)$/.test(url)) {
    // Node's own undici is the WHATWG fetch the runtime may call subgraphs with.
    if (url.includes('deps/undici')) return 'subgraph calls';
    return 'HTTP adapter';
  }
  const pkg = packageOf(url);
  if (pkg === 'graphql') {
    if (/\/graphql\/(language|validation)\//.test(url)) return 'parsing and validation';
    if (/\/graphql\/execution\//.test(url)) return 'plan execution and projection';
    return 'plan execution and projection';
  }
  if (pkg !== null) {
    for (const [pattern, category] of byPackage) if (pattern.test(pkg)) return category;
  }
  return 'other';
}

/** Where a frame is, for the table of hot functions: a package, a Node module, or the gateway's own code. */
function whereOf(frame: CallFrame, gatewayBundle: string): string {
  if (frame.url === '') return '(native)';
  if (frame.url.endsWith(gatewayBundle)) return 'vangnet gateway bundle';
  const pkg = packageOf(frame.url);
  if (pkg !== null) {
    const inPackage = frame.url.slice(frame.url.lastIndexOf(`/node_modules/${pkg}/`) + `/node_modules/${pkg}/`.length);
    return `${pkg} ${inPackage}`;
  }
  return frame.url.replace(/^file:\/\/.*\/(?=[^/]+\/[^/]+$)/, '');
}

const NODE_CLIENT = /^node:(_http_client|_http_agent|internal\/deps\/undici)/;

/**
 * Native frames (a syscall's `writev`, a string's encoding), Node's own modules and packages of no
 * layer (jose, for tokens) run for whoever called them: the subgraph calls when a client request
 * or a subgraph-call function is on the stack, the HTTP adapter under node:http's server, else the
 * layer of the first caller that has one; with no such caller, what their own script says.
 */
function attribute(id: number, nodes: Map<number, ProfileNode>, parents: Map<number, number>, gatewayBundle: string): Category {
  const frame = nodes.get(id)!.callFrame;
  const own = categoryOf(frame, gatewayBundle);
  const forCaller = frame.url === '' || frame.url.startsWith('node:') || own === 'other';
  if (!forCaller || own === 'GC' || own === 'idle' || own === 'serialisation' || frame.functionName === '(program)') return own;
  // A socket write flushed from a tick of its own (connectionCorkNT) has only node: callers and
  // cannot tell an answer from a subgraph request: it goes to the first node: module with a layer.
  let nodeCategory: Category | null = null;
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const caller = nodes.get(at)!.callFrame;
    if (NODE_CLIENT.test(caller.url)) return 'subgraph calls';
    if (caller.url.startsWith('node:_http_server')) return 'HTTP adapter';
    if (caller.url.startsWith('node:') && nodeCategory === null) {
      const category = categoryOf(caller, gatewayBundle);
      if (category !== 'other') nodeCategory = category;
    }
    if (caller.url === '' || caller.url.startsWith('node:') || at === id) continue;
    const category = categoryOf(caller, gatewayBundle);
    if (category === 'our layer' && /subgraph/i.test(caller.functionName)) return 'subgraph calls';
    if (category !== 'other') return category;
  }
  return own === 'other' && nodeCategory !== null ? nodeCategory : own;
}

/**
 * Self time per category and per function, of the samples taken between `fromMicros` and
 * `toMicros` on the profile's clock (CLOCK_MONOTONIC in microseconds on Linux, the same clock as
 * `process.hrtime`). With no window every sample counts.
 *
 * Samples are counted, not timed: the gap before a sample also holds the time the thread waited
 * for a core (two cores, shared), which would go to whatever frame ran when it came back. A count
 * is what the sampler saw running; the shares are counts over counts.
 */
export function summariseProfile(file: string, gatewayBundle: string, window?: { fromMicros: number; toMicros: number }): ProfileSummary & { windowMatched: boolean } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const counts = new Map<number, number>();
  let time = profile.startTime;
  let inWindow = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]!;
    if (window && (time < window.fromMicros || time > window.toMicros)) continue;
    inWindow += 1;
    const id = profile.samples[i]!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const windowMatched = !window || inWindow > 0;
  if (!windowMatched) return summariseProfile(file, gatewayBundle);

  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  const byFunction = new Map<string, FunctionCost>();
  for (const [id, samples] of counts) {
    const frame = nodes.get(id)!.callFrame;
    const category = attribute(id, nodes, parents, gatewayBundle);
    byCategory[category] += samples;
    const where = whereOf(frame, gatewayBundle);
    const key = `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}:${frame.columnNumber}\u0000${category}`;
    const cost = byFunction.get(key) ?? { name: frame.functionName || '(anonymous)', where: `${where}:${frame.lineNumber + 1}`, category, samples: 0 };
    cost.samples += samples;
    byFunction.set(key, cost);
  }
  const samples = Object.values(byCategory).reduce((sum, count) => sum + count, 0);
  const busySamples = samples - byCategory.idle;
  const topFunctions = [...byFunction.values()].filter((cost) => cost.name !== '(idle)').sort((a, b) => b.samples - a.samples).slice(0, 40);
  return { samples, busySamples, byCategory, topFunctions, windowMatched };
}
