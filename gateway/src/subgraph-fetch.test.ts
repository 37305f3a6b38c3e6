import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSubgraphFetch } from './subgraph-fetch.js';

// Against a real node:http server on a loopback port: the point is what happens on the wire.
let server: http.Server | undefined;

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

const unused = (() => {
  throw new Error('the fallback fetch was not meant to be used');
}) as unknown as typeof fetch;

const post = (body: string, extra: RequestInit = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body, ...extra });

describe('the subgraph fetch', () => {
  it('sends the POST with its headers and body, and gives back status, headers and text', async () => {
    const seen: { method?: string; header?: string; body: string }[] = [];
    const url = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, header: request.headers['x-request-id'] as string, body });
        response.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'x-subgraph': 'regions' });
        response.end(JSON.stringify({ data: { naam: 'Noord-Veluwe — één' } }));
      });
    });
    const subgraphFetch = createSubgraphFetch(unused);
    const response = await subgraphFetch(url, post('{"query":"{ naam }"}', { headers: { 'content-type': 'application/json', 'x-request-id': 'abc' } }));
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(Object.fromEntries(response.headers.entries())['x-subgraph']).toBe('regions');
    expect(JSON.parse(await response.text())).toEqual({ data: { naam: 'Noord-Veluwe — één' } });
    expect(seen).toEqual([{ method: 'POST', header: 'abc', body: '{"query":"{ naam }"}' }]);
  });

  it('sends a call once more when the kept-alive connection it went out on is closed under it', async () => {
    const connections = new Set<unknown>();
    let calls = 0;
    const url = await serve((request, response) => {
      calls += 1;
      connections.add(request.socket);
      // The second call arrives on the first call's connection: the server drops it unanswered,
      // as a server does that closes an idle connection at that very moment.
      if (calls === 2) {
        request.socket.destroy();
        return;
      }
      request.resume();
      request.on('end', () => response.end(JSON.stringify({ data: { call: calls } })));
    });
    const subgraphFetch = createSubgraphFetch(unused);
    expect(JSON.parse(await (await subgraphFetch(url, post('{}'))).text())).toEqual({ data: { call: 1 } });
    expect(JSON.parse(await (await subgraphFetch(url, post('{}'))).text())).toEqual({ data: { call: 3 } });
    expect(calls).toBe(3);
    expect(connections.size).toBe(2);
  });

  it('does not send a call again when a fresh connection fails, and says why', async () => {
    let calls = 0;
    const url = await serve((request) => {
      calls += 1;
      request.socket.destroy();
    });
    const subgraphFetch = createSubgraphFetch(unused);
    await expect(subgraphFetch(url, post('{}'))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(calls).toBe(1);
  });

  it('stops a call when its signal aborts, with the signal\'s reason', async () => {
    const url = await serve(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const reason = new Error('the regions subgraph did not answer in time');
    const subgraphFetch = createSubgraphFetch(unused);
    const pending = subgraphFetch(url, post('{}', { signal: controller.signal }));
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
  });

  it('leaves anything but a JSON POST with plain headers to the ordinary fetch', async () => {
    const asked: string[] = [];
    const fallback = (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response('ok');
    }) as typeof fetch;
    const subgraphFetch = createSubgraphFetch(fallback);
    await subgraphFetch('http://127.0.0.1:1/readiness', { method: 'GET' });
    await subgraphFetch('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}', headers: new Headers({ a: 'b' }) });
    // A Headers-like object of another implementation, whose entries a copy would lose.
    class OtherHeaders {
      get() {
        return 'b';
      }
    }
    await subgraphFetch('http://127.0.0.1:1/other', { method: 'POST', body: '{}', headers: new OtherHeaders() as unknown as HeadersInit });
    expect(asked).toEqual(['http://127.0.0.1:1/readiness', 'http://127.0.0.1:1/graphql', 'http://127.0.0.1:1/other']);
  });
});
