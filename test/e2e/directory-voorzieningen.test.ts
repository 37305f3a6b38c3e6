import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql, type GraphQLResponse } from '../harness/graphql.js';
import { directoryActors } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');

// Every test works on products, subsidies and figures it creates itself in Noord-Veluwe, a region
// whose seed names none, in categories other than 15: the seeded facts other test files count
// (Oost-Veluwe's products and subsidy totals, Noord- en Midden-Limburg's figures) stay as they are.
let stewardNv: Record<string, string>;
let stewardOv: Record<string, string>;
let hubSteward: Record<string, string>;
let transferpunt: Record<string, string>;

beforeAll(async () => {
  ({ stewardNv, stewardOv, hubSteward, transferpunt } = await directoryActors());
});

const verantwoording = { reden: 'Nieuw ingekocht volgens het regionaal overleg', bron: { opgaveVan: 'Gemeente Harderwijk', opgaveOp: '2026-11-20' } };
const weigeringVelden = 'ok weigering { code bericht }';

const voegProductToe = `mutation ($regio: ID!, $product: ProductInvoer!, $verantwoording: VerantwoordingInvoer!) {
  voegProductToe(regio: $regio, product: $product, verantwoording: $verantwoording) { ${weigeringVelden} product { code naam versie vanaf tot regio { code } categorie { code } } }
}`;
const wijzigProduct = `mutation ($code: ID!, $versie: Int!, $product: ProductWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
  wijzigProduct(code: $code, versie: $versie, product: $product, verantwoording: $verantwoording) { ${weigeringVelden} product { code naam versie vanaf tot } }
}`;
const beeindigProduct = `mutation ($code: ID!, $versie: Int!, $tot: String!, $verantwoording: VerantwoordingInvoer!) {
  beeindigProduct(code: $code, versie: $versie, tot: $tot, verantwoording: $verantwoording) { ${weigeringVelden} product { code versie tot } }
}`;
const maakSubsidie = `mutation ($regio: ID!, $subsidie: SubsidieInvoer!, $verantwoording: VerantwoordingInvoer!) {
  maakSubsidie(regio: $regio, subsidie: $subsidie, verantwoording: $verantwoording) { ${weigeringVelden} subsidie { id versie vanaf tot bedragPerJaar { centen euro } ontvanger { id naam } } }
}`;
const wijzigSubsidie = `mutation ($id: ID!, $versie: Int!, $subsidie: SubsidieWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
  wijzigSubsidie(id: $id, versie: $versie, subsidie: $subsidie, verantwoording: $verantwoording) { ${weigeringVelden} subsidie { id versie bedragPerJaar { centen } } }
}`;
const beeindigSubsidie = `mutation ($id: ID!, $versie: Int!, $tot: String!, $verantwoording: VerantwoordingInvoer!) {
  beeindigSubsidie(id: $id, versie: $versie, tot: $tot, verantwoording: $verantwoording) { ${weigeringVelden} subsidie { id versie tot } }
}`;
const zetSubsidiebedrag = `mutation ($subsidie: ID!, $soort: AanvullendBedragSoort, $jaar: Int, $versie: Int, $bedrag: SubsidiebedragInvoer!, $verantwoording: VerantwoordingInvoer!) {
  zetSubsidiebedrag(subsidie: $subsidie, soort: $soort, jaar: $jaar, versie: $versie, bedrag: $bedrag, verantwoording: $verantwoording) { ${weigeringVelden} bedrag { id soort jaar versie bedrag { centen euro } omschrijving } }
}`;
const voegKengetalToe = `mutation ($regio: ID!, $kengetal: KengetalInvoer!, $verantwoording: VerantwoordingInvoer!) {
  voegKengetalToe(regio: $regio, kengetal: $kengetal, verantwoording: $verantwoording) { ${weigeringVelden} kengetal { id versie onderwerp aantal bedrag { centen } minimaal maximaal } }
}`;
const wijzigKengetal = `mutation ($id: ID!, $versie: Int!, $kengetal: KengetalWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
  wijzigKengetal(id: $id, versie: $versie, kengetal: $kengetal, verantwoording: $verantwoording) { ${weigeringVelden} kengetal { id versie aantal minimaal maximaal } }
}`;
const trekKengetalIn = `mutation ($id: ID!, $versie: Int!, $verantwoording: VerantwoordingInvoer!) {
  trekKengetalIn(id: $id, versie: $versie, verantwoording: $verantwoording) { ${weigeringVelden} kengetal { id versie } }
}`;

/** Runs a change that must succeed and returns what it answered under `field`. */
async function gelukt(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<any> {
  const response = await graphql(gatewayUrl, query, variables, headers);
  expect(response.errors).toBeUndefined();
  const [result] = Object.values(response.data as Record<string, any>);
  expect(result.weigering).toBeNull();
  return result;
}

function argumentNames(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.argumentName);
}

async function productcodesOp(peildatum: string | null): Promise<string[]> {
  const response = await graphql(gatewayUrl, 'query ($p: String) { regio(code: "noord-veluwe") { producten(peildatum: $p) { code } } }', { p: peildatum });
  expect(response.errors).toBeUndefined();
  return (response.data.regio.producten as Array<{ code: string }>).map((product) => product.code);
}

async function subsidiesOp(peildatum: string): Promise<string[]> {
  const response = await graphql(gatewayUrl, 'query ($p: String) { subsidies(regio: "noord-veluwe", peildatum: $p) { id } }', { p: peildatum });
  expect(response.errors).toBeUndefined();
  return (response.data.subsidies as Array<{ id: string }>).map((subsidie) => subsidie.id);
}

async function totalenNv(): Promise<{ jaarlijks: bigint; incidenteel: bigint; aantal: number }> {
  const response = await graphql(gatewayUrl, '{ regio(code: "noord-veluwe") { subsidietotalen { jaarlijks { centen } incidenteel { centen } aantalSubsidies } } }');
  expect(response.errors).toBeUndefined();
  const totalen = response.data.regio.subsidietotalen;
  return { jaarlijks: BigInt(totalen.jaarlijks.centen), incidenteel: BigInt(totalen.incidenteel.centen), aantal: totalen.aantalSubsidies };
}

const nieuweSubsidie = (extra: Record<string, unknown> = {}) => ({ ontvanger: 'iriszorg', omschrijving: 'Inloop Harderwijk', doel: 'INLOOP', soort: 'BEGROTING', ...extra });

describe('the voorzieningen directory, kept by its stewards', () => {
  it('lets a region steward add a product to their region, visible through the gateway in the next request', async () => {
    const { product } = await gelukt(voegProductToe, { regio: 'noord-veluwe', product: { code: '07N01', naam: 'Dagbesteding Noord-Veluwe', vanaf: '2026-01-01' }, verantwoording }, stewardNv);
    expect(product).toEqual({ code: '07N01', naam: 'Dagbesteding Noord-Veluwe', versie: 1, vanaf: '2026-01-01', tot: null, regio: { code: 'noord-veluwe' }, categorie: { code: '07' } });
    const found = await graphql(gatewayUrl, '{ product(code: "07N01") { naam situationeel categorie { naam } regio { naam } } }');
    expect(found.data.product).toEqual({ naam: 'Dagbesteding Noord-Veluwe', situationeel: false, categorie: { naam: 'Dagbesteding' }, regio: { naam: 'Noord-Veluwe' } });
    expect(await productcodesOp(null)).toContain('07N01');
  });

  it('refuses a steward a change in another region, and anyone without a steward\'s role any change', async () => {
    const { product } = await gelukt(voegProductToe, { regio: 'noord-veluwe', product: { code: '02N01', naam: 'Begeleiding Noord-Veluwe' }, verantwoording }, stewardNv);
    const otherRegion = await graphql(gatewayUrl, voegProductToe, { regio: 'oost-veluwe', product: { code: '02N02', naam: 'Iets in Oost' }, verantwoording }, stewardNv);
    expect(errorCodes(otherRegion)).toEqual(['FORBIDDEN']);
    const change = { code: product.code, versie: product.versie, product: { naam: 'Overgenomen' }, verantwoording };
    expect(errorCodes(await graphql(gatewayUrl, wijzigProduct, change, stewardOv))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(gatewayUrl, wijzigProduct, change))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(gatewayUrl, wijzigProduct, change, transferpunt))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(gatewayUrl, voegKengetalToe, { regio: 'noord-veluwe', kengetal: { onderwerp: 'AANBIEDERS', omschrijving: 'Aanbieders', aantal: 3, eenheid: 'ZORGAANBIEDER' }, verantwoording }, transferpunt))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(gatewayUrl, maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie(), verantwoording }))).toEqual(['UNAUTHENTICATED']);
    // A product code belongs to one region: Oost-Veluwe's 15G01 cannot be added to Noord-Veluwe too.
    const taken = await graphql(gatewayUrl, voegProductToe, { regio: 'noord-veluwe', product: { code: '15G01', naam: 'Begeleiding Groep Licht' }, verantwoording }, stewardNv);
    expect(taken.data.voegProductToe).toMatchObject({ ok: false, product: null, weigering: { code: 'BESTAAT_AL', bericht: expect.stringContaining('oost-veluwe') } });
    const unchanged = await graphql(gatewayUrl, '{ a: product(code: "02N01") { naam versie } b: product(code: "15G01") { naam versie regio { code } } }');
    expect(unchanged.data).toEqual({ a: { naam: 'Begeleiding Noord-Veluwe', versie: 1 }, b: { naam: 'Begeleiding Groep Licht', versie: 1, regio: { code: 'oost-veluwe' } } });
  });

  it('checks what is entered and names the argument that is wrong', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [voegProductToe, { regio: 'noord-veluwe', product: { code: '7N01', naam: 'Te kort' }, verantwoording }, 'product.code'],
      [voegProductToe, { regio: 'noord-veluwe', product: { code: '99N01', naam: 'Geen categorie' }, verantwoording }, 'product.code'],
      [voegProductToe, { regio: 'nergens', product: { code: '07N09', naam: 'Onbekende regio' }, verantwoording }, 'regio'],
      [voegProductToe, { regio: 'noord-veluwe', product: { code: '07N09', naam: 'Zonder reden' }, verantwoording: { reden: ' ', bron: verantwoording.bron } }, 'reden'],
      [maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie({ ontvanger: 'Leger des Heils' }), verantwoording }, 'subsidie.ontvanger'],
      [maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie({ bedragPerJaarInCenten: '1234.50' }), verantwoording }, 'subsidie.bedragPerJaarInCenten'],
      [maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie({ bedragPerJaarInCenten: '-100' }), verantwoording }, 'subsidie.bedragPerJaarInCenten'],
      [zetSubsidiebedrag, { subsidie: 'noord-veluwe-subsidie-x', jaar: 20255, bedrag: { bedragInCenten: '100', omschrijving: 'Jaar' }, verantwoording }, 'jaar'],
      [zetSubsidiebedrag, { subsidie: 'noord-veluwe-subsidie-x', bedrag: { bedragInCenten: '100', omschrijving: 'Geen jaar' }, verantwoording }, 'jaar'],
      [voegKengetalToe, { regio: 'noord-veluwe', kengetal: { onderwerp: 'PGB_PLAATSEN', omschrijving: 'Plaatsen', bedragInCenten: '100', eenheid: 'PLAATS' }, verantwoording }, 'kengetal.bedragInCenten'],
      [voegKengetalToe, { regio: 'noord-veluwe', kengetal: { onderwerp: 'PGB_PLAATSEN', omschrijving: 'Plaatsen', minimaal: 9, maximaal: 3, eenheid: 'PLAATS' }, verantwoording }, 'kengetal.maximaal'],
    ];
    for (const [query, variables, argumentName] of cases) {
      const response = await graphql(gatewayUrl, query, variables, stewardNv);
      expect(errorCodes(response), argumentName).toEqual(['BAD_USER_INPUT']);
      expect(argumentNames(response), argumentName).toEqual([argumentName]);
    }
    expect(await productcodesOp(null)).not.toContain('07N09');
  });

  it('refuses an edit on a stale version in plain Dutch and changes nothing', async () => {
    const { subsidie } = await gelukt(maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie({ bedragPerJaarInCenten: '1000000' }), verantwoording }, stewardNv);
    expect(subsidie).toMatchObject({ versie: 1, bedragPerJaar: { centen: '1000000', euro: '10000.00' }, ontvanger: { id: 'iriszorg', naam: 'IrisZorg' } });
    const first = await gelukt(wijzigSubsidie, { id: subsidie.id, versie: 1, subsidie: { bedragPerJaarInCenten: '1100000' }, verantwoording }, stewardNv);
    expect(first.subsidie).toMatchObject({ versie: 2, bedragPerJaar: { centen: '1100000' } });
    const stale = await graphql(gatewayUrl, wijzigSubsidie, { id: subsidie.id, versie: 1, subsidie: { bedragPerJaarInCenten: '1200000' }, verantwoording }, hubSteward);
    expect(stale.data.wijzigSubsidie).toMatchObject({ ok: false, subsidie: null, weigering: { code: 'VERSIE_VEROUDERD', bericht: expect.stringMatching(/Laad het opnieuw/) } });
    const staleEnd = await graphql(gatewayUrl, beeindigSubsidie, { id: subsidie.id, versie: 1, tot: '2026-12-31', verantwoording }, stewardNv);
    expect(staleEnd.data.beeindigSubsidie.weigering.code).toBe('VERSIE_VEROUDERD');
    const after = await graphql(gatewayUrl, 'query ($id: ID!) { subsidie(id: $id) { versie tot bedragPerJaar { centen } geschiedenis { versie } } }', { id: subsidie.id });
    expect(after.data.subsidie).toEqual({ versie: 2, tot: null, bedragPerJaar: { centen: '1100000' }, geschiedenis: [{ versie: 1 }, { versie: 2 }] });
  });

  it('answers "as of" a date with that day\'s products and subsidies, before and after they end', async () => {
    const { product } = await gelukt(voegProductToe, { regio: 'noord-veluwe', product: { code: '07N02', naam: 'Dagbesteding Peildatum', vanaf: '2024-01-01' }, verantwoording }, stewardNv);
    expect(await productcodesOp('2023-12-31')).not.toContain('07N02');
    expect(await productcodesOp('2024-06-01')).toContain('07N02');
    const ended = await gelukt(beeindigProduct, { code: product.code, versie: 1, tot: '2025-06-30', verantwoording }, stewardNv);
    expect(ended.product).toEqual({ code: '07N02', versie: 2, tot: '2025-06-30' });
    expect(await productcodesOp('2024-06-01')).toContain('07N02');
    expect(await productcodesOp('2025-06-30')).toContain('07N02');
    expect(await productcodesOp('2025-07-01')).not.toContain('07N02');
    expect(await productcodesOp(null)).not.toContain('07N02');
    const paged = await graphql(gatewayUrl, '{ vroeger: producten(regio: "noord-veluwe", categorie: "07", peildatum: "2025-01-01") { totalCount nodes { code } } nu: producten(regio: "noord-veluwe", categorie: "07") { nodes { code } } }');
    expect(paged.data.vroeger.nodes).toContainEqual({ code: '07N02' });
    expect(paged.data.nu.nodes).not.toContainEqual({ code: '07N02' });
    const again = await graphql(gatewayUrl, beeindigProduct, { code: product.code, versie: 2, tot: '2025-12-31', verantwoording }, stewardNv);
    expect(again.data.beeindigProduct.weigering.code).toBe('AL_BEEINDIGD');
    const beforeStart = await graphql(gatewayUrl, wijzigProduct, { code: product.code, versie: 2, product: { tot: '2023-01-01' }, verantwoording }, stewardNv);
    expect(beforeStart.data.wijzigProduct).toMatchObject({ ok: false, weigering: { code: 'ONGELDIGE_PERIODE' } });

    const { subsidie } = await gelukt(maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie({ omschrijving: 'Inloop peildatum', vanaf: '2024-01-01' }), verantwoording }, stewardNv);
    await gelukt(beeindigSubsidie, { id: subsidie.id, versie: 1, tot: '2025-12-31', verantwoording }, stewardNv);
    expect(await subsidiesOp('2025-12-31')).toContain(subsidie.id);
    expect(await subsidiesOp('2026-01-01')).not.toContain(subsidie.id);
    const viaPartner = await graphql(gatewayUrl, '{ partner(id: "iriszorg") { toen: subsidies(peildatum: "2025-06-01") { id } nu: subsidies { id } } }');
    expect(viaPartner.data.partner.toen).toContainEqual({ id: subsidie.id });
    expect(viaPartner.data.partner.nu).not.toContainEqual({ id: subsidie.id });
  });

  it('keeps a subsidy\'s amount per year in exact cents, and counts it in the totals computed from the rows', async () => {
    const before = await totalenNv();
    // More cents than GraphQL's Int holds: amounts travel as digits and are summed as integers.
    const { subsidie } = await gelukt(maakSubsidie, { regio: 'noord-veluwe', subsidie: nieuweSubsidie({ omschrijving: 'Opvang met jaarbedragen', doel: 'MAATSCHAPPELIJKE_OPVANG', bedragPerJaarInCenten: '123456789012', vanaf: '2025-01-01' }), verantwoording }, stewardNv);
    expect(subsidie.bedragPerJaar).toEqual({ centen: '123456789012', euro: '1234567890.12' });
    const jaar2025 = await gelukt(zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2025, bedrag: { bedragInCenten: '1050', omschrijving: 'Extra in 2025' }, verantwoording }, stewardNv);
    expect(jaar2025.bedrag).toMatchObject({ soort: 'INCIDENTEEL', jaar: 2025, versie: 1, bedrag: { centen: '1050', euro: '10.50' } });
    await gelukt(zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2026, bedrag: { bedragInCenten: '2000', omschrijving: 'Extra in 2026' }, verantwoording }, stewardNv);
    await gelukt(zetSubsidiebedrag, { subsidie: subsidie.id, soort: 'JAARLIJKS', bedrag: { bedragInCenten: '500', omschrijving: 'Kosten van de host', begunstigde: 'tactus' }, verantwoording }, stewardNv);
    const changed = await gelukt(zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2025, versie: 1, bedrag: { bedragInCenten: '1075', omschrijving: 'Extra in 2025, bijgesteld' }, verantwoording }, stewardNv);
    expect(changed.bedrag).toMatchObject({ id: jaar2025.bedrag.id, jaar: 2025, versie: 2, bedrag: { centen: '1075' } });

    const twice = await graphql(gatewayUrl, zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2026, bedrag: { bedragInCenten: '9999', omschrijving: 'Nog eens 2026' }, verantwoording }, hubSteward);
    expect(twice.data.zetSubsidiebedrag).toMatchObject({ ok: false, weigering: { code: 'VERSIE_VEROUDERD' } });
    const outside = await graphql(gatewayUrl, zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2024, bedrag: { bedragInCenten: '100', omschrijving: 'Voor het begin' }, verantwoording }, stewardNv);
    expect(outside.data.zetSubsidiebedrag).toMatchObject({ ok: false, weigering: { code: 'ONGELDIGE_PERIODE' } });
    const notThere = await graphql(gatewayUrl, zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2027, versie: 1, bedrag: { bedragInCenten: '100', omschrijving: '2027' }, verantwoording }, stewardNv);
    expect(notThere.data.zetSubsidiebedrag).toMatchObject({ ok: false, weigering: { code: 'BESTAAT_NIET' } });
    expect(errorCodes(await graphql(gatewayUrl, zetSubsidiebedrag, { subsidie: subsidie.id, jaar: 2027, bedrag: { bedragInCenten: '100', omschrijving: '2027' }, verantwoording }, stewardOv))).toEqual(['FORBIDDEN']);

    const read = await graphql(gatewayUrl, 'query ($id: ID!) { subsidie(id: $id) { aanvullendeBedragen { soort jaar bedrag { centen } begunstigde { id } versie } } }', { id: subsidie.id });
    expect(read.data.subsidie.aanvullendeBedragen).toEqual([
      { soort: 'INCIDENTEEL', jaar: 2025, bedrag: { centen: '1075' }, begunstigde: null, versie: 2 },
      { soort: 'INCIDENTEEL', jaar: 2026, bedrag: { centen: '2000' }, begunstigde: null, versie: 1 },
      { soort: 'JAARLIJKS', jaar: null, bedrag: { centen: '500' }, begunstigde: { id: 'tactus' }, versie: 1 },
    ]);
    const after = await totalenNv();
    expect(after.aantal).toBe(before.aantal + 1);
    expect(after.jaarlijks - before.jaarlijks).toBe(123456789012n + 500n);
    expect(after.incidenteel - before.incidenteel).toBe(1075n + 2000n);
  });

  it('keeps every change in the history: who (for stewards), when, why, on which source, and what changed', async () => {
    const { kengetal } = await gelukt(voegKengetalToe, { regio: 'noord-veluwe', kengetal: { onderwerp: 'PGB_PLAATSEN', omschrijving: 'PGB-plaatsen Noord-Veluwe', jaar: 2025, aantal: 10, eenheid: 'PLAATS' }, verantwoording }, stewardNv);
    expect(kengetal).toMatchObject({ versie: 1, onderwerp: 'PGB_PLAATSEN', aantal: 10, bedrag: null });
    const correctie = { reden: 'Telling gecorrigeerd in de jaarrapportage', bron: { document: 'Jaarrapportage Noord-Veluwe 2025', sectie: 'Tabel 3' } };
    const corrected = await gelukt(wijzigKengetal, { id: kengetal.id, versie: 1, kengetal: { aantal: 12 }, verantwoording: correctie }, hubSteward);
    expect(corrected.kengetal).toEqual({ id: kengetal.id, versie: 2, aantal: 12, minimaal: null, maximaal: null });
    const range = await gelukt(wijzigKengetal, { id: kengetal.id, versie: 2, kengetal: { aantal: null, minimaal: 10, maximaal: 14 }, verantwoording: correctie }, stewardNv);
    expect(range.kengetal).toEqual({ id: kengetal.id, versie: 3, aantal: null, minimaal: 10, maximaal: 14 });

    const query = '{ regio(code: "noord-veluwe") { kengetallen(onderwerp: PGB_PLAATSEN) { id geschiedenis { versie actie op door namens reden bron { document sectie } wijzigingen { veld oud nieuw } } } } }';
    const asSteward = await graphql(gatewayUrl, query, {}, stewardNv);
    const history = asSteward.data.regio.kengetallen.find((row: { id: string }) => row.id === kengetal.id).geschiedenis as Array<Record<string, any>>;
    expect(history.map((entry) => [entry.versie, entry.actie, entry.door, entry.namens])).toEqual([
      [1, 'AANGEMAAKT', 'beheerder-nv', 'gemeente-harderwijk'],
      [2, 'GEWIJZIGD', 'hubbeheerder', 'vangnet'],
      [3, 'GEWIJZIGD', 'beheerder-nv', 'gemeente-harderwijk'],
    ]);
    expect(history[0]).toMatchObject({ reden: verantwoording.reden, bron: { document: 'opgave van Gemeente Harderwijk op 2026-11-20', sectie: null } });
    expect(history[1]).toMatchObject({ reden: correctie.reden, bron: { document: 'Jaarrapportage Noord-Veluwe 2025', sectie: 'Tabel 3' }, wijzigingen: [{ veld: 'waarde', oud: '10', nieuw: '12' }] });
    expect(history[2]!.wijzigingen).toEqual([
      { veld: 'waarde', oud: '12', nieuw: null },
      { veld: 'waardeMin', oud: null, nieuw: '10' },
      { veld: 'waardeMax', oud: null, nieuw: '14' },
    ]);
    for (let index = 1; index < history.length; index++) expect(Date.parse(history[index]!.op)).toBeGreaterThanOrEqual(Date.parse(history[index - 1]!.op));
    const anonymous = await graphql(gatewayUrl, query);
    const publicHistory = anonymous.data.regio.kengetallen.find((row: { id: string }) => row.id === kengetal.id).geschiedenis as Array<{ door: string | null; namens: string }>;
    expect(publicHistory.map((entry) => [entry.door, entry.namens])).toEqual([
      [null, 'gemeente-harderwijk'],
      [null, 'vangnet'],
      [null, 'gemeente-harderwijk'],
    ]);

    const withdrawn = await gelukt(trekKengetalIn, { id: kengetal.id, versie: 3, verantwoording: { reden: 'Dubbel ingevoerd', bron: verantwoording.bron } }, stewardNv);
    expect(withdrawn.kengetal).toEqual({ id: kengetal.id, versie: 4 });
    const gone = await graphql(gatewayUrl, '{ kengetallen(regio: "noord-veluwe") { id } }');
    expect(gone.data.kengetallen).not.toContainEqual({ id: kengetal.id });
    const again = await graphql(gatewayUrl, trekKengetalIn, { id: kengetal.id, versie: 4, verantwoording }, stewardNv);
    expect(again.data.trekKengetalIn).toMatchObject({ ok: false, weigering: { code: 'BESTAAT_NIET' } });
  });

  it('publishes every change in a feed that a consumer reads on from its cursor', async () => {
    const start = await graphql(gatewayUrl, '{ voorzieningwijzigingen(regio: "noord-veluwe", first: 100) { cursor heeftMeer } }');
    let cursor = start.data.voorzieningwijzigingen.cursor as string;
    for (let more = start.data.voorzieningwijzigingen.heeftMeer as boolean; more; ) {
      const page = await graphql(gatewayUrl, 'query ($na: String) { voorzieningwijzigingen(na: $na, regio: "noord-veluwe", first: 100) { cursor heeftMeer } }', { na: cursor });
      cursor = page.data.voorzieningwijzigingen.cursor;
      more = page.data.voorzieningwijzigingen.heeftMeer;
    }
    const { product } = await gelukt(voegProductToe, { regio: 'noord-veluwe', product: { code: '07N03', naam: 'Dagbesteding Feed' }, verantwoording }, stewardNv);
    await gelukt(beeindigProduct, { code: product.code, versie: 1, tot: '2026-12-31', verantwoording }, hubSteward);
    const { kengetal } = await gelukt(voegKengetalToe, { regio: 'noord-veluwe', kengetal: { onderwerp: 'RIJKSMIDDELEN_DAK_EN_THUISLOZEN', omschrijving: 'Rijksmiddelen', bedragInCenten: '215494000', eenheid: 'EURO_CENT' }, verantwoording }, stewardNv);
    expect(kengetal.bedrag).toEqual({ centen: '215494000' });
    const next = await graphql(gatewayUrl, 'query ($na: String) { voorzieningwijzigingen(na: $na, regio: "noord-veluwe") { wijzigingen { soort sleutel versie actie regios { code } namens reden bron } heeftMeer } }', { na: cursor });
    expect(next.data.voorzieningwijzigingen).toEqual({
      heeftMeer: false,
      wijzigingen: [
        { soort: 'PRODUCT', sleutel: '07N03', versie: 1, actie: 'AANGEMAAKT', regios: [{ code: 'noord-veluwe' }], namens: 'gemeente-harderwijk', reden: verantwoording.reden, bron: 'opgave van Gemeente Harderwijk op 2026-11-20' },
        { soort: 'PRODUCT', sleutel: '07N03', versie: 2, actie: 'BEEINDIGD', regios: [{ code: 'noord-veluwe' }], namens: 'vangnet', reden: verantwoording.reden, bron: 'opgave van Gemeente Harderwijk op 2026-11-20' },
        { soort: 'KENGETAL', sleutel: kengetal.id, versie: 1, actie: 'AANGEMAAKT', regios: [{ code: 'noord-veluwe' }], namens: 'gemeente-harderwijk', reden: verantwoording.reden, bron: 'opgave van Gemeente Harderwijk op 2026-11-20' },
      ],
    });
    const otherRegion = await graphql(gatewayUrl, 'query ($na: String) { voorzieningwijzigingen(na: $na, regio: "oost-veluwe") { wijzigingen { sleutel } } }', { na: cursor });
    expect(otherRegion.data.voorzieningwijzigingen.wijzigingen).toEqual([]);
  });
});
