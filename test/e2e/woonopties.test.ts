import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SignJWT } from 'jose';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { developmentSecret } from '../../lib/auth.js';
import { startService } from '../../lib/services.js';
import { errorCodes, graphql } from '../harness/graphql.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');
const regio = 'noord-en-midden-limburg';
const punt = 'transferpunt-noord-limburg';

let staff: Record<string, string>;
let otherRegionStaff: Record<string, string>;
let careProvider: Record<string, string>;
let careProviderOtherRegion: Record<string, string>;
let otherCareProvider: Record<string, string>;
let corporation: Record<string, string>;

beforeAll(async () => {
  staff = bearer(await tokenVoor({ id: 'medewerker-1', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' }));
  otherRegionStaff = bearer(await tokenVoor({ id: 'medewerker-ov', rollen: ['TRANSFERPUNT'], regio: 'oost-veluwe', organisatie: 'gemeente-apeldoorn' }));
  careProvider = bearer(await tokenVoor({ id: 'begeleider-1', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' }));
  careProviderOtherRegion = bearer(await tokenVoor({ id: 'begeleider-ov', rollen: ['ZORGAANBIEDER'], regio: 'oost-veluwe', organisatie: 'tactus' }));
  otherCareProvider = bearer(await tokenVoor({ id: 'begeleider-2', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'leger-des-heils' }));
  corporation = bearer(await tokenVoor({ id: 'verhuurder-1', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' }));
});

const registreerWoning = `mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id status huur { euro } aanbieder { id naam } gemeente { naam } } }`;
const registreerWoonvraag = `mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id referentie status aangemeldDoor { id } } }`;
const stap = `mutation ($id: ID!, $naar: VerwijzingStatus!, $reden: String) {
  zetVerwijzingStap(verwijzing: $id, naar: $naar, reden: $reden) { ok weigering { code bericht } verwijzing { id status } } }`;

let volgnummer = 0;
function woningInvoer(overrides: Record<string, unknown> = {}) {
  return {
    matchingspunt: punt, gemeente: 'GM0983', wijk: 'Centrum', contingent: null, soort: 'ZELFSTANDIGE_WONING', kamers: 2, maxBewoners: 2,
    huurInCenten: 60_000, beschikbaarVanaf: '2026-01-01', toegankelijk: true, prikkelarm: true, ondersteuning: 'MIDDEL', ...overrides,
  };
}
function woonvraagInvoer(overrides: Record<string, unknown> = {}) {
  volgnummer += 1;
  return {
    matchingspunt: punt, referentie: `DOS-TEST-${Date.now()}-${volgnummer}`, herkomst: 'BESCHERMD_WONEN', huishoudgrootte: 1, maxHuurInCenten: 70_000,
    gewensteGemeenten: ['GM0983'], uitgeslotenGemeenten: [], toegankelijkNodig: false, prikkelarmNodig: true, ondersteuningNodig: 'LICHT',
    urgentie: 3, aangemeldOp: '2026-03-01', ...overrides,
  };
}
async function nieuweWoning(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await graphql(gatewayUrl, registreerWoning, { invoer: woningInvoer(overrides) }, corporation);
  expect(response.errors).toBeUndefined();
  return response.data.registreerWoning.id;
}
async function nieuweWoonvraag(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await graphql(gatewayUrl, registreerWoonvraag, { invoer: woonvraagInvoer(overrides) }, careProvider);
  expect(response.errors).toBeUndefined();
  return response.data.registreerWoonvraag.id;
}
async function stelVoor(woonvraag: string, woning: string): Promise<string> {
  const response = await graphql(gatewayUrl, 'mutation ($v: ID!, $w: ID!) { stelVoor(woonvraag: $v, woning: $w) { ok weigering { code bericht } verwijzing { id status } } }', { v: woonvraag, w: woning }, staff);
  expect(response.errors).toBeUndefined();
  expect(response.data.stelVoor.weigering).toBeNull();
  return response.data.stelVoor.verwijzing.id;
}
async function woonvragenAantal(headers: Record<string, string>): Promise<number> {
  const response = await graphql(gatewayUrl, '{ woonvragen(first: 100) { totalCount } }', undefined, headers);
  return response.data.woonvragen.totalCount;
}

describe('woonopties: supply, demand and who sees what', () => {
  it('shows anyone the Matchingspunten, published supply and counts, but no demand without a token', async () => {
    await nieuweWoning();
    const response = await graphql(gatewayUrl, `{ matchingspunten(regio: "${regio}") { id naam startjaar regio { naam } statistiek { beschikbareWoningen wachtendeWoonvragen } }
      woningen { totalCount nodes { id huur { euro } aanbieder { naam } gemeente { naam } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.matchingspunten.map((p: any) => p.naam)).toEqual(['Matchingspunt Midden-Limburg', 'Transferpunt Noord-Limburg']);
    expect(response.data.matchingspunten[1]).toMatchObject({ startjaar: 2020, regio: { naam: 'Noord- en Midden-Limburg' } });
    expect(response.data.woningen.totalCount).toBeGreaterThan(0);
    expect(response.data.woningen.nodes[0].aanbieder.naam).toBe('Omnia Wonen');

    const anonymous = await graphql(gatewayUrl, '{ woonvragen { totalCount } }');
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a care provider register its own client\'s demand and see only its own', async () => {
    const id = await nieuweWoonvraag();
    const own = await graphql(gatewayUrl, `{ woonvraag(id: "${id}") { referentie status aangemeldDoor { id } } }`, undefined, careProvider);
    expect(own.data.woonvraag).toMatchObject({ status: 'WACHTEND', aangemeldDoor: { id: 'tactus' } });
    const other = await graphql(gatewayUrl, `{ woonvraag(id: "${id}") { referentie } }`, undefined, otherCareProvider);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const list = await graphql(gatewayUrl, '{ woonvragen(first: 100) { nodes { id } } }', undefined, otherCareProvider);
    expect(list.data.woonvragen.nodes.map((node: any) => node.id)).not.toContain(id);
  });

  it('lets Transferpunt staff see their region\'s demand, and staff of another region none of it', async () => {
    const id = await nieuweWoonvraag();
    const list = await graphql(gatewayUrl, '{ woonvragen(first: 100) { totalCount nodes { id } } }', undefined, staff);
    expect(list.data.woonvragen.nodes.map((node: any) => node.id)).toContain(id);
    expect(await woonvragenAantal(otherRegionStaff)).toBe(0);
    const direct = await graphql(gatewayUrl, `{ woonvraag(id: "${id}") { referentie } }`, undefined, otherRegionStaff);
    expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
    const log = await graphql(gatewayUrl, `{ toegangslog(woonvraag: "${id}") { gebeurtenis } }`, undefined, otherRegionStaff);
    expect(errorCodes(log)).toEqual(['FORBIDDEN']);
  });

  it('never hands one person\'s answer to another, also when the same query of several people is in flight at once', async () => {
    // The gateway shares identical requests (SHARE_IDENTICAL_REQUESTS) and subgraph calls
    // (DEDUPLICATE_SUBGRAPH_CALLS) in flight; the token is part of what makes either identical, so
    // people never share one.
    const query = '{ ik { id regio { code } } }';
    const people = [
      { headers: staff, id: 'medewerker-1', regio },
      { headers: otherRegionStaff, id: 'medewerker-ov', regio: 'oost-veluwe' },
      { headers: careProvider, id: 'begeleider-1', regio },
      { headers: {}, id: null, regio: null },
    ];
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => people[index % people.length]!).map(async (person) => ({ person, response: await graphql(gatewayUrl, query, undefined, person.headers) })));
    for (const { person, response } of answers) {
      expect(response.errors).toBeUndefined();
      if (person.id === null) expect(response.data.ik).toBeNull();
      else expect(response.data.ik).toEqual({ id: person.id, regio: { code: person.regio } });
    }
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const before = await woonvragenAantal(staff);
    const cases: Array<[Record<string, unknown>, Record<string, string>, string]> = [
      [{ maxHuurInCenten: -100 }, careProvider, 'BAD_USER_INPUT'],
      [{ uitgeslotenGemeenten: ['GM9999'] }, careProvider, 'BAD_USER_INPUT'],
      [{ referentie: '123456782' }, careProvider, 'BAD_USER_INPUT'],
      [{ referentie: 'jan@example.org' }, careProvider, 'BAD_USER_INPUT'],
      [{ urgentie: 7 }, careProvider, 'BAD_USER_INPUT'],
      [{}, careProviderOtherRegion, 'FORBIDDEN'],
      [{}, corporation, 'FORBIDDEN'],
    ];
    for (const [overrides, headers, code] of cases) {
      const response = await graphql(gatewayUrl, registreerWoonvraag, { invoer: woonvraagInvoer(overrides) }, headers);
      expect(errorCodes(response), JSON.stringify(overrides)).toEqual([code]);
    }
    const negativeRent = await graphql(gatewayUrl, registreerWoning, { invoer: woningInvoer({ huurInCenten: -1 }) }, corporation);
    expect(errorCodes(negativeRent)).toEqual(['BAD_USER_INPUT']);
    const unknownMunicipality = await graphql(gatewayUrl, registreerWoning, { invoer: woningInvoer({ gemeente: 'GM9999' }) }, corporation);
    expect(errorCodes(unknownMunicipality)).toEqual(['BAD_USER_INPUT']);
    expect(await woonvragenAantal(staff)).toBe(before);
  });

  it('refuses forged and expired tokens', async () => {
    const forged = await new SignJWT({ rollen: ['TRANSFERPUNT'], regio }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('vangnet').setAudience('vangnet').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret-of-this-hub-at-all-12345'));
    expect(errorCodes(await graphql(gatewayUrl, '{ woonvragen { totalCount } }', undefined, bearer(forged)))).toEqual(['UNAUTHENTICATED']);
    const expired = await tokenVoor({ rollen: ['TRANSFERPUNT'], regio }, '-1s');
    const response = await graphql(gatewayUrl, '{ woonvragen { totalCount } }', undefined, bearer(expired));
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toMatch(/expired/);
  });
});

describe('woonopties: from registration to housed', () => {
  it('ranks candidates with reasons, proposes an optimal set, and moves the referral to housed with every step recorded', async () => {
    const woning = await nieuweWoning({ wijk: `Wijk-${Date.now()}` });
    const aangemeld = await nieuweWoonvraag();

    const candidates = await graphql(gatewayUrl, `{ kandidatenVoorWoning(woning: "${woning}") { woonvraag { id } score redenen { code omschrijving punten } } }`, undefined, staff);
    expect(candidates.errors).toBeUndefined();
    const mine = candidates.data.kandidatenVoorWoning.find((entry: any) => entry.woonvraag.id === aangemeld);
    expect(mine.redenen.map((reden: any) => reden.code)).toEqual(expect.arrayContaining(['URGENTIE', 'WACHTTIJD', 'VOORKEUR']));
    expect(mine.score).toBe(mine.redenen.reduce((sum: number, reden: any) => sum + reden.punten, 0));
    expect(errorCodes(await graphql(gatewayUrl, `{ kandidatenVoorWoning(woning: "${woning}") { score } }`, undefined, careProvider))).toEqual(['FORBIDDEN']);

    const proposals = await graphql(gatewayUrl, `mutation { stelVoorstellenOp(matchingspunt: "${punt}") { doelwaarde maxPerWijk voorstellen { woonvraag { id } woning { id } score verwijzing { id status } } } }`, undefined, staff);
    expect(proposals.errors).toBeUndefined();
    const set = proposals.data.stelVoorstellenOp;
    expect(set.doelwaarde).toBe(set.voorstellen.reduce((sum: number, voorstel: any) => sum + voorstel.score, 0));
    const woningIds = set.voorstellen.map((voorstel: any) => voorstel.woning.id);
    expect(new Set(woningIds).size).toBe(woningIds.length);
    const eigen = set.voorstellen.find((voorstel: any) => voorstel.woning.id === woning);
    expect(eigen).toBeDefined();
    // The optimiser decides who gets this home; it is one of the region's waiting people.
    const vraag = eigen.woonvraag.id;
    const verwijzing = eigen.verwijzing.id;
    expect(eigen.verwijzing.status).toBe('VOORGESTELD');

    const steps: Array<[Record<string, string>, string, string | null]> = [
      [corporation, 'AANGEBODEN', null],
      [careProvider, 'GEACCEPTEERD', null],
      [staff, 'GEHUISVEST', null],
    ];
    for (const [headers, naar, reden] of steps) {
      const response = await graphql(gatewayUrl, stap, { id: verwijzing, naar, reden }, headers);
      expect(response.errors, naar).toBeUndefined();
      expect(response.data.zetVerwijzingStap, naar).toMatchObject({ ok: true, verwijzing: { status: naar } });
    }

    const notAllowed = await graphql(gatewayUrl, stap, { id: verwijzing, naar: 'AANGEBODEN' }, staff);
    expect(notAllowed.data.zetVerwijzingStap).toMatchObject({ ok: false, weigering: { code: 'OVERGANG_NIET_TOEGESTAAN' } });
    expect(notAllowed.data.zetVerwijzingStap.weigering.bericht).toMatch(/gehuisvest/);

    const after = await graphql(gatewayUrl, `{ woonvraag(id: "${vraag}") { status verwijzingen { id status woning { status } stappen { van naar door rol namens { id } op } } } }`, undefined, staff);
    const housed = after.data.woonvraag.verwijzingen.find((entry: any) => entry.id === verwijzing);
    expect(after.data.woonvraag.status).toBe('GEHUISVEST');
    expect(housed.woning.status).toBe('VERHUURD');
    expect(housed.stappen.map((s: any) => [s.van, s.naar, s.rol])).toEqual([
      [null, 'VOORGESTELD', 'TRANSFERPUNT'],
      ['VOORGESTELD', 'AANGEBODEN', 'WONINGCORPORATIE'],
      ['AANGEBODEN', 'GEACCEPTEERD', 'ZORGAANBIEDER'],
      ['GEACCEPTEERD', 'GEHUISVEST', 'TRANSFERPUNT'],
    ]);
    expect(housed.stappen[2]).toMatchObject({ door: 'begeleider-1', namens: { id: 'tactus' } });

    const log = await graphql(gatewayUrl, `{ toegangslog(woonvraag: "${vraag}") { gebeurtenis gebruiker namens { id } op } }`, undefined, staff);
    const events = log.data.toegangslog.map((regel: any) => `${regel.gebeurtenis}:${regel.gebruiker}`);
    expect(events).toEqual(expect.arrayContaining(['AANMELDING:begeleider-1', 'INZAGE:medewerker-1', 'VERWIJZING:verhuurder-1', 'VERWIJZING:begeleider-1']));
  });

  it('requires a reason to decline, and lets a home be offered again after a decline', async () => {
    const woning = await nieuweWoning({ wijk: `Wijk-r-${Date.now()}` });
    const vraag = await nieuweWoonvraag();
    const verwijzing = await stelVoor(vraag, woning);
    await graphql(gatewayUrl, stap, { id: verwijzing, naar: 'AANGEBODEN' }, staff);
    const zonderReden = await graphql(gatewayUrl, stap, { id: verwijzing, naar: 'AFGEWEZEN_DOOR_PERSOON' }, careProvider);
    expect(zonderReden.data.zetVerwijzingStap.weigering.code).toBe('REDEN_VERPLICHT');
    const metReden = await graphql(gatewayUrl, stap, { id: verwijzing, naar: 'AFGEWEZEN_DOOR_PERSOON', reden: 'te ver van het netwerk' }, careProvider);
    expect(metReden.data.zetVerwijzingStap.ok).toBe(true);
    const status = await graphql(gatewayUrl, `{ woning(id: "${woning}") { status } }`, undefined, staff);
    expect(status.data.woning.status).toBe('BESCHIKBAAR');
  });

  it('shows a housing corporation the referrals for its home but not the person behind them', async () => {
    const woning = await nieuweWoning({ wijk: `Wijk-p-${Date.now()}` });
    const vraag = await nieuweWoonvraag();
    await stelVoor(vraag, woning);
    const response = await graphql(gatewayUrl, `{ woning(id: "${woning}") { verwijzingen { status woonvraag { id referentie } } } }`, undefined, corporation);
    expect(response.data.woning.verwijzingen).toEqual([{ status: 'VOORGESTELD', woonvraag: null }]);
    const anonymous = await graphql(gatewayUrl, `{ woning(id: "${woning}") { verwijzingen { status } } }`);
    expect(anonymous.data.woning.verwijzingen).toEqual([]);
  });

  it('never proposes a pair that breaks a hard constraint', async () => {
    const woning = await nieuweWoning({ huurInCenten: 90_000, wijk: `Wijk-d-${Date.now()}` });
    const vraag = await nieuweWoonvraag({ maxHuurInCenten: 50_000 });
    const response = await graphql(gatewayUrl, 'mutation ($v: ID!, $w: ID!) { stelVoor(woonvraag: $v, woning: $w) { ok weigering { code bericht } } }', { v: vraag, w: woning }, staff);
    expect(response.data.stelVoor).toMatchObject({ ok: false, weigering: { code: 'NIET_HAALBAAR' } });
    expect(response.data.stelVoor.weigering.bericht).toMatch(/huur/i);
  });
});

describe('woonopties: concurrency', () => {
  it('lets exactly one of many simultaneous accepts of one offer succeed', async () => {
    const woning = await nieuweWoning({ wijk: `Wijk-c-${Date.now()}` });
    const vraag = await nieuweWoonvraag();
    const verwijzing = await stelVoor(vraag, woning);
    expect((await graphql(gatewayUrl, stap, { id: verwijzing, naar: 'AANGEBODEN' }, staff)).data.zetVerwijzingStap.ok).toBe(true);
    const results = await Promise.all(Array.from({ length: 20 }, () => graphql(gatewayUrl, stap, { id: verwijzing, naar: 'GEACCEPTEERD' }, careProvider)));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(results.filter((result) => result.data.zetVerwijzingStap.ok)).toHaveLength(1);
  });

  it('lets exactly one of two referrals for the same home be offered at a time', async () => {
    const woning = await nieuweWoning({ wijk: `Wijk-o-${Date.now()}` });
    const [a, b] = [await nieuweWoonvraag(), await nieuweWoonvraag()];
    const referrals = [await stelVoor(a, woning), await stelVoor(b, woning)];
    const results = await Promise.all(referrals.flatMap((id) => Array.from({ length: 5 }, () => graphql(gatewayUrl, stap, { id, naar: 'AANGEBODEN' }, staff))));
    const ok = results.filter((result) => result.data.zetVerwijzingStap.ok);
    expect(ok).toHaveLength(1);
    expect(results.map((result) => result.data.zetVerwijzingStap.weigering?.code)).toContain('WONING_AL_AANGEBODEN');
  });
});

describe('woonopties: configuration', () => {
  it('refuses to start in production mode without a key set to check tokens against, or with the development secret', async () => {
    const service = startService('woonopties', {
      name: 'woonopties-production',
      env: { VANGNET_MODE: 'production', JWT_SECRET: developmentSecret, PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'vangnet-prod-')) },
    });
    const code = await new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    expect(code).not.toBe(0);
    const output = service.output();
    expect(output).toContain('JWKS_URL must be set');
    expect(output).toContain('JWT_SECRET is the development secret');
    expect(output.trim().split('\n')).toHaveLength(1);
  });
});
