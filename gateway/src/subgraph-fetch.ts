import http from 'node:http';
import https from 'node:https';

/**
 * The runtime asks the subgraphs through a WHATWG fetch built of streams, signals and promise
 * wrappers; on this hub that machinery cost more CPU than the HTTP itself (bench/report.md). A
 * subgraph call is a small JSON POST with a JSON answer, so this sends it with node:http on
 * kept-alive connections and gives the executor the part of a Response it reads: status,
 * headers and text. Anything else goes to the ordinary fetch.
 */
export function createSubgraphFetch(fallback: typeof fetch): typeof fetch {
  // An idle connection is closed after 4 s, before Node's servers close theirs (5 s), so the gateway
  // rarely writes to a connection the subgraph is closing; when it does, see `send`.
  const options = { keepAlive: true, maxSockets: 256, scheduling: 'lifo' as const, timeout: 4_000 };
  const agents = { 'http:': new http.Agent(options), 'https:': new https.Agent(options) };
  return function subgraphFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    if (typeof input !== 'string' || init?.method !== 'POST' || typeof init.body !== 'string' || !isPlainHeaders(init.headers)) {
      return fallback(input, init);
    }
    const url = new URL(input);
    const agent = url.protocol === 'https:' ? agents['https:'] : url.protocol === 'http:' ? agents['http:'] : undefined;
    if (!agent) return fallback(input, init);
    const body = init.body;
    const signal = init.signal ?? undefined;
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>), 'content-length': String(Buffer.byteLength(body)) };
    return send(url, headers, body, agent, signal).catch((error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
      // A kept-alive connection the subgraph closed just as the call went out: the subgraph never
      // read the call, so it is sent once more on a fresh connection (what Node's docs advise).
      if (error.reusedSocket && error.code === 'ECONNRESET' && !signal?.aborted) return send(url, headers, body, agent, signal);
      throw error;
    });
  } as typeof fetch;
}

function send(url: URL, headers: Record<string, string>, body: string, agent: http.Agent, signal: AbortSignal | undefined): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent });
    const onAbort = () => request.destroy(abortError(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    request.on('error', (error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
      done();
      error.reusedSocket = request.reusedSocket;
      reject(error);
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => {
        done();
        reject(error);
      });
      response.on('close', () => {
        if (response.complete) return;
        done();
        reject(new Error('The subgraph closed the connection before its answer was complete'));
      });
      response.on('end', () => {
        done();
        resolve(new SubgraphResponse(response.statusCode ?? 0, response.statusMessage ?? '', response.headers, Buffer.concat(chunks).toString('utf8')) as unknown as Response);
      });
    });
    request.end(body);
  });
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
