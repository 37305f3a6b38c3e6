import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { bearer, tokenVoor } from '../harness/tokens.js';
import { monitorQuery } from '../harness/workflow-load.js';

// A hub of its own: the monitor counts everything of a region, so the shared hub's other tests
// would change the figures under this one's feet.
let hub: RunningHub;
const regio = 'noord-en-midden-limburg';
const punt = 'transferpunt-noord-limburg';
const VENLO = 'GM0983';
const HORST = 'GM1507';

let staff: Record<string, string>;
let otherRegionStaff: Record<string, string>;
let careProvider: Record<string, string>;
let corporation: Record<string, string>;

/** Month `offset` months before the current UTC month, as YYYY-MM, and a day in it as YYYY-MM-DD. */
const start = new Date();
const maand = (offset: number) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - offset, 1)).toISOString().slice(0, 7);
const dag = (offset: number, day: number) => `${maand(offset)}-${String(day).padStart(2, '0')}`;
const dagenTussen = (van: string, tot: string) => Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);

async function ok(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<any> {
  const response = await graphql(hub.gatewayUrl, query, variables, headers);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

async function woning(gemeente: string): Promise<string> {
  const invoer = {
    matchingspunt: punt, gemeente, wijk: 'Centrum', soort: 'ZELFSTANDIGE_WONING', kamers: 2, maxBewoners: 2, huurInCenten: 60_000,
    beschikbaarVanaf: dag(6, 1), toegankelijk: true, prikkelarm: true, ondersteuning: 'MIDDEL',
  };
  return (await ok('mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id } }', { invoer }, corporation)).registreerWoning.id;
}

let volgnummer = 0;
async function woonvraag(herkomst: string, aangemeldOp: string): Promise<string> {
  volgnummer += 1;
  const invoer = {
    matchingspunt: punt, referentie: `DOS-MON-${volgnummer}`, herkomst, huishoudgrootte: 1, maxHuurInCenten: 70_000,
    gewensteGemeenten: [VENLO], urgentie: 2, aangemeldOp,
  };
  return (await ok('mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id } }', { invoer }, careProvider)).registreerWoonvraag.id;
}

async function stelVoor(vraag: string, home: string): Promise<string> {
  const data = await ok('mutation ($v: ID!, $w: ID!) { stelVoor(woonvraag: $v, woning: $w) { ok weigering { bericht } verwijzing { id } } }', { v: vraag, w: home }, staff);
  expect(data.stelVoor.weigering).toBeNull();
  return data.stelVoor.verwijzing.id;
}

async function stap(verwijzing: string, naar: string, headers: Record<string, string>, reden: string | null = null): Promise<void> {
  const data = await ok('mutation ($id: ID!, $naar: VerwijzingStatus!, $reden: String) { zetVerwijzingStap(verwijzing: $id, naar: $naar, reden: $reden) { ok weigering { bericht } } }', { id: verwijzing, naar, reden }, headers);
  expect(data.zetVerwijzingStap.weigering).toBeNull();
}

async function huisvest(herkomst: string, aangemeldOp: string, gemeente: string): Promise<void> {
  const verwijzing = await stelVoor(await woonvraag(herkomst, aangemeldOp), await woning(gemeente));
  await stap(verwijzing, 'AANGEBODEN', corporation);
  await stap(verwijzing, 'GEACCEPTEERD', careProvider);
  await stap(verwijzing, 'GEHUISVEST', staff);
}

/** Every count of people anywhere in an answer: objects with `aantal` and `onderdrukt`. */
function tellingen(value: unknown, found: Array<{ aantal: number | null; onderdrukt: boolean }> = []) {
  if (Array.isArray(value)) for (const item of value) tellingen(item, found);
  else if (value && typeof value === 'object') {
    if ('onderdrukt' in value) found.push(value as { aantal: number | null; onderdrukt: boolean });
    for (const child of Object.values(value)) tellingen(child, found);
  }
  return found;
}

// What the data below holds, for the expectations.
const bwAangemeld = [dag(5, 5), dag(5, 15), dag(5, 25), dag(3, 5), dag(3, 10), dag(3, 15)];
let vandaag: string;

beforeAll(async () => {
  hub = await startHub({ countStatements: true });
  staff = bearer(await tokenVoor({ id: 'mon-medewerker', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' }));
  otherRegionStaff = bearer(await tokenVoor({ id: 'mon-medewerker-ov', rollen: ['TRANSFERPUNT'], regio: 'oost-veluwe', organisatie: 'gemeente-apeldoorn' }));
  careProvider = bearer(await tokenVoor({ id: 'mon-begeleider', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' }));
  corporation = bearer(await tokenVoor({ id: 'mon-verhuurder', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' }));

  // Housed this month, 12 people: 6 from beschermd wonen (shown), 4 from the maatschappelijke
  // opvang and 2 from the vrouwenopvang (both too few); 8 in Venlo, 4 in Horst aan de Maas.
  for (const aangemeldOp of bwAangemeld) await huisvest('BESCHERMD_WONEN', aangemeldOp, VENLO);
  for (const [index, day] of [20, 21, 22, 23].entries()) await huisvest('MAATSCHAPPELIJKE_OPVANG', dag(3, day), index < 2 ? VENLO : HORST);
  for (const day of [10, 11]) await huisvest('VROUWENOPVANG', dag(1, day), HORST);
  vandaag = new Date().toISOString().slice(0, 10);

  // Five people still waiting, two of whom were declined this month: 6 times by the provider
  // and twice by themselves, so one month's outcomes read 12 / 2 / 6 / 0.
  const wachtend = [];
  for (const day of [12, 13, 14, 15, 16]) wachtend.push(await woonvraag('OVERIG', dag(1, day)));
  const homes = [await woning(VENLO), await woning(VENLO), await woning(VENLO)];
  for (const vraag of wachtend.slice(0, 2)) {
    for (const home of homes) await stap(await stelVoor(vraag, home), 'AFGEWEZEN_DOOR_AANBIEDER', corporation, 'past niet bij het complex');
  }
  for (const [index, vraag] of wachtend.slice(0, 2).entries()) {
    const verwijzing = await stelVoor(vraag, homes[index]!);
    await stap(verwijzing, 'AANGEBODEN', corporation);
    await stap(verwijzing, 'AFGEWEZEN_DOOR_PERSOON', careProvider, 'te ver van het netwerk');
  }
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

describe('woonopties: the Transferpunt monitor', () => {
  it('gives the region\'s Transferpunt every figure and breakdown, with every count of one to four people suppressed', async () => {
    const { monitor } = await ok(monitorQuery, { regio }, staff);
    expect(monitor).toMatchObject({ regio: { code: regio }, van: maand(11), tot: maand(0), drempel: 5, uitsplitsingen: true, openVraag: { aantal: 5, onderdrukt: false }, beschikbareWoningen: 3 });

    expect(monitor.perMaand.map((m: any) => m.maand)).toEqual(Array.from({ length: 12 }, (_, index) => maand(11 - index)));
    const month = (offset: number) => monitor.perMaand.find((m: any) => m.maand === maand(offset));
    expect(month(5).aangemeld).toEqual({ aantal: null, onderdrukt: true });
    expect(month(3).aangemeld).toEqual({ aantal: 7, onderdrukt: false });
    expect(month(1).aangemeld).toEqual({ aantal: 7, onderdrukt: false });
    expect(month(4).aangemeld).toEqual({ aantal: 0, onderdrukt: false });
    expect(month(0).gehuisvest).toEqual({ aantal: 12, onderdrukt: false });
    expect(month(1).gehuisvest).toEqual({ aantal: 0, onderdrukt: false });

    // 2 declined by the person is too few; 6 by the provider would give the 2 away to anyone who
    // knows the month's referrals, so it is hidden as well.
    expect(month(0).verwijzingenNaarUitkomst).toEqual([
      { uitkomst: 'GEHUISVEST', uitkomstNaam: 'gehuisvest', telling: { aantal: 12, onderdrukt: false } },
      { uitkomst: 'AFGEWEZEN_DOOR_PERSOON', uitkomstNaam: 'afgewezen door de persoon', telling: { aantal: null, onderdrukt: true } },
      { uitkomst: 'AFGEWEZEN_DOOR_AANBIEDER', uitkomstNaam: 'afgewezen door de aanbieder', telling: { aantal: null, onderdrukt: true } },
      { uitkomst: 'INGETROKKEN', uitkomstNaam: 'ingetrokken', telling: { aantal: 0, onderdrukt: false } },
    ]);
    expect(month(2).verwijzingenNaarUitkomst.map((u: any) => u.telling)).toEqual(Array(4).fill({ aantal: 0, onderdrukt: false }));

    // Nearest rank over the six waiting times: the 3rd and the 6th of them, in days.
    const bwDagen = bwAangemeld.map((aangemeldOp) => dagenTussen(aangemeldOp, vandaag)).sort((a, b) => a - b);
    expect(monitor.wachttijdNaarHerkomst).toEqual([
      { groep: 'MAATSCHAPPELIJKE_OPVANG', naam: 'maatschappelijke opvang', gehuisvest: { aantal: null, onderdrukt: true }, mediaanDagen: null, p90Dagen: null },
      { groep: 'BESCHERMD_WONEN', naam: 'beschermd wonen', gehuisvest: { aantal: 6, onderdrukt: false }, mediaanDagen: bwDagen[2], p90Dagen: bwDagen[5] },
      { groep: 'BESCHERMD_THUIS', naam: 'beschermd thuis', gehuisvest: { aantal: 0, onderdrukt: false }, mediaanDagen: null, p90Dagen: null },
      { groep: 'VROUWENOPVANG', naam: 'vrouwenopvang', gehuisvest: { aantal: null, onderdrukt: true }, mediaanDagen: null, p90Dagen: null },
      { groep: 'OVERIG', naam: 'overig', gehuisvest: { aantal: 0, onderdrukt: false }, mediaanDagen: null, p90Dagen: null },
    ]);
    // Horst's 4 is too few, and Venlo's 8 would give it away next to the month's 12 housed.
    expect(monitor.wachttijdNaarGemeente).toEqual([
      { groep: HORST, naam: 'Horst aan de Maas', gehuisvest: { aantal: null, onderdrukt: true }, mediaanDagen: null, p90Dagen: null },
      { groep: VENLO, naam: 'Venlo', gehuisvest: { aantal: null, onderdrukt: true }, mediaanDagen: null, p90Dagen: null },
    ]);

    const cells = tellingen(monitor);
    expect(cells.length).toBeGreaterThan(12 * 6);
    for (const cell of cells) {
      if (cell.onderdrukt) expect(cell.aantal).toBeNull();
      else expect(cell.aantal === 0 || cell.aantal! >= 5, `shown count ${cell.aantal}`).toBe(true);
    }
  });

  it('counts only what falls in the months asked for', async () => {
    const { monitor } = await ok(monitorQuery, { regio, van: maand(3), tot: maand(1) }, staff);
    expect(monitor.perMaand.map((m: any) => [m.maand, m.aangemeld.aantal, m.gehuisvest.aantal])).toEqual([
      [maand(3), 7, 0],
      [maand(2), 0, 0],
      [maand(1), 7, 0],
    ]);
    expect(monitor.wachttijdNaarHerkomst.map((w: any) => w.gehuisvest.aantal)).toEqual([0, 0, 0, 0, 0]);
    expect(monitor.wachttijdNaarGemeente).toEqual([]);
  });

  it('shows anyone else the same totals but no breakdowns: anonymous, a care provider, a housing corporation, another region\'s Transferpunt', async () => {
    const { monitor: full } = await ok(monitorQuery, { regio }, staff);
    for (const headers of [{}, careProvider, corporation, otherRegionStaff]) {
      const { monitor } = await ok(monitorQuery, { regio }, headers);
      expect(monitor.uitsplitsingen).toBe(false);
      expect(monitor.wachttijdNaarHerkomst).toBeNull();
      expect(monitor.wachttijdNaarGemeente).toBeNull();
      expect(monitor.perMaand.every((m: any) => m.verwijzingenNaarUitkomst === null)).toBe(true);
      expect(monitor.openVraag).toEqual(full.openVraag);
      expect(monitor.beschikbareWoningen).toBe(full.beschikbareWoningen);
      expect(monitor.perMaand.map((m: any) => [m.maand, m.aangemeld, m.gehuisvest])).toEqual(full.perMaand.map((m: any) => [m.maand, m.aangemeld, m.gehuisvest]));
      for (const cell of tellingen(monitor)) expect(cell.aantal === null || cell.aantal === 0 || cell.aantal >= 5).toBe(true);
    }
    const { monitor: otherRegion } = await ok(monitorQuery, { regio: 'oost-veluwe' }, otherRegionStaff);
    expect(otherRegion).toMatchObject({ uitsplitsingen: true, openVraag: { aantal: 0, onderdrukt: false }, beschikbareWoningen: 0 });
  });

  it('refuses an unknown region and a bad period with BAD_USER_INPUT naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ regio: 'atlantis' }, 'regio'],
      [{ regio: 'Noord Limburg' }, 'regio'],
      [{ regio, van: '2026-13' }, 'van'],
      [{ regio, tot: 'december' }, 'tot'],
      [{ regio, van: '2026-01-01' }, 'van'],
      [{ regio, van: '2026-05', tot: '2026-04' }, 'van'],
      [{ regio, van: '2021-01', tot: '2026-01' }, 'van'],
    ];
    for (const [variables, argumentName] of cases) {
      const response = await graphql(hub.gatewayUrl, monitorQuery, variables, staff);
      expect(errorCodes(response), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.argumentName, JSON.stringify(variables)).toBe(argumentName);
    }
    expect(errorCodes(await graphql(hub.gatewayUrl, monitorQuery, { regio, van: '2021-02', tot: '2026-01' }, staff))).toEqual([]);
  });

  it('answers in a fixed number of SQL statements: five with breakdowns, four without', async () => {
    const woonopties = hub.subgraphBaseUrls.woonopties!;
    const statements = async (headers: Record<string, string>) => {
      await fetch(`${woonopties}/debug/sql-statements`, { method: 'DELETE' });
      await ok(monitorQuery, { regio, van: maand(59), tot: maand(0) }, headers);
      return ((await (await fetch(`${woonopties}/debug/sql-statements`)).json()) as { statements: number }).statements;
    };
    expect(await statements(staff)).toBe(5);
    expect(await statements({})).toBe(4);
  });
});
