import { describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';

const { gatewayUrl } = inject('hub');

const searchQuery = `query ($zoek: String, $regio: ID, $rol: PartnerRol, $soort: PartnerSoort, $first: Int, $after: String) {
  partners(zoek: $zoek, regio: $regio, rol: $rol, soort: $soort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id naam naamInBron soort rollen { rol regio { code naam } } } }
  }
}`;

async function search(variables: Record<string, unknown>) {
  const response = await graphql(gatewayUrl, searchQuery, variables);
  expect(response.errors).toBeUndefined();
  return response.data.partners as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; naam: string; naamInBron: string | null; soort: string; rollen: Array<{ rol: string; regio: { code: string; naam: string } }> } }>;
  };
}

describe('partners through the gateway', () => {
  it('finds "IrisZorg" from "iriszorg", keeping the scanned spelling of the source', async () => {
    const result = await search({ zoek: 'iriszorg' });
    const iriszorg = result.edges.map((edge) => edge.node).find((node) => node.id === 'iriszorg');
    expect(iriszorg?.naam).toBe('IrisZorg');
    expect(iriszorg?.naamInBron).toBe('lrisZorg');
  });

  it('finds "\'s Heerenloo" from "heerenloo"', async () => {
    const result = await search({ zoek: 'heerenloo' });
    expect(result.edges.map((edge) => edge.node.naam)).toContain("'s Heerenloo");
  });

  it('ignores accents and case: "CLIENTONDERSTEUNING" finds "MEE cliëntondersteuning"', async () => {
    const result = await search({ zoek: 'CLIENTONDERSTEUNING' });
    expect(result.edges.map((edge) => edge.node.naam)).toContain('MEE cliëntondersteuning');
  });

  it('filters by region and role together, resolving region names from the regions subgraph', async () => {
    const result = await search({ regio: 'noord-veluwe', rol: 'INTENTIEPARTNER', first: 100 });
    expect(result.totalCount).toBe(result.edges.length);
    expect(result.edges.map((edge) => edge.node.naam)).toContain('Zilveren Kruis');
    for (const { node } of result.edges) {
      expect(node.rollen.some((rol) => rol.rol === 'INTENTIEPARTNER' && rol.regio.code === 'noord-veluwe' && rol.regio.naam === 'Noord-Veluwe')).toBe(true);
    }
  });

  it('filters by kind', async () => {
    const result = await search({ soort: 'WONINGCORPORATIE', first: 100 });
    expect(result.edges.length).toBeGreaterThan(2);
    for (const { node } of result.edges) expect(node.soort).toBe('WONINGCORPORATIE');
  });

  it('pages through every partner with cursors, each exactly once, in name order', async () => {
    const all = await search({ first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result = await search({ first: 7, after });
      seen.push(...result.edges.map((edge) => edge.node.id));
      expect(result.totalCount).toBe(all.totalCount);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    // `all` holds the first 100; other tests' imports can take the directory past that.
    expect(seen.slice(0, all.edges.length)).toEqual(all.edges.map((edge) => edge.node.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(Math.min(all.totalCount, 100 * 7));
  });

  it('refuses a cursor it did not issue and a page size over 100 with BAD_USER_INPUT', async () => {
    expect(errorCodes(await graphql(gatewayUrl, searchQuery, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(gatewayUrl, searchQuery, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(gatewayUrl, searchQuery, { regio: 'NOORD VELUWE' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a wrongly typed variable with a validation error, not a crash', async () => {
    const response = await graphql(gatewayUrl, searchQuery, { first: 'twenty' });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.[0]?.message).toMatch(/first|Int/);
  });

  it('resolves Partner.regios and Partner.gemeente across subgraphs', async () => {
    const response = await graphql(
      gatewayUrl,
      '{ partner(id: "gemeente-harderwijk") { naam soort gemeente { cbsCode naam provincie } regios { code naam centrumgemeente { naam } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.partner.gemeente).toEqual({ cbsCode: 'GM0243', naam: 'Harderwijk', provincie: 'Gelderland' });
    expect(response.data.partner.regios).toContainEqual({ code: 'noord-veluwe', naam: 'Noord-Veluwe', centrumgemeente: { naam: 'Harderwijk' } });
  });

  it('lists a region\'s partners by role', async () => {
    const response = await graphql(gatewayUrl, '{ regio(code: "asten") { sleutelpartners: partners(rol: SLEUTELPARTNER) { naam } alle: partners { id } } }');
    expect(response.errors).toBeUndefined();
    const { sleutelpartners, alle } = response.data.regio;
    expect(sleutelpartners.length).toBeGreaterThanOrEqual(20);
    expect(alle.length).toBeGreaterThanOrEqual(sleutelpartners.length);
    expect(new Set(alle.map((partner: { id: string }) => partner.id)).size).toBe(alle.length);
  });

  it('serves an organisation named in several regions once, with the quote that proves its kind, and says where a kind or a role is derived', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ partner(id: "tactus") { naam naamInBron soort bron { document citaat } twijfels { veld } regios { code }
           rollen(regio: "noord-en-oost-gelderland") { rol twijfels { veld soort afleiding bron { citaat } } } }
         politie: partner(id: "politie-regio-noord-en-oost-gelderland") { naamInBron rollen(regio: "noord-en-oost-gelderland") { rol twijfels { veld soort bron { citaat } } } }
         ggnet: partner(id: "ggnet") { soort twijfels { veld soort waarschijnlijk afleiding bron { citaat } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { partner: tactus, politie, ggnet } = response.data;
    expect(tactus).toMatchObject({ naam: 'Tactus', naamInBron: 'Tactus verslavingszorg', soort: 'VERSLAVINGSZORG', bron: { document: '000_6263d190e772324a', citaat: 'Tactus verslavingszorg' }, twijfels: [] });
    expect(tactus.regios.map((regio: { code: string }) => regio.code).sort()).toEqual(['noord-en-oost-gelderland', 'noord-veluwe', 'oost-veluwe']);
    expect(tactus.rollen).toEqual([{ rol: 'NETWERKPARTNER', twijfels: [{ veld: 'rol', soort: 'AFGELEID', afleiding: expect.stringContaining('bv Tactus'), bron: null }] }]);
    expect(politie.naamInBron).toBe('Politie regio Noord en Oost Gelderland, district Noordwest Veluwe');
    expect(politie.rollen).toEqual([{ rol: 'NETWERKPARTNER', twijfels: [{ veld: 'partner', soort: 'AFGELEID', bron: { citaat: expect.stringContaining('niet allemaal direct aan tafel') } }] }]);
    expect(ggnet).toEqual({ soort: 'GGZ', twijfels: [{ veld: 'soort', soort: 'AFGELEID', waarschijnlijk: null, afleiding: expect.stringMatching(/^Soort uit algemene kennis/), bron: null }] });
  });

  it('answers null for an unknown partner', async () => {
    const response = await graphql(gatewayUrl, '{ partner(id: "bestaat-niet") { naam } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.partner).toBeNull();
  });
});
