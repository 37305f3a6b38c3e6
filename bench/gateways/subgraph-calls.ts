/**
 * The floor's raw material: what the gateway sends each subgraph for one request, recorded through
 * a proxy, and replayed straight to the subgraphs.
 */
import { createServer, type Agent, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { post } from './http.js';

export interface RecordedCall {
  subgraph: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  startedAt: number;
  endedAt: number;
  /** Calls that had answered before this one was sent: the gateway needed their data for it. */
  after: number[];
}

export interface RecordingProxy {
  subgraph: string;
  url: string;
  calls: RecordedCall[];
  server: Server;
}

export async function startRecordingProxy(subgraph: string, target: string): Promise<RecordingProxy> {
  const calls: RecordedCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const startedAt = performance.now();
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = pickHeaders(req.headers, ['authorization']);
      const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const text = await response.text();
      calls.push({ subgraph, url: target, body, headers, startedAt, endedAt: performance.now(), after: [] });
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { subgraph, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, calls, server };
}

function pickHeaders(headers: IncomingHttpHeaders, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) if (typeof headers[name] === 'string') picked[name] = headers[name];
  return picked;
}

/** Replays one request's subgraph calls: each starts as soon as the calls it came after have answered. */
export async function replay(calls: RecordedCall[], agent: Agent): Promise<string | null> {
  const done = new Array<Promise<string | null>>(calls.length);
  const run = async (index: number): Promise<string | null> => {
    const call = calls[index]!;
    const before = await Promise.all(call.after.map((dependency) => done[dependency]!));
    const failed = before.find((failure) => failure !== null);
    if (failed) return failed;
    const answer = await post(agent, new URL(call.url), call.body, call.headers);
    return answer.status === 200 ? null : `${call.subgraph}: HTTP ${answer.status}`;
  };
  for (let index = 0; index < calls.length; index++) done[index] = run(index);
  const failures = (await Promise.all(done)).filter((failure) => failure !== null);
  return failures[0] ?? null;
}
