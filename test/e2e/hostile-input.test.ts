import { request as httpRequest } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { graphql } from '../harness/graphql.js';

// The query, body and token limits are tested in memory (gateway/src/plugins/*.test.ts); here,
// what needs a real connection, and the real graph.
const { gatewayUrl } = inject('hub');

async function stillServes() {
  const response = await graphql(gatewayUrl, '{ regios { code } }');
  expect(response.errors).toBeUndefined();
  expect(response.data.regios).toHaveLength(5);
}

describe('hostile queries', () => {
  it('keeps a page of a few region queries well within the limits', async () => {
    const response = await graphql(gatewayUrl, '{ regios { code gemeenten { lidmaatschappen { regio { naam } } } partners { rollen { regio { naam } } } } }');
    expect(response.errors).toBeUndefined();
  });
});

describe('hostile bodies', () => {
  it('refuses a huge body with 413 REQUEST_TOO_LARGE', async () => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ regios { code } }', variables: { opvulling: 'x'.repeat(5_000_000) } }),
    });
    const answer = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect({ status: response.status, codes: (answer.errors ?? []).map((error) => error.extensions?.code) }).toMatchObject({ status: 413, codes: ['REQUEST_TOO_LARGE'] });
    await stillServes();
  });

  it('refuses a streamed body as soon as it passes the limit, without waiting for the rest', async () => {
    const url = new URL(gatewayUrl);
    // Chunked, with no declared length, and never finished: a gateway that buffered the whole body
    // before checking its size (1 MB by default) would never answer.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body });
        });
      });
      request.on('error', reject);
      request.write('{"query": "{ regios { code } }", "variables": {"opvulling": "');
      for (let i = 0; i < 1_020; i++) request.write('x'.repeat(1_000));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    await stillServes();
  });
});
