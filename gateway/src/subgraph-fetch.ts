import http from 'node:http';
import https from 'node:https';

export interface SubgraphFetchOptions {
  /** Identical calls in flight share one request (see `createSubgraphFetch`). */
  shareIdenticalCalls: boolean;
  /** Headers that differ per request without changing the answer, such as the request id. */
  headersOutsideIdentity: readonly string[];
}

/**
 * The runtime asks the subgraphs through a WHATWG fetch built of streams, signals and promise
 * wrappers; on this hub that machinery cost more CPU than the HTTP itself (bench/report.md). A
 * subgraph call is a small JSON POST with a JSON answer, so this sends it with node:http on
 * kept-alive connections and gives the executor the part of a Response it reads: status,
 * headers and text. Anything else goes to the ordinary fetch.
 *
 * Identical query calls in flight (same subgraph, body and headers, the forwarded token included)
 * share one request here rather than in the HTTP executor: the executor copies every answer with
 * structuredClone for every caller, shared or not, which cost about 3.5 % of the gateway's CPU in
 * a profile of the region page. Here each caller parses the shared text itself, as it would have
 * parsed its own.
 */
export function createSubgraphFetch(fallback: typeof fetch, options: SubgraphFetchOptions): typeof fetch {
  // An idle connection is closed after 4 s, before Node's servers close theirs (5 s), so the gateway
  // rarely writes to a connection the subgraph is closing; when it does, see `startCall`.
  const agentOptions = { keepAlive: true, maxSockets: 256, scheduling: 'lifo' as const, timeout: 4_000 };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const outsideIdentity = new Set(options.headersOutsideIdentity.map((name) => name.toLowerCase()));
  const inFlight = new Map<string, Call>();
  return function subgraphFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    if (typeof input !== 'string' || init?.method !== 'POST' || typeof init.body !== 'string' || !isPlainHeaders(init.headers)) {
      return fallback(input, init);
    }
    const url = new URL(input);
    const agent = url.protocol === 'https:' ? agents['https:'] : url.protocol === 'http:' ? agents['http:'] : undefined;
    if (!agent) return fallback(input, init);
    const signal = init.signal ?? undefined;
    // A caller that has already given up neither starts a call nor joins one.
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const body = init.body;
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>), 'content-length': String(Buffer.byteLength(body)) };
    if (!options.shareIdenticalCalls || !isQuery(body)) return waitFor(startCall(url, headers, body, agent), signal);
    const key = identity(input, body, headers, outsideIdentity);
    let call = inFlight.get(key);
    if (!call) {
      const started = startCall(url, headers, body, agent);
      const forget = () => {
        if (inFlight.get(key) === started) inFlight.delete(key);
      };
      started.onCancel = forget;
      started.answer.then(forget, forget);
      inFlight.set(key, started);
      call = started;
    }
    return waitFor(call, signal);
  } as typeof fetch;
}

/** A subgraph's answer as it came over the wire, shared by every caller of one call. */
interface Answer {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One request to a subgraph, and how many callers still wait for it. */
interface Call {
  answer: Promise<Answer>;
  callers: number;
  request: http.ClientRequest | undefined;
  /** Set when every caller has gone: the request is stopped and not sent again. */
  cancelled: Error | undefined;
  onCancel: (() => void) | undefined;
}

function startCall(url: URL, headers: Record<string, string>, body: string, agent: http.Agent): Call {
  const call: Call = { answer: undefined as unknown as Promise<Answer>, callers: 0, request: undefined, cancelled: undefined, onCancel: undefined };
  call.answer = send(call, url, headers, body, agent).catch((error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
    // A kept-alive connection the subgraph closed just as the call went out: the subgraph never
    // read the call, so it is sent once more on a fresh connection (what Node's docs advise).
    if (error.reusedSocket && error.code === 'ECONNRESET' && call.cancelled === undefined) return send(call, url, headers, body, agent);
    throw error;
  });
  return call;
}

function send(call: Call, url: URL, headers: Record<string, string>, body: string, agent: http.Agent): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    if (call.cancelled) {
      reject(call.cancelled);
      return;
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent });
    call.request = request;
    request.on('error', (error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
      if (call.cancelled === undefined) error.reusedSocket = request.reusedSocket;
      reject(error);
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('close', () => {
        if (!response.complete) reject(new Error('The subgraph closed the connection before its answer was complete'));
      });
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.end(body);
  });
}

/**
 * One caller's wait for a call. A caller whose signal aborts stops waiting at once, with the
 * signal's reason; the request itself stops only when no caller waits for it any more, so one
 * person's deadline never fails another person's shared call.
 */
function waitFor(call: Call, signal: AbortSignal | undefined): Promise<Response> {
  call.callers += 1;
  if (!signal) return call.answer.then(toResponse);
  return new Promise<Response>((resolve, reject) => {
    const onAbort = () => {
      reject(abortError(signal));
      call.callers -= 1;
      if (call.callers === 0) cancel(call, abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    call.answer.then(
      (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(toResponse(answer));
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function cancel(call: Call, reason: Error): void {
  call.cancelled = reason;
  call.onCancel?.();
  call.request?.destroy(reason);
}

function toResponse(answer: Answer): Response {
  return new SubgraphResponse(answer.status, answer.statusText, answer.headers, answer.text) as unknown as Response;
}

/** Only queries are shared: a mutation is sent as often as it was asked. */
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}

function identity(url: string, body: string, headers: Record<string, string>, outsideIdentity: Set<string>): string {
  let key = `${url}\n${body}`;
  for (const name of Object.keys(headers)) {
    if (!outsideIdentity.has(name.toLowerCase())) key += `\n${name.toLowerCase()}: ${headers[name]}`;
  }
  return key;
}

/** Only a plain object is copied as headers; a Headers of any implementation goes to the ordinary fetch. */
function isPlainHeaders(headers: HeadersInit | undefined): boolean {
  if (headers === undefined) return true;
  const prototype: unknown = typeof headers === 'object' ? Object.getPrototypeOf(headers) : undefined;
  return prototype === Object.prototype || prototype === null;
}

function abortError(signal: AbortSignal): Error {
  const reason = signal.reason;
  if (reason instanceof Error) return reason;
  return new DOMException('The operation was aborted', 'AbortError');
}

/** What the HTTP executor and the hub's plugins read of a subgraph's answer. */
class SubgraphResponse {
  readonly ok: boolean;
  readonly headers: SubgraphHeaders;
  constructor(
    readonly status: number,
    readonly statusText: string,
    headers: http.IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new SubgraphHeaders(headers);
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  json(): Promise<unknown> {
    return Promise.resolve().then(() => JSON.parse(this.body));
  }
}

class SubgraphHeaders {
  constructor(private readonly headers: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.headers[name.toLowerCase()] !== undefined;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.headers)) yield [name, this.get(name)!];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.entries()) callback(value, name);
  }
}
