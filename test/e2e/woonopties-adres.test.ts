import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');
const regio = 'noord-en-midden-limburg';
const punt = 'transferpunt-noord-limburg';

let staff: Record<string, string>;
let otherRegionStaff: Record<string, string>;
let provider: Record<string, string>;
let otherCorporation: Record<string, string>;
let careProvider: Record<string, string>;

beforeAll(async () => {
  staff = bearer(await tokenVoor({ id: 'adres-medewerker', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' }));
  otherRegionStaff = bearer(await tokenVoor({ id: 'adres-medewerker-ov', rollen: ['TRANSFERPUNT'], regio: 'oost-veluwe', organisatie: 'gemeente-apeldoorn' }));
  provider = bearer(await tokenVoor({ id: 'adres-verhuurder', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' }));
  otherCorporation = bearer(await tokenVoor({ id: 'adres-verhuurder-2', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'woonwenz' }));
  careProvider = bearer(await tokenVoor({ id: 'adres-begeleider', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' }));
});

const registreer = 'mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id adres { straat huisnummer postcode plaats } } }';

function invoer(overrides: Record<string, unknown> = {}) {
  return {
    matchingspunt: punt, gemeente: 'GM0983', wijk: `Adreswijk-${Date.now()}`, soort: 'ZELFSTANDIGE_WONING', kamers: 2, maxBewoners: 2,
    huurInCenten: 60_000, beschikbaarVanaf: '2026-01-01', toegankelijk: false, prikkelarm: false, ondersteuning: 'LICHT', ...overrides,
  };
}

async function registreerWoning(overrides: Record<string, unknown> = {}): Promise<{ id: string; adres: unknown }> {
  const response = await graphql(gatewayUrl, registreer, { invoer: invoer(overrides) }, provider);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.registreerWoning;
}

async function adresVoor(id: string, headers: Record<string, string>): Promise<unknown> {
  const response = await graphql(gatewayUrl, 'query ($id: ID!) { woning(id: $id) { id wijk adres { straat huisnummer postcode plaats } } }', { id }, headers);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data.woning, 'the published home itself is visible').not.toBeNull();
  return response.data.woning.adres;
}

// Beesel: no other test registers homes there, so the count moves only by this file's refusals.
async function woningenInBeesel(): Promise<number> {
  const response = await graphql(gatewayUrl, '{ woningen(gemeente: "GM0889", first: 1) { totalCount } }', undefined, provider);
  return response.data.woningen.totalCount;
}

describe('woonopties: a home\'s address', () => {
  it('stores the address normalised and shows it to the home\'s own provider and the region\'s Transferpunt', async () => {
    const woning = await registreerWoning({ adres: { straat: ' Parade ', huisnummer: '12a', postcode: '5911ab', plaats: 'Venlo' } });
    const adres = { straat: 'Parade', huisnummer: '12a', postcode: '5911 AB', plaats: 'Venlo' };
    expect(woning.adres).toEqual(adres);
    expect(await adresVoor(woning.id, provider)).toEqual(adres);
    expect(await adresVoor(woning.id, staff)).toEqual(adres);
  });

  it('shows the published home without its address to anyone else: anonymous, another corporation, a care provider, another region\'s Transferpunt', async () => {
    const woning = await registreerWoning({ adres: { straat: 'Parade', huisnummer: '12-3', postcode: '5911 AB' } });
    for (const headers of [{}, otherCorporation, careProvider, otherRegionStaff]) expect(await adresVoor(woning.id, headers)).toBeNull();
    const list = await graphql(gatewayUrl, '{ woningen(first: 100) { nodes { id wijk adres { straat } } } }');
    expect(list.data.woningen.nodes.length).toBeGreaterThan(0);
    expect(list.data.woningen.nodes.every((node: any) => node.adres === null)).toBe(true);
    const ownList = await graphql(gatewayUrl, `{ woningen(matchingspunt: "${punt}", first: 100) { nodes { id adres { huisnummer plaats } } } }`, undefined, staff);
    expect(ownList.data.woningen.nodes.find((node: any) => node.id === woning.id)?.adres).toEqual({ huisnummer: '12-3', plaats: null });
  });

  it('lists one provider\'s own homes with `aanbieder`, published or not, and another\'s only where published', async () => {
    const eigen = await registreerWoning({ gepubliceerd: false, adres: { straat: 'Parade', huisnummer: '40', postcode: '5911 AB' } });
    const query = '{ woningen(aanbieder: "omnia-wonen", first: 100) { nodes { id aanbieder { id } adres { huisnummer } } } }';
    const own = await graphql(gatewayUrl, query, undefined, provider);
    expect(own.errors).toBeUndefined();
    expect(own.data.woningen.nodes.every((node: { aanbieder: { id: string } }) => node.aanbieder.id === 'omnia-wonen')).toBe(true);
    expect(own.data.woningen.nodes.map((node: { id: string }) => node.id)).toContain(eigen.id);
    const other = await graphql(gatewayUrl, query, undefined, otherCorporation);
    expect(other.data.woningen.nodes.map((node: { id: string }) => node.id)).not.toContain(eigen.id);
  });

  it('leaves the address empty for a home registered without one, also for those who may see it', async () => {
    const woning = await registreerWoning();
    expect(woning.adres).toBeNull();
    expect(await adresVoor(woning.id, staff)).toBeNull();
  });

  it('refuses a bad postcode, house number or street with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await woningenInBeesel();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ straat: 'Parade', huisnummer: '12', postcode: '12345' }, 'adres.postcode'],
      [{ straat: 'Parade', huisnummer: '12', postcode: '0123 AB' }, 'adres.postcode'],
      [{ straat: 'Parade', huisnummer: '12', postcode: '5911 A' }, 'adres.postcode'],
      [{ straat: 'Parade', huisnummer: 'twaalf', postcode: '5911 AB' }, 'adres.huisnummer'],
      [{ straat: 'Parade', huisnummer: '12-345678901', postcode: '5911 AB' }, 'adres.huisnummer'],
      [{ straat: '  ', huisnummer: '12', postcode: '5911 AB' }, 'adres.straat'],
      [{ straat: 'x'.repeat(101), huisnummer: '12', postcode: '5911 AB' }, 'adres.straat'],
    ];
    for (const [adres, field] of cases) {
      const response = await graphql(gatewayUrl, registreer, { invoer: invoer({ gemeente: 'GM0889', adres }) }, provider);
      expect(errorCodes(response), JSON.stringify(adres)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.argumentName).toBe(field);
      expect(response.errors?.[0]?.message).toContain(field);
    }
    expect(await woningenInBeesel()).toBe(before);
  });
});
