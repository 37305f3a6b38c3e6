/**
 * Closed-loop clients over keep-alive connections, for the connections and overload runs: each
 * client sends its next request when the previous answer is read, and a client that is shed (503
 * OVERLOADED) waits the Retry-After it was given, as a well-behaved front-end does. Answers are
 * sorted into admitted (200 with data, no errors), deliberately shed (503 with OVERLOADED and a
 * Retry-After), and errors (anything else, including a transport failure or no answer in 30 s).
 */
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { mulberry32, percentile, readCpuSeconds, readMemoryMb } from './measure.js';
import { PARTNER_ROLLEN, PARTNER_ZOEKTERMEN, partnerZoeken, REGIO_CODES, regioPagina } from './workloads.js';

const REQUEST_TIMEOUT_MS = 30_000;

/** Half region pages (all four subgraphs), half partner searches: the bench's public front-end queries. */
function nextRequestBody(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return random() < 0.5
    ? JSON.stringify({ query: regioPagina, variables: { code: pick(REGIO_CODES) } })
    : JSON.stringify({ query: partnerZoeken, variables: { zoek: pick(PARTNER_ZOEKTERMEN), regio: pick([null, ...REGIO_CODES]), rol: pick(PARTNER_ROLLEN), after: null } });
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

function post(agent: Agent, url: URL, body: string, onSocket: (socket: Socket) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('socket', onSocket);
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Established TCP connections whose local end is this port: the server's side of its clients' connections. */
export function establishedConnectionsTo(port: number): number {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  let count = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(hexPort) && fields[3] === '01') count += 1;
    }
  }
  return count;
}

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  admitted: number;
  shed: number;
  errors: number;
  /** Distinct error messages (first 200 characters) and how often each came. */
  errorMessages: Record<string, number>;
  admittedMs: Float64Array;
  shedMs: Float64Array;
  /** Distinct sockets the clients sent requests on, over the whole run. */
  clientSockets: number;
  /** The most established connections the gateway's port held at one sample, and at the last sample. */
  serverConnectionsMax: number;
  serverConnectionsEnd: number;
  gatewayRssStartMb: number | null;
  gatewayRssMaxMb: number | null;
  gatewayRssEndMb: number | null;
  gatewayCpuPercent: number | null;
}

export interface LoadOptions {
  gatewayUrl: string;
  gatewayPid: number;
  clients: number;
  seconds: number;
  /** Prints a line every 10 s under this label. */
  label: string;
  seed?: number;
}

/** Runs `clients` closed-loop clients for `seconds`, each on its own kept-alive connection. */
export async function runClosedLoop(options: LoadOptions): Promise<LoadResult> {
  const { clients, seconds, gatewayPid } = options;
  const url = new URL(options.gatewayUrl);
  // Each client its own agent with one kept-alive socket, so it keeps its own connection: with one
  // shared pool, the sockets of clients waiting out a Retry-After sat idle at the bottom of the pool
  // and were closed and reopened, and the run held fewer than `clients` connections.
  const agents = Array.from({ length: clients }, () => new Agent({ keepAlive: true, maxSockets: 1, maxFreeSockets: 1, timeout: REQUEST_TIMEOUT_MS }));
  const sockets = new WeakSet<Socket>();
  let clientSockets = 0;
  const onSocket = (socket: Socket) => {
    if (sockets.has(socket)) return;
    sockets.add(socket);
    clientSockets += 1;
  };
  const admittedMs: number[] = [];
  const shedMs: number[] = [];
  const errorMessages: Record<string, number> = {};
  let errors = 0;

  const start = performance.now();
  const deadline = start + seconds * 1000;
  const port = Number(url.port);
  const gatewayRssStartMb = readMemoryMb(gatewayPid);
  const cpuStart = readCpuSeconds(gatewayPid);
  let gatewayRssMaxMb = gatewayRssStartMb ?? 0;
  let serverConnectionsMax = 0;
  let serverConnectionsEnd = 0;
  let lastReport = start;
  const sampler = setInterval(() => {
    const rss = readMemoryMb(gatewayPid);
    if (rss !== null) gatewayRssMaxMb = Math.max(gatewayRssMaxMb, rss);
    serverConnectionsEnd = establishedConnectionsTo(port);
    serverConnectionsMax = Math.max(serverConnectionsMax, serverConnectionsEnd);
    const now = performance.now();
    if (now - lastReport >= 10_000) {
      lastReport = now;
      process.stderr.write(
        `${options.label}: ${Math.round((now - start) / 1000)} s, ${admittedMs.length} admitted, ${shedMs.length} shed, ${errors} errors, ` +
          `${serverConnectionsEnd} connections at the gateway, gateway RSS ${rss?.toFixed(0) ?? '–'} MB\n`,
      );
    }
  }, 1_000);

  async function client(index: number): Promise<void> {
    const random = mulberry32((options.seed ?? 5_000) + index);
    while (performance.now() < deadline) {
      const began = performance.now();
      let failure: string | null = null;
      try {
        const answer = await post(agents[index]!, url, nextRequestBody(random), onSocket);
        const ms = performance.now() - began;
        if (answer.status === 503 && answer.retryAfter && answer.body.includes('"OVERLOADED"')) {
          shedMs.push(ms);
          await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000));
          continue;
        }
        if (answer.status !== 200) failure = `HTTP ${answer.status}: ${answer.body.slice(0, 160)}`;
        else if (answer.body.includes('"errors"')) failure = `errors: ${answer.body.slice(0, 160)}`;
        else if (!answer.body.includes('"data"')) failure = `no data: ${answer.body.slice(0, 160)}`;
        else admittedMs.push(ms);
      } catch (error) {
        failure = `request failed: ${(error as Error).message}`;
      }
      if (failure) {
        errors += 1;
        errorMessages[failure] = (errorMessages[failure] ?? 0) + 1;
      }
    }
  }

  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  const elapsedS = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const cpuEnd = readCpuSeconds(gatewayPid);
  const gatewayRssEndMb = readMemoryMb(gatewayPid);
  for (const agent of agents) agent.destroy();
  return {
    clients,
    seconds: elapsedS,
    requests: admittedMs.length + shedMs.length + errors,
    admitted: admittedMs.length,
    shed: shedMs.length,
    errors,
    errorMessages,
    admittedMs: Float64Array.from(admittedMs).sort(),
    shedMs: Float64Array.from(shedMs).sort(),
    clientSockets,
    serverConnectionsMax,
    serverConnectionsEnd,
    gatewayRssStartMb,
    gatewayRssMaxMb: gatewayRssStartMb === null ? null : gatewayRssMaxMb,
    gatewayRssEndMb,
    gatewayCpuPercent: cpuStart !== null && cpuEnd !== null ? ((cpuEnd - cpuStart) / elapsedS) * 100 : null,
  };
}

export const ms = (sorted: Float64Array, p: number) => (sorted.length === 0 ? '–' : percentile(sorted, p).toFixed(1));
export const mb = (value: number | null) => (value === null ? '–' : value.toFixed(0));
