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

const sharing = { shareIdenticalCalls: true, headersOutsideIdentity: ['x-request-id'] };

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
    const subgraphFetch = createSubgraphFetch(unused, sharing);
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
    const subgraphFetch = createSubgraphFetch(unused, sharing);
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
    const subgraphFetch = createSubgraphFetch(unused, sharing);
    await expect(subgraphFetch(url, post('{}'))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(calls).toBe(1);
  });

  it('stops a call when its signal aborts, with the signal\'s reason', async () => {
    const url = await serve(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const reason = new Error('the regions subgraph did not answer in time');
    const subgraphFetch = createSubgraphFetch(unused, sharing);
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
    const subgraphFetch = createSubgraphFetch(fallback, sharing);
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
  describe('identical calls in flight', () => {
    /** A server that holds every call until `release` is called, and counts what it got. */
    async function holdingServer() {
      const held: { body: string; authorization?: string; answered: boolean; answer: () => void }[] = [];
      let closed = 0;
      const url = await serve((request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          const call = { body, authorization: request.headers.authorization, answered: false, answer: () => {} };
          const number = held.push(call);
          call.answer = () => {
            call.answered = true;
            response.end(JSON.stringify({ data: { call: number, authorization: request.headers.authorization ?? null } }));
          };
        });
        response.on('close', () => {
          if (!response.writableFinished) closed += 1;
        });
      });
      const release = () => held.filter((call) => !call.answered).forEach((call) => call.answer());
      return { url, held, release, closed: () => closed };
    }

    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(check()).toBe(true);
    };

    it('share one request when subgraph, body and headers are the same, the request id aside', async () => {
      const { url, held, release } = await holdingServer();
      const subgraphFetch = createSubgraphFetch(unused, sharing);
      const query = '{"query":"query($code: ID!) { regio(code: $code) { naam } }","variables":{"code":"asten"}}';
      const calls = [
        subgraphFetch(url, post(query, { headers: { 'content-type': 'application/json', 'x-request-id': 'a' } })),
        subgraphFetch(url, post(query, { headers: { 'content-type': 'application/json', 'x-request-id': 'b' } })),
        subgraphFetch(url, post(query, { headers: { 'content-type': 'application/json', 'x-request-id': 'c', authorization: 'Bearer anna' } })),
        subgraphFetch(url, post(query, { headers: { 'content-type': 'application/json', 'x-request-id': 'd', authorization: 'Bearer bram' } })),
        subgraphFetch(url, post(query.replace('asten', 'oost-veluwe'))),
      ];
      await until(() => held.length === 4);
      release();
      const answers = await Promise.all(calls.map(async (call) => JSON.parse(await (await call).text())));
      expect(held.map((call) => call.authorization ?? null).sort()).toEqual(['Bearer anna', 'Bearer bram', null, null]);
      // The first two shared a call; a token of its own makes a call of its own.
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).not.toBe(answers[1]);
      expect(answers[2].data.authorization).toBe('Bearer anna');
      expect(answers[3].data.authorization).toBe('Bearer bram');
      expect(new Set(answers.map((answer) => answer.data.call)).size).toBe(4);
      // Once answered, the same call goes out again.
      const again = subgraphFetch(url, post(query));
      await until(() => held.length === 5);
      release();
      expect(JSON.parse(await (await again).text()).data.call).toBe(5);
    });

    it('are each sent when they are mutations, or when sharing is off', async () => {
      const { url, held, release } = await holdingServer();
      const shared = createSubgraphFetch(unused, sharing);
      const mutation = '{"query":"mutation { verwijs(id: 1) { status } }"}';
      const mutations = [shared(url, post(mutation)), shared(url, post(mutation))];
      const notShared = createSubgraphFetch(unused, { ...sharing, shareIdenticalCalls: false });
      const query = '{"query":"{ regios { naam } }"}';
      const queries = [notShared(url, post(query)), notShared(url, post(query))];
      await until(() => held.length === 4);
      release();
      await Promise.all([...mutations, ...queries]);
      expect(held.map((call) => call.body).sort()).toEqual([mutation, mutation, query, query].sort());
    });

    it('keep going for the callers that wait when one caller gives up, and stop when none waits', async () => {
      const { url, held, release, closed } = await holdingServer();
      const subgraphFetch = createSubgraphFetch(unused, sharing);
      const query = '{"query":"{ regios { naam } }"}';
      const impatient = new AbortController();
      const first = subgraphFetch(url, post(query, { signal: impatient.signal }));
      const second = subgraphFetch(url, post(query));
      await until(() => held.length === 1);
      const reason = new Error('this caller ran out of time');
      impatient.abort(reason);
      await expect(first).rejects.toBe(reason);
      release();
      expect(JSON.parse(await (await second).text())).toEqual({ data: { call: 1, authorization: null } });

      const both = [new AbortController(), new AbortController()];
      const gone = both.map((controller) => subgraphFetch(url, post(query, { signal: controller.signal })));
      await until(() => held.length === 2);
      both.forEach((controller) => controller.abort(reason));
      await Promise.all(gone.map((call) => expect(call).rejects.toBe(reason)));
      await until(() => closed() === 1);
    });
  });
});
