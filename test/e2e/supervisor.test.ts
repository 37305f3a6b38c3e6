import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubSubgraphs } from '../../lib/hub-subgraphs.js';
import { repositoryRoot } from '../../lib/paths.js';
import { freePort } from '../../lib/processes.js';
import { waitFor } from '../harness/wait.js';

/**
 * `npm start` itself (what it runs after its prestart check), on ports of its own and SQLite files
 * in a temporary folder, while clients read through its gateway: a killed subgraph is restarted
 * and the rest of the hub keeps answering.
 */

// One field or more from each hub subgraph: regios from regions, partners from partners, producten
// from voorzieningen, matchingspunten from woonopties (checked on the healthy answer below).
const query = '{ regios { code naam partners { id } producten { code } } matchingspunten { id } }';
/** How long a killed subgraph may be away: the first restart waits 0.5 s, a subgraph starts in 1-3 s. */
const backWithinMs = 10_000;
/** How long SIGTERM may take to stop npm start and every process it started. */
const stopsWithinMs = 20_000;
const restartLimit = 3;

interface HubData {
  regios: Array<{ code: string; naam: string; partners: unknown[] | null; producten: unknown[] | null }> | null;
  matchingspunten: unknown[] | null;
}

/** The healthy answer with the fields of the subgraphs that are down set to null, as the gateway answers then. */
function withoutSubgraphs(healthy: HubData, down: ReadonlySet<string>): HubData {
  return {
    regios: down.has('regions')
      ? null
      : healthy.regios!.map((regio) => ({
          ...regio,
          partners: down.has('partners') ? null : regio.partners,
          producten: down.has('voorzieningen') ? null : regio.producten,
        })),
    matchingspunten: down.has('woonopties') ? null : healthy.matchingspunten,
  };
}

type Answer = { kind: 'full' } | { kind: 'partial'; down: string[] } | { kind: '503' } | { kind: 'other'; detail: string };

async function ask(gatewayUrl: string, healthy: HubData): Promise<Answer> {
  let status = 0;
  let text = '';
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(15_000),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return { kind: 'other', detail: `no answer: ${String(error)}` };
  }
  if (status === 503) return { kind: '503' };
  let body: { data?: HubData | null; errors?: Array<{ extensions?: { code?: string; subgraph?: string } }> };
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'other', detail: `HTTP ${status}, not JSON: ${text.slice(0, 200)}` };
  }
  const other = { kind: 'other', detail: `HTTP ${status}: ${text.slice(0, 300)}` } as const;
  if (status !== 200 || !body.data) return other;
  if (!body.errors) return isDeepStrictEqual(body.data, healthy) ? { kind: 'full' } : other;
  if (!body.errors.every((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.subgraph)) return other;
  const down = [...new Set(body.errors.map((error) => error.extensions!.subgraph!))].sort();
  // Partial means the rest is all there: every field of a subgraph that answered equals the healthy answer.
  return isDeepStrictEqual(body.data, withoutSubgraphs(healthy, new Set(down))) ? { kind: 'partial', down } : other;
}

/** Closed-loop readers: each sends the next request when the previous one is answered. */
function keepReading(gatewayUrl: string, healthy: HubData, clients = 4) {
  const counts = { full: 0, partial: {} as Record<string, number>, '503': 0, other: [] as string[] };
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const answer = await ask(gatewayUrl, healthy);
      if (answer.kind === 'full') counts.full += 1;
      else if (answer.kind === '503') counts['503'] += 1;
      else if (answer.kind === 'partial') for (const name of answer.down) counts.partial[name] = (counts.partial[name] ?? 0) + 1;
      else counts.other.push(answer.detail);
    }
  });
  return {
    counts,
    async stop() {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}

/** The gateway, subgraph and registry ports of npm start are one base plus 0-4 and 10; all must be free. */
async function freePortBase(): Promise<number> {
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (;;) {
    const base = await freePort();
    if (base + 10 > 65_535) continue;
    const offsets = [1, 2, 3, 4, 10];
    if ((await Promise.all(offsets.map((offset) => isFree(base + offset)))).every(Boolean)) return base;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Readiness {
  status: number;
  down: string[];
}

async function readiness(baseUrl: string): Promise<Readiness | null> {
  try {
    const response = await fetch(`${baseUrl}/readiness`, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as { subgraphs: Array<{ name: string; ok: boolean }> };
    return { status: response.status, down: body.subgraphs.filter((subgraph) => !subgraph.ok).map((subgraph) => subgraph.name) };
  } catch {
    return null;
  }
}

describe('npm start keeps the hub running when a service crashes', () => {
  let hub: ChildProcess;
  let dataDir: string;
  let base: number;
  let gatewayBaseUrl: string;
  let gatewayUrl: string;
  let healthy: HubData;
  const output: string[] = [];
  const totals = { full: 0, partial: {} as Record<string, number>, '503': 0, other: [] as string[] };

  /** Every pid npm start has reported for a service, oldest first. */
  const pidsOf = (name: string) =>
    output.flatMap((line) => {
      const match = /^vangnet: (\S+) started \(pid (\d+)\)/.exec(line);
      return match && match[1] === name ? [Number(match[2])] : [];
    });
  const hubLines = () => output.filter((line) => line.startsWith('vangnet'));
  const addToTotals = (counts: typeof totals) => {
    totals.full += counts.full;
    totals['503'] += counts['503'];
    totals.other.push(...counts.other);
    for (const [name, count] of Object.entries(counts.partial)) totals.partial[name] = (totals.partial[name] ?? 0) + count;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vangnet-npm-start-'));
    base = await freePortBase();
    gatewayBaseUrl = `http://127.0.0.1:${base}`;
    gatewayUrl = `${gatewayBaseUrl}/graphql`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      VANGNET_PORT_BASE: String(base),
      VANGNET_RESTART_MAX_EXITS: String(restartLimit),
      VANGNET_RESTART_WINDOW_MS: '300000',
    };
    // npm start runs on SQLite files, whichever database pass of the tests this is.
    delete env.DATABASE_URL;
    delete env.PORT;
    delete env.REGISTRY_PORT;
    hub = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-hub.ts'], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    const collect = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      output.push(...lines);
    };
    hub.stdout!.on('data', collect);
    hub.stderr!.on('data', collect);
    await waitFor(() => {
      if (hub.exitCode !== null) throw new Error(`npm start exited with ${hub.exitCode}:\n${output.slice(-40).join('\n')}`);
      return output.some((line) => line.startsWith('vangnet is running'));
    }, 150_000, 100);
    const answer = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await answer.json()) as { data: HubData; errors?: unknown };
    expect(body.errors).toBeUndefined();
    healthy = body.data;
  }, 180_000);

  afterAll(async () => {
    // Only when a test failed before npm start was stopped: stop whatever is left.
    if (hub && hub.exitCode === null && hub.signalCode === null) {
      hub.kill('SIGTERM');
      await waitFor(() => hub.exitCode !== null || hub.signalCode !== null, 30_000).catch(() => hub.kill('SIGKILL'));
    }
    for (const pid of ['regions', 'partners', 'voorzieningen', 'woonopties', 'registry', 'gateway'].flatMap(pidsOf)) {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('asks every hub subgraph with one query', () => {
    expect(healthy.regios!.length).toBeGreaterThan(0);
    expect(healthy.regios!.some((regio) => regio.partners!.length > 0)).toBe(true);
    expect(healthy.regios!.some((regio) => regio.producten!.length > 0)).toBe(true);
    expect(healthy.matchingspunten!.length).toBeGreaterThan(0);
    for (const subgraph of hubSubgraphs) {
      expect(isDeepStrictEqual(withoutSubgraphs(healthy, new Set([subgraph.name])), healthy), subgraph.name).toBe(false);
    }
  });

  it('restarts each killed subgraph within seconds while clients read, and every answer is data, partial data or a 503', async () => {
    const readers = keepReading(gatewayUrl, healthy);
    const away: Record<string, number> = {};
    try {
      await waitFor(() => readers.counts.full >= 20, 30_000);
      for (const subgraph of hubSubgraphs) {
        const port = base + (subgraph.port - 4000);
        const before = pidsOf(subgraph.name);
        const pid = before.at(-1)!;
        const partialBefore = readers.counts.partial[subgraph.name] ?? 0;
        const killedAt = Date.now();
        process.kill(pid, 'SIGKILL');

        // Readiness names it while it is away, and only it.
        await waitFor(async () => {
          const state = await readiness(gatewayBaseUrl);
          return state?.status === 503 && state.down.includes(subgraph.name);
        }, backWithinMs, 20);
        const whileDown = await readiness(gatewayBaseUrl);
        expect(whileDown?.down.filter((name) => name !== subgraph.name)).toEqual([]);

        // Back: a new process on the same port, ready, and the whole answer again through the gateway.
        await waitFor(async () => (await readiness(gatewayBaseUrl))?.status === 200, backWithinMs, 50);
        await waitFor(async () => (await ask(gatewayUrl, healthy)).kind === 'full', backWithinMs, 50);
        away[subgraph.name] = Date.now() - killedAt;
        expect(away[subgraph.name]).toBeLessThan(backWithinMs);
        expect(pidsOf(subgraph.name).length).toBe(before.length + 1);
        expect(isAlive(pid)).toBe(false);
        expect((await fetch(`http://127.0.0.1:${port}/healthcheck`)).status).toBe(200);
        expect(hubLines()).toContainEqual(expect.stringMatching(new RegExp(`^vangnet: ${subgraph.name} exited \\(signal SIGKILL\\) at \\d\\d:\\d\\d:\\d\\d; restarting in 0\\.5 s \\(restart 1\\)$`)));
        // The clients were reading while it was away, and got the other subgraphs' data meanwhile.
        expect(readers.counts.partial[subgraph.name] ?? 0).toBeGreaterThan(partialBefore);
        // And they get whole answers again before the next one is killed.
        const fullBefore = readers.counts.full;
        await waitFor(() => readers.counts.full >= fullBefore + 20, backWithinMs);
      }
    } finally {
      addToTotals(await readers.stop());
    }
    console.log(`npm start: away after SIGKILL (ms): ${JSON.stringify(away)}; answers: ${JSON.stringify({ ...totals, other: totals.other.length })}`);
    expect(totals.other).toEqual([]);
    expect(totals.full).toBeGreaterThan(0);
  }, 180_000);

  it('leaves a subgraph that keeps crashing down, says so, and the rest keeps answering', async () => {
    const readers = keepReading(gatewayUrl, healthy);
    try {
      // woonopties was killed once above; it gives up at the limit's exit within the window.
      for (let exit = 2; exit <= restartLimit; exit += 1) {
        const pids = pidsOf('woonopties');
        process.kill(pids.at(-1)!, 'SIGKILL');
        if (exit < restartLimit) await waitFor(() => pidsOf('woonopties').length > pids.length, 30_000);
      }
      await waitFor(() => hubLines().some((line) => line.includes('keeps crashing')), 10_000);
      expect(hubLines()).toContainEqual(
        expect.stringMatching(/^vangnet: woonopties exited \(signal SIGKILL\) at \d\d:\d\d:\d\d; it keeps crashing \(3 exits within 5 minutes\); not restarting it\. The rest of the hub keeps running\.$/),
      );
      const startsAfterGivingUp = pidsOf('woonopties').length;
      // Longer than any restart delay it would have had (0.5 s doubled twice).
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(pidsOf('woonopties').length).toBe(startsAfterGivingUp);
      expect(await readiness(gatewayBaseUrl)).toEqual({ status: 503, down: ['woonopties'] });
      expect(readers.counts.partial.woonopties ?? 0).toBeGreaterThan(0);
      const answer = await ask(gatewayUrl, healthy);
      expect(answer).toEqual({ kind: 'partial', down: ['woonopties'] });
    } finally {
      addToTotals(await readers.stop());
    }
    console.log(`npm start, whole run: answers ${JSON.stringify({ ...totals, other: totals.other.length })}`);
    expect(totals.other).toEqual([]);
  }, 120_000);

  it('stops npm start and every process it started on SIGTERM', async () => {
    const pids = ['regions', 'partners', 'voorzieningen', 'woonopties', 'registry', 'gateway'].flatMap(pidsOf);
    expect(pids.length).toBeGreaterThanOrEqual(6);
    const linesBefore = output.length;
    const signalledAt = Date.now();
    hub.kill('SIGTERM');
    await waitFor(() => hub.exitCode !== null, stopsWithinMs);
    await waitFor(() => pids.every((pid) => !isAlive(pid)), 5_000);
    const tookMs = Date.now() - signalledAt;
    console.log(`npm start: stopped with every child ${tookMs} ms after SIGTERM`);
    expect(hub.exitCode).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(output.slice(linesBefore).filter((line) => /^vangnet: .* (exited|started)/.test(line))).toEqual([]);
  }, 60_000);
});
