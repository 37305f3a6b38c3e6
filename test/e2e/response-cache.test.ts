import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway } from '../harness/hub.js';
import { directoryActors } from '../harness/tokens.js';
import { waitFor } from '../harness/wait.js';

// Two gateways of their own on the test run's subgraphs, as two gateways behind a load balancer:
// an edit through one is a change the other does not see, and learns from the change feeds.
const hub = inject('hub');
const maxStaleMs = 3_000;
const folder = mkdtempSync(join(tmpdir(), 'vangnet-response-cache-'));
const supergraphFile = join(folder, 'supergraph.graphql');
const trustedDocumentsFile = join(folder, 'trusted-documents.json');

const partnerPagina = 'query PartnerPagina($id: ID!) { partner(id: $id) { id naam website } }';
const partnerPaginaId = createHash('sha256').update(partnerPagina).digest('hex');

let gatewayA: Awaited<ReturnType<typeof startGateway>>;
let gatewayB: Awaited<ReturnType<typeof startGateway>>;
let stewardNv: Record<string, string>;
let transferpunt: Record<string, string>;

interface Answer {
  status: number;
  cache: string | null;
  headers: Headers;
  body: { data?: any; errors?: unknown[] };
}

async function ask(gatewayUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, cache: response.headers.get('x-vangnet-cache'), headers: response.headers, body: (await response.json()) as Answer['body'] };
}

/**
 * Asks until the answer comes from the cache, then once more. A fresh gateway stores nothing until it
 * has read the change feeds of the subgraphs an answer holds, and nothing computed while one of its
 * first reads moved the cache's epoch.
 */
async function cached(gatewayUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  await waitFor(async () => (await ask(gatewayUrl, query, variables)).cache === 'hit', 20_000, 100);
  const answer = await ask(gatewayUrl, query, variables);
  expect(answer.cache).toBe('hit');
  return answer;
}

/**
 * Cached, and still cached a feed read later. A gateway also reads the feed lines of its own edits
 * (every 500 ms here) and drops what they name once more; an answer cached before that read is
 * dropped by it, so a test of what an edit keeps starts once those lines are behind.
 */
async function settled(gatewayUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<void> {
  await waitFor(
    async () => {
      await cached(gatewayUrl, query, variables);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      return (await ask(gatewayUrl, query, variables)).cache === 'hit';
    },
    30_000,
    0,
  );
}

async function metric(baseUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

const verantwoording = { reden: 'Test van de responscache', bron: { opgaveVan: 'Gemeente Harderwijk', opgaveOp: '2026-11-20' } };

async function maakOrganisatie(gatewayUrl: string, naam: string): Promise<{ id: string; versie: number }> {
  const answer = await ask(
    gatewayUrl,
    `mutation ($organisatie: OrganisatieInvoer!, $rollen: [RolInvoer!]!, $verantwoording: VerantwoordingInvoer!) {
      maakOrganisatie(organisatie: $organisatie, rollen: $rollen, verantwoording: $verantwoording, bevestigNieuw: true) { ok weigering { code } partner { id versie } } }`,
    { organisatie: { naam, soort: 'WELZIJN' }, rollen: [{ regio: 'noord-veluwe', rol: 'KETENPARTNER', vanaf: '2026-01-01' }], verantwoording },
    stewardNv,
  );
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data.maakOrganisatie.ok).toBe(true);
  return answer.body.data.maakOrganisatie.partner;
}

async function hernoem(gatewayUrl: string, partner: { id: string; versie: number }, naam: string): Promise<{ id: string; versie: number }> {
  const answer = await ask(
    gatewayUrl,
    `mutation ($id: ID!, $versie: Int!, $organisatie: OrganisatieInvoer!, $verantwoording: VerantwoordingInvoer!) {
      wijzigOrganisatie(id: $id, versie: $versie, organisatie: $organisatie, verantwoording: $verantwoording) { ok weigering { code } partner { id versie naam } } }`,
    { id: partner.id, versie: partner.versie, organisatie: { naam, soort: 'WELZIJN' }, verantwoording },
    stewardNv,
  );
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data.wijzigOrganisatie.ok).toBe(true);
  return answer.body.data.wijzigOrganisatie.partner;
}

const partnerQuery = 'query ($id: ID!) { partner(id: $id) { id naam } }';
const partnerList = 'query ($zoek: String) { partners(zoek: $zoek, first: 10) { nodes { id naam } } }';
const regionsOnly = '{ regios { code naam gemeenten { cbsCode naam } } }';

beforeAll(async () => {
  ({ stewardNv, transferpunt } = await directoryActors());
  writeFileSync(supergraphFile, readFileSync(hub.supergraphFile, 'utf8'));
  writeFileSync(trustedDocumentsFile, JSON.stringify({ [partnerPaginaId]: partnerPagina }));
  const env = { RESPONSE_CACHE: 'true', RESPONSE_CACHE_FEED_POLL_MS: '500', RESPONSE_CACHE_MAX_STALE_MS: String(maxStaleMs), TRUSTED_DOCUMENTS_FILE: trustedDocumentsFile };
  [gatewayA, gatewayB] = await Promise.all([startGateway(supergraphFile, env), startGateway(hub.supergraphFile, env)]);
});

afterAll(async () => {
  await Promise.all([gatewayA?.gatewayProcess.stop(), gatewayB?.gatewayProcess.stop()]);
  rmSync(folder, { recursive: true, force: true });
});

describe('the response cache for public data', () => {
  it('answers a second identical anonymous read from the cache, with the same answer', async () => {
    const first = await ask(gatewayA.gatewayUrl, regionsOnly);
    const hit = await cached(gatewayA.gatewayUrl, regionsOnly);
    expect(hit.body).toEqual(first.body);
    expect(hit.body.data.regios).toHaveLength(5);
    // That hit came by the lane before the GraphQL server (hit-lane.ts); an Accept the lane leaves to
    // the server gets the same hit from the server, with the same bytes and request id handling.
    const viaServer = await ask(gatewayA.gatewayUrl, regionsOnly, {}, { accept: 'text/plain, application/json', 'x-request-id': 'via-server-1' });
    expect(viaServer.cache).toBe('hit');
    expect(viaServer.body).toEqual(hit.body);
    expect(viaServer.headers.get('x-request-id')).toBe('via-server-1');
    const viaLane = await ask(gatewayA.gatewayUrl, regionsOnly, {}, { 'x-request-id': 'via-lane-1' });
    expect(viaLane.headers.get('x-request-id')).toBe('via-lane-1');
    expect(viaLane.headers.get('content-type')).toBe(viaServer.headers.get('content-type'));
    expect(await metric(gatewayA.gatewayBaseUrl, 'vangnet_gateway_response_cache_entries')).toBeGreaterThan(0);
  });

  it('never caches a read with a token, a read of woonopties, or a mutation', async () => {
    await cached(gatewayA.gatewayUrl, regionsOnly);
    for (let i = 0; i < 2; i += 1) {
      expect((await ask(gatewayA.gatewayUrl, regionsOnly, {}, transferpunt)).cache).toBe('bypass');
      expect((await ask(gatewayA.gatewayUrl, regionsOnly, {}, { cookie: 'sessie=1' })).cache).toBe('bypass');
      expect((await ask(gatewayA.gatewayUrl, '{ matchingspunten { id naam } }')).cache).toBe('bypass');
    }
    const partner = await maakOrganisatie(gatewayA.gatewayUrl, 'Cachetest Mutatie');
    expect(partner.versie).toBe(1);
  });

  it('shows an edit through the gateway in the very next read, and keeps answers the edit cannot touch', async () => {
    const partner = await maakOrganisatie(gatewayA.gatewayUrl, 'Cachetest Een');
    // Settled: the feed line of the creation must not be what drops the answer below.
    await settled(gatewayA.gatewayUrl, partnerQuery, { id: partner.id });
    const before = await ask(gatewayA.gatewayUrl, partnerQuery, { id: partner.id });
    expect(before.body.data.partner.naam).toBe('Cachetest Een');
    await cached(gatewayA.gatewayUrl, regionsOnly);

    const droppedByMutations = await metric(gatewayA.gatewayBaseUrl, 'vangnet_gateway_response_cache_invalidated_total{cause="mutation"}');
    await hernoem(gatewayA.gatewayUrl, partner, 'Cachetest Een (nieuw)');
    // Dropped by the mutation itself, before its answer came back, not by a later read of the feed.
    expect(await metric(gatewayA.gatewayBaseUrl, 'vangnet_gateway_response_cache_invalidated_total{cause="mutation"}')).toBeGreaterThan(droppedByMutations);
    const after = await ask(gatewayA.gatewayUrl, partnerQuery, { id: partner.id });
    expect(after.cache).toBe('miss');
    expect(after.body.data.partner.naam).toBe('Cachetest Een (nieuw)');
    // The regions subgraph was not changed, so its answers stay.
    expect((await ask(gatewayA.gatewayUrl, regionsOnly)).cache).toBe('hit');
  });

  it('drops only the answers that read the edited record, whether the edit came through this gateway or another', async () => {
    const vier = await maakOrganisatie(gatewayA.gatewayUrl, 'Cachetest Vier');
    const vijf = await maakOrganisatie(gatewayA.gatewayUrl, 'Cachetest Vijf');
    const zoek = { zoek: 'Cachetest V' };
    await settled(gatewayA.gatewayUrl, partnerQuery, { id: vier.id });
    await settled(gatewayA.gatewayUrl, partnerQuery, { id: vijf.id });
    await settled(gatewayA.gatewayUrl, partnerList, zoek);

    await hernoem(gatewayA.gatewayUrl, vier, 'Cachetest Vier (nieuw)');
    // The other partner's page read nothing the edit wrote.
    expect((await ask(gatewayA.gatewayUrl, partnerQuery, { id: vijf.id })).cache).toBe('hit');
    const vierNu = await ask(gatewayA.gatewayUrl, partnerQuery, { id: vier.id });
    expect(vierNu.cache).toBe('miss');
    expect(vierNu.body.data.partner.naam).toBe('Cachetest Vier (nieuw)');
    // A search read the whole directory of partners: any edit may change it.
    const lijstNu = await ask(gatewayA.gatewayUrl, partnerList, zoek);
    expect(lijstNu.cache).toBe('miss');
    expect(lijstNu.body.data.partners.nodes.map((node: { naam: string }) => node.naam)).toContain('Cachetest Vier (nieuw)');

    // Through the other gateway: gateway A learns of it from the feed line, which names the record.
    await settled(gatewayA.gatewayUrl, partnerQuery, { id: vier.id });
    const vijfNu = await hernoem(gatewayB.gatewayUrl, vijf, 'Cachetest Vijf (nieuw)');
    await waitFor(async () => (await ask(gatewayA.gatewayUrl, partnerQuery, { id: vijfNu.id })).body.data.partner.naam === 'Cachetest Vijf (nieuw)', 30_000, 50);
    expect((await ask(gatewayA.gatewayUrl, partnerQuery, { id: vier.id })).cache).toBe('hit');
  });

  it('sees an edit through a second gateway on the same subgraphs within the stated bound', async () => {
    const partner = await maakOrganisatie(gatewayB.gatewayUrl, 'Cachetest Twee');
    await cached(gatewayA.gatewayUrl, partnerQuery, { id: partner.id });
    await hernoem(gatewayB.gatewayUrl, partner, 'Cachetest Twee (nieuw)');
    const tookMs = await waitFor(async () => (await ask(gatewayA.gatewayUrl, partnerQuery, { id: partner.id })).body.data.partner.naam === 'Cachetest Twee (nieuw)', 30_000, 50);
    // RESPONSE_CACHE_MAX_STALE_MS is the bound; the margin is for a loaded test machine.
    expect(tookMs).toBeLessThan(maxStaleMs * 3);
  });

  it('empties the cache when the supergraph is reloaded', async () => {
    await cached(gatewayA.gatewayUrl, regionsOnly);
    writeFileSync(supergraphFile, `${readFileSync(hub.supergraphFile, 'utf8')}\n# reloaded\n`);
    // The first request on the new supergraph finds nothing of the old one.
    await waitFor(async () => (await ask(gatewayA.gatewayUrl, regionsOnly)).cache !== 'hit', 20_000, 100);
    expect(await metric(gatewayA.gatewayBaseUrl, 'vangnet_gateway_response_cache_entries')).toBeLessThanOrEqual(1);
    await cached(gatewayA.gatewayUrl, regionsOnly);
  });

  it('stays within RESPONSE_CACHE_MAX_BYTES, dropping the least recently used answers', async () => {
    const maxBytes = 20_000;
    const small = await startGateway(hub.supergraphFile, { RESPONSE_CACHE: 'true', RESPONSE_CACHE_MAX_BYTES: String(maxBytes) });
    try {
      await cached(small.gatewayUrl, partnerQuery, { id: 'iriszorg' });
      for (let i = 0; i < 60; i += 1) {
        expect((await ask(small.gatewayUrl, regionsOnly.replace('naam }', `naam } n${i}: __typename`))).cache).toBe('miss');
        expect(await metric(small.gatewayBaseUrl, 'vangnet_gateway_response_cache_bytes')).toBeLessThanOrEqual(maxBytes);
      }
      expect(await metric(small.gatewayBaseUrl, 'vangnet_gateway_response_cache_evictions_total')).toBeGreaterThan(0);
      // The oldest answer went first.
      expect((await ask(small.gatewayUrl, partnerQuery, { id: 'iriszorg' })).cache).toBe('miss');
    } finally {
      await small.gatewayProcess.stop();
    }
  });
});

describe('HTTP caching of GET requests with persisted documents', () => {
  const get = (id: string, headers: Record<string, string> = {}) =>
    fetch(`${gatewayA.gatewayUrl}?documentId=${partnerPaginaId}&variables=${encodeURIComponent(JSON.stringify({ id }))}`, { headers: { accept: 'application/json', ...headers } });

  it('answers with an ETag, 304 to a matching If-None-Match, and a new ETag after an edit', async () => {
    const partner = await maakOrganisatie(gatewayA.gatewayUrl, 'Cachetest Drie');
    await waitFor(async () => (await get(partner.id)).headers.get('etag') !== null, 20_000, 100);
    const first = await get(partner.id);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag')!;
    expect(((await first.json()) as any).data.partner.naam).toBe('Cachetest Drie');

    const revalidated = await get(partner.id, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(await revalidated.text()).toBe('');

    await hernoem(gatewayA.gatewayUrl, partner, 'Cachetest Drie (nieuw)');
    const changed = await get(partner.id, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as any).data.partner.naam).toBe('Cachetest Drie (nieuw)');
  });

  it('marks an answer to a token private and uncacheable', async () => {
    const response = await get('iriszorg', transferpunt);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});
