import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { directoryActors } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');

// Every test works on documents, bodies and memberships it creates itself, so the seeded directory
// that other test files read stays as the seed files say: the documents are of a kind (OVERIG)
// that they do not list, and the memberships join municipalities around Asten, which no region
// has, to Noord-Veluwe.
let stewardNv: Record<string, string>;
let stewardOv: Record<string, string>;
let hubSteward: Record<string, string>;
let transferpunt: Record<string, string>;

beforeAll(async () => {
  ({ stewardNv, stewardOv, hubSteward, transferpunt } = await directoryActors());
});

const verantwoording = { reden: 'Vastgesteld in het regionaal overleg', bron: { opgaveVan: 'Gemeente Harderwijk', opgaveOp: '2026-11-20' } };

const maakDocument = `mutation ($regio: ID!, $document: BeleidsdocumentInvoer!, $verantwoording: VerantwoordingInvoer!) {
  maakBeleidsdocument(regio: $regio, document: $document, verantwoording: $verantwoording) {
    ok weigering { code bericht } beleidsdocument { id titel versie geldigVan geldigTot regio { code } }
  }
}`;

const wijzigDocument = `mutation ($id: ID!, $versie: Int!, $document: BeleidsdocumentWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
  wijzigBeleidsdocument(id: $id, versie: $versie, document: $document, verantwoording: $verantwoording) {
    ok weigering { code bericht } beleidsdocument { id titel status versie geldigVan geldigTot }
  }
}`;

const voegLidToe = `mutation ($regio: ID!, $lidmaatschap: LidmaatschapInvoer!, $verantwoording: VerantwoordingInvoer!) {
  voegLidmaatschapToe(regio: $regio, lidmaatschap: $lidmaatschap, verantwoording: $verantwoording) {
    ok weigering { code bericht } lidmaatschap { id versie status vanaf tot gemeente { cbsCode } regio { code } }
  }
}`;

const beeindigLid = `mutation ($id: ID!, $versie: Int!, $tot: String!, $verantwoording: VerantwoordingInvoer!) {
  beeindigLidmaatschap(id: $id, versie: $versie, tot: $tot, verantwoording: $verantwoording) { ok weigering { code bericht } lidmaatschap { id tot versie } }
}`;

interface Document {
  id: string;
  titel: string;
  versie: number;
}

async function maakBeleidsdocument(regio: string, document: Record<string, unknown>, headers: Record<string, string>): Promise<Document> {
  const response = await graphql(gatewayUrl, maakDocument, { regio, document: { soort: 'OVERIG', ...document }, verantwoording }, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data.maakBeleidsdocument.weigering).toBeNull();
  return response.data.maakBeleidsdocument.beleidsdocument as Document;
}

async function gemeentenVanNoordVeluweOp(peildatum?: string): Promise<string[]> {
  const response = await graphql(gatewayUrl, 'query ($p: String) { regio(code: "noord-veluwe") { gemeenten(peildatum: $p) { cbsCode } } }', { p: peildatum });
  expect(response.errors).toBeUndefined();
  return (response.data.regio.gemeenten as Array<{ cbsCode: string }>).map((gemeente) => gemeente.cbsCode);
}

describe('the regions directory, kept by its stewards', () => {
  it('gives every seeded record its first version, recorded from the source files', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "noord-veluwe") {
           lidmaatschappen { id versie tot geschiedenis { versie actie door reden bron { document } } }
           beleidsdocumenten(soort: CONVENANT) { versie afspraken { versie } }
           bestuursorganen(soort: REGIEGROEP) { versie orgaanleden { versie partner { id } } }
         } }`,
    );
    expect(response.errors).toBeUndefined();
    const regio = response.data.regio;
    const zeewolde = regio.lidmaatschappen.find((lid: { id: string }) => lid.id === 'noord-veluwe|GM0050');
    expect(zeewolde).toMatchObject({ versie: 1, tot: null, geschiedenis: [{ versie: 1, actie: 'AANGEMAAKT', door: 'bronbestanden', bron: { document: '000_6263d190e772324a' } }] });
    expect(regio.beleidsdocumenten[0].versie).toBe(1);
    expect(regio.beleidsdocumenten[0].afspraken.length).toBeGreaterThan(0);
    expect(regio.bestuursorganen[0].orgaanleden.length).toBeGreaterThan(0);
  });

  it('lets a region steward add a document with an agreement to their region, visible through the gateway in the next request', async () => {
    const document = await maakBeleidsdocument('noord-veluwe', { titel: 'Convenant Beschermd Thuis Noord-Veluwe 2027', geldigVan: '2027-01-01', geldigTot: '2030-12-31' }, stewardNv);
    expect(document).toMatchObject({ id: 'noord-veluwe-convenant-beschermd-thuis-noord-veluwe-2027', versie: 1 });
    const added = await graphql(
      gatewayUrl,
      `mutation ($document: ID!, $afspraak: AfspraakInvoer!, $verantwoording: VerantwoordingInvoer!) {
         voegAfspraakToe(document: $document, afspraak: $afspraak, verantwoording: $verantwoording) { ok weigering { code } afspraak { id versie soort percentage bedrag { centen euro } gemeente { naam } } }
       }`,
      { document: document.id, afspraak: { soort: 'BUDGETINBRENG', omschrijving: 'Harderwijk brengt 40% van het budget in', gemeente: 'GM0243', percentage: '40', bedragInCenten: '123456789' }, verantwoording },
      stewardNv,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data.voegAfspraakToe).toMatchObject({ ok: true, afspraak: { versie: 1, soort: 'BUDGETINBRENG', percentage: '40', bedrag: { centen: '123456789', euro: '1234567.89' }, gemeente: { naam: 'Harderwijk' } } });
    const read = await graphql(gatewayUrl, 'query ($id: ID!) { beleidsdocument(id: $id) { titel geldigVan regio { naam } afspraken { omschrijving } bron { document } } }', { id: document.id });
    expect(read.data.beleidsdocument).toEqual({
      titel: 'Convenant Beschermd Thuis Noord-Veluwe 2027',
      geldigVan: '2027-01-01',
      regio: { naam: 'Noord-Veluwe' },
      afspraken: [{ omschrijving: 'Harderwijk brengt 40% van het budget in' }],
      bron: { document: 'opgave van Gemeente Harderwijk op 2026-11-20' },
    });
  });

  it("refuses a steward a change in another region, and anyone without a steward's role any change", async () => {
    const eigen = await maakBeleidsdocument('noord-veluwe', { titel: 'Regiovisie Toegang Test' }, stewardNv);
    const otherRegion = await graphql(gatewayUrl, maakDocument, { regio: 'oost-veluwe', document: { soort: 'VISIE', titel: 'Iets in Oost' }, verantwoording }, stewardNv);
    expect(errorCodes(otherRegion)).toEqual(['FORBIDDEN']);
    const edit = (headers: Record<string, string>) => graphql(gatewayUrl, wijzigDocument, { id: eigen.id, versie: eigen.versie, document: { titel: 'Overgenomen' }, verantwoording }, headers);
    expect(errorCodes(await edit(stewardOv))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await edit({}))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await edit(transferpunt))).toEqual(['FORBIDDEN']);
    const addMember = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM1659', status: 'DEELNEMER' }, verantwoording });
    expect(errorCodes(addMember)).toEqual(['UNAUTHENTICATED']);
    const unchanged = await graphql(gatewayUrl, 'query ($id: ID!) { beleidsdocument(id: $id) { titel versie } }', { id: eigen.id });
    expect(unchanged.data.beleidsdocument).toEqual({ titel: 'Regiovisie Toegang Test', versie: 1 });
    expect(await gemeentenVanNoordVeluweOp()).not.toContain('GM1659');
  });

  it('refuses an edit on a stale version in plain Dutch and changes nothing', async () => {
    const document = await maakBeleidsdocument('noord-veluwe', { titel: 'Convenant Versietest' }, stewardNv);
    const first = await graphql(gatewayUrl, wijzigDocument, { id: document.id, versie: 1, document: { status: 'CONCEPT' }, verantwoording }, stewardNv);
    expect(first.data.wijzigBeleidsdocument).toMatchObject({ ok: true, beleidsdocument: { versie: 2, status: 'CONCEPT', titel: 'Convenant Versietest' } });
    const stale = await graphql(gatewayUrl, wijzigDocument, { id: document.id, versie: 1, document: { titel: 'Convenant Versietest (tweede)' }, verantwoording }, hubSteward);
    expect(stale.data.wijzigBeleidsdocument).toMatchObject({ ok: false, beleidsdocument: null, weigering: { code: 'VERSIE_VEROUDERD' } });
    expect(stale.data.wijzigBeleidsdocument.weigering.bericht).toMatch(/Laad het opnieuw/);
    const after = await graphql(gatewayUrl, 'query ($id: ID!) { beleidsdocument(id: $id) { titel status versie geschiedenis { versie } } }', { id: document.id });
    expect(after.data.beleidsdocument).toEqual({ titel: 'Convenant Versietest', status: 'CONCEPT', versie: 2, geschiedenis: [{ versie: 1 }, { versie: 2 }] });
  });

  it("answers \"as of\" a date: a municipality that leaves the region is a member up to its last day, and not after", async () => {
    const added = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM0847', status: 'DEELNEMER', vanaf: '2024-01-01' }, verantwoording }, stewardNv);
    expect(added.data.voegLidmaatschapToe).toMatchObject({ ok: true, lidmaatschap: { versie: 1, vanaf: '2024-01-01', tot: null, gemeente: { cbsCode: 'GM0847' }, regio: { code: 'noord-veluwe' } } });
    const lid = added.data.voegLidmaatschapToe.lidmaatschap as { id: string; versie: number };
    expect(await gemeentenVanNoordVeluweOp('2023-12-31')).not.toContain('GM0847');
    expect(await gemeentenVanNoordVeluweOp('2025-07-01')).toContain('GM0847');
    const ended = await graphql(gatewayUrl, beeindigLid, { id: lid.id, versie: lid.versie, tot: '2025-06-30', verantwoording }, stewardNv);
    expect(ended.data.beeindigLidmaatschap).toMatchObject({ ok: true, lidmaatschap: { tot: '2025-06-30', versie: 2 } });
    expect(await gemeentenVanNoordVeluweOp('2024-06-01')).toContain('GM0847');
    expect(await gemeentenVanNoordVeluweOp('2025-06-30')).toContain('GM0847');
    expect(await gemeentenVanNoordVeluweOp('2025-07-01')).not.toContain('GM0847');
    expect(await gemeentenVanNoordVeluweOp()).not.toContain('GM0847');
    const someren = await graphql(gatewayUrl, '{ gemeente(cbsCode: "GM0847") { nu: lidmaatschappen { id } toen: lidmaatschappen(peildatum: "2025-01-01") { id tot } } }');
    expect(someren.data.gemeente).toEqual({ nu: [], toen: [{ id: lid.id, tot: '2025-06-30' }] });
    const again = await graphql(gatewayUrl, beeindigLid, { id: lid.id, versie: 2, tot: '2025-12-31', verantwoording }, stewardNv);
    expect(again.data.beeindigLidmaatschap.weigering.code).toBe('AL_BEEINDIGD');
    const rejoin = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM0847', status: 'DEELNEMER', vanaf: '2025-01-01' }, verantwoording }, stewardNv);
    expect(rejoin.data.voegLidmaatschapToe.weigering.code).toBe('BESTAAT_AL');
  });

  it('checks what a steward enters: malformed values are BAD_USER_INPUT, a period that ends before it starts is refused', async () => {
    const unknown = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM9999', status: 'DEELNEMER' }, verantwoording }, stewardNv);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions?.argumentName).toBe('lidmaatschap.gemeente');
    const badDate = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM0762', status: 'DEELNEMER', vanaf: '1 januari 2025' }, verantwoording }, stewardNv);
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'lidmaatschap.vanaf' });
    const noDomain = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM0762', status: 'DEELNEMER_VOOR_DOMEIN' }, verantwoording }, stewardNv);
    expect(noDomain.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'lidmaatschap.domein' });
    const noSource = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM0762', status: 'DEELNEMER' }, verantwoording: { reden: 'Zomaar', bron: {} } }, stewardNv);
    expect(noSource.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'bron' });
    const backwards = await graphql(gatewayUrl, voegLidToe, { regio: 'noord-veluwe', lidmaatschap: { gemeente: 'GM0762', status: 'DEELNEMER', vanaf: '2026-01-01', tot: '2025-12-31' }, verantwoording }, stewardNv);
    expect(backwards.data.voegLidmaatschapToe).toMatchObject({ ok: false, lidmaatschap: null, weigering: { code: 'ONGELDIGE_PERIODE' } });
    const document = await maakBeleidsdocument('noord-veluwe', { titel: 'Convenant Periodetest', geldigVan: '2027-01-01' }, stewardNv);
    const endsEarly = await graphql(gatewayUrl, wijzigDocument, { id: document.id, versie: 1, document: { geldigTot: '2026-12-31' }, verantwoording }, stewardNv);
    expect(endsEarly.data.wijzigBeleidsdocument.weigering.code).toBe('ONGELDIGE_PERIODE');
    expect(await gemeentenVanNoordVeluweOp('2026-06-01')).not.toContain('GM0762');
  });

  it('keeps every change in the history: who (for stewards), when, why, on which source, and what changed', async () => {
    const document = await maakBeleidsdocument('noord-veluwe', { titel: 'Regiovisie Geschiedenis', geldigVan: '2027-01-01' }, stewardNv);
    const changed = await graphql(
      gatewayUrl,
      wijzigDocument,
      { id: document.id, versie: 1, document: { geldigTot: '2030-12-31' }, verantwoording: { reden: 'Looptijd verlengd', bron: { document: 'Besluit regiegroep 12 november 2026', sectie: 'punt 4' } } },
      hubSteward,
    );
    expect(changed.data.wijzigBeleidsdocument.ok).toBe(true);
    const query = 'query ($id: ID!) { beleidsdocument(id: $id) { geschiedenis { versie actie op door namens reden bron { document sectie } wijzigingen { veld oud nieuw } } } }';
    const asSteward = await graphql(gatewayUrl, query, { id: document.id }, stewardOv);
    const history = asSteward.data.beleidsdocument.geschiedenis as Array<Record<string, any>>;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ versie: 1, actie: 'AANGEMAAKT', door: 'beheerder-nv', namens: 'gemeente-harderwijk', reden: verantwoording.reden, bron: { document: 'opgave van Gemeente Harderwijk op 2026-11-20' } });
    expect(history[0]!.wijzigingen).toContainEqual({ veld: 'titel', oud: null, nieuw: 'Regiovisie Geschiedenis' });
    expect(history[1]).toMatchObject({
      versie: 2,
      actie: 'GEWIJZIGD',
      door: 'hubbeheerder',
      namens: 'vangnet',
      reden: 'Looptijd verlengd',
      bron: { document: 'Besluit regiegroep 12 november 2026', sectie: 'punt 4' },
      wijzigingen: [{ veld: 'geldigTot', oud: null, nieuw: '2030-12-31' }],
    });
    expect(Date.parse(history[1]!.op)).toBeGreaterThanOrEqual(Date.parse(history[0]!.op));
    const anonymous = await graphql(gatewayUrl, query, { id: document.id });
    expect((anonymous.data.beleidsdocument.geschiedenis as Array<{ door: string | null; namens: string }>).map((entry) => [entry.door, entry.namens])).toEqual([
      [null, 'gemeente-harderwijk'],
      [null, 'vangnet'],
    ]);
  });

  it('changes and withdraws an agreement: a withdrawn one leaves its document and keeps its history', async () => {
    const document = await maakBeleidsdocument('noord-veluwe', { titel: 'Convenant Afsprakentest' }, stewardNv);
    const afspraakVelden = 'ok weigering { code } afspraak { id versie omschrijving aantal eenheid geschiedenis { actie wijzigingen { veld oud nieuw } } }';
    const added = await graphql(
      gatewayUrl,
      `mutation ($document: ID!, $afspraak: AfspraakInvoer!, $verantwoording: VerantwoordingInvoer!) { voegAfspraakToe(document: $document, afspraak: $afspraak, verantwoording: $verantwoording) { ${afspraakVelden} } }`,
      { document: document.id, afspraak: { soort: 'OPZEGTERMIJN', omschrijving: 'Opzeggen kan met een termijn van zes maanden', aantal: 6, eenheid: 'MAAND' }, verantwoording },
      stewardNv,
    );
    const afspraak = added.data.voegAfspraakToe.afspraak as { id: string; versie: number };
    const changed = await graphql(
      gatewayUrl,
      `mutation ($id: ID!, $afspraak: AfspraakInvoer!, $verantwoording: VerantwoordingInvoer!) { wijzigAfspraak(id: $id, versie: 1, afspraak: $afspraak, verantwoording: $verantwoording) { ${afspraakVelden} } }`,
      { id: afspraak.id, afspraak: { soort: 'OPZEGTERMIJN', omschrijving: 'Opzeggen kan met een termijn van twaalf maanden', aantal: 12, eenheid: 'MAAND' }, verantwoording },
      stewardNv,
    );
    expect(changed.data.wijzigAfspraak).toMatchObject({ ok: true, afspraak: { versie: 2, aantal: 12 } });
    expect(changed.data.wijzigAfspraak.afspraak.geschiedenis[1].wijzigingen).toEqual([
      { veld: 'omschrijving', oud: 'Opzeggen kan met een termijn van zes maanden', nieuw: 'Opzeggen kan met een termijn van twaalf maanden' },
      { veld: 'aantal', oud: '6', nieuw: '12' },
    ]);
    const withdraw = `mutation ($id: ID!, $versie: Int!, $verantwoording: VerantwoordingInvoer!) { trekAfspraakIn(id: $id, versie: $versie, verantwoording: $verantwoording) { ${afspraakVelden} } }`;
    const withdrawn = await graphql(gatewayUrl, withdraw, { id: afspraak.id, versie: 2, verantwoording }, stewardNv);
    expect(withdrawn.data.trekAfspraakIn).toMatchObject({ ok: true, afspraak: { versie: 3, geschiedenis: [{ actie: 'AANGEMAAKT' }, { actie: 'GEWIJZIGD' }, { actie: 'INGETROKKEN' }] } });
    const read = await graphql(gatewayUrl, 'query ($id: ID!) { beleidsdocument(id: $id) { afspraken { id } } }', { id: document.id });
    expect(read.data.beleidsdocument.afspraken).toEqual([]);
    const twice = await graphql(gatewayUrl, withdraw, { id: afspraak.id, versie: 3, verantwoording }, stewardNv);
    expect(twice.data.trekAfspraakIn.weigering.code).toBe('BESTAAT_NIET');
  });

  it('keeps governance bodies and their members over time: an ended member and an ended body drop out of later days', async () => {
    const made = await graphql(
      gatewayUrl,
      `mutation ($orgaan: BestuursorgaanInvoer!, $verantwoording: VerantwoordingInvoer!) {
         maakBestuursorgaan(regio: "noord-veluwe", orgaan: $orgaan, verantwoording: $verantwoording) { ok weigering { code } bestuursorgaan { id versie naam taken vanaf beleidsdocument { id } } }
       }`,
      { orgaan: { naam: 'Werkgroep Uitstroom Test', soort: 'WERKGROEP', beleidsdocument: 'noord-veluwe-convenant-mz-2024', taken: ['Volgt de uitstroom uit de opvang'], vanaf: '2025-01-01' }, verantwoording },
      stewardNv,
    );
    expect(made.data.maakBestuursorgaan).toMatchObject({ ok: true, bestuursorgaan: { versie: 1, taken: ['Volgt de uitstroom uit de opvang'], vanaf: '2025-01-01', beleidsdocument: { id: 'noord-veluwe-convenant-mz-2024' } } });
    const orgaan = made.data.maakBestuursorgaan.bestuursorgaan as { id: string };
    const member = await graphql(
      gatewayUrl,
      `mutation ($orgaan: ID!, $lid: OrgaanlidInvoer!, $verantwoording: VerantwoordingInvoer!) { voegOrgaanlidToe(orgaan: $orgaan, lid: $lid, verantwoording: $verantwoording) { ok weigering { code } orgaanlid { id versie partner { id naam } } } }`,
      { orgaan: orgaan.id, lid: { partner: 'iriszorg', vanaf: '2025-01-01' }, verantwoording },
      stewardNv,
    );
    expect(member.data.voegOrgaanlidToe).toMatchObject({ ok: true, orgaanlid: { versie: 1, partner: { id: 'iriszorg', naam: 'IrisZorg' } } });
    const lid = member.data.voegOrgaanlidToe.orgaanlid as { id: string };
    const endMember = await graphql(
      gatewayUrl,
      'mutation ($id: ID!, $verantwoording: VerantwoordingInvoer!) { beeindigOrgaanlid(id: $id, versie: 1, tot: "2025-12-31", verantwoording: $verantwoording) { ok orgaanlid { tot versie } } }',
      { id: lid.id, verantwoording },
      stewardNv,
    );
    expect(endMember.data.beeindigOrgaanlid).toEqual({ ok: true, orgaanlid: { tot: '2025-12-31', versie: 2 } });
    const leden = 'query ($p: String) { bestuursorganen(regio: "noord-veluwe", soort: WERKGROEP, peildatum: $p) { id leden(peildatum: $p) { id } } }';
    const during = await graphql(gatewayUrl, leden, { p: '2025-06-01' });
    expect(during.data.bestuursorganen).toContainEqual({ id: orgaan.id, leden: [{ id: 'iriszorg' }] });
    const later = await graphql(gatewayUrl, leden, { p: '2026-06-01' });
    expect(later.data.bestuursorganen).toContainEqual({ id: orgaan.id, leden: [] });
    const endBody = await graphql(
      gatewayUrl,
      'mutation ($id: ID!, $tot: String!, $verantwoording: VerantwoordingInvoer!) { beeindigBestuursorgaan(id: $id, versie: 1, tot: $tot, verantwoording: $verantwoording) { ok weigering { code } bestuursorgaan { tot versie } } }',
      { id: orgaan.id, tot: '2024-12-31', verantwoording },
      stewardNv,
    );
    expect(endBody.data.beeindigBestuursorgaan.weigering.code).toBe('ONGELDIGE_PERIODE');
    const ended = await graphql(
      gatewayUrl,
      'mutation ($id: ID!, $tot: String!, $verantwoording: VerantwoordingInvoer!) { beeindigBestuursorgaan(id: $id, versie: 1, tot: $tot, verantwoording: $verantwoording) { ok weigering { code } bestuursorgaan { tot versie } } }',
      { id: orgaan.id, tot: '2026-06-30', verantwoording },
      stewardNv,
    );
    expect(ended.data.beeindigBestuursorgaan).toEqual({ ok: true, weigering: null, bestuursorgaan: { tot: '2026-06-30', versie: 2 } });
    const now = await graphql(gatewayUrl, '{ regio(code: "noord-veluwe") { bestuursorganen { id } toen: bestuursorganen(peildatum: "2026-01-01") { id } } }');
    expect(now.data.regio.bestuursorganen).not.toContainEqual({ id: orgaan.id });
    expect(now.data.regio.toen).toContainEqual({ id: orgaan.id });
  });

  it('shows what a source does not prove as twijfels, and drops the doubt about a field a steward changes', async () => {
    const twijfels = 'twijfels { veld soort waarschijnlijk afleiding bron { document sectie citaat } }';
    const response = await graphql(
      gatewayUrl,
      `{ nog: regio(code: "noord-en-oost-gelderland") { ${twijfels} lidmaatschappen { gemeente { cbsCode } ${twijfels} } }
         ov: regio(code: "oost-veluwe") { ${twijfels} }
         nv: regio(code: "noord-veluwe") { beleidsdocumenten(soort: CONVENANT) { ${twijfels} } bestuursorganen(soort: REGIEGROEP) { ${twijfels} } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { nog, ov, nv } = response.data;
    expect(nog.twijfels).toEqual([]);
    const elburg = nog.lidmaatschappen.find((lid: { gemeente: { cbsCode: string } }) => lid.gemeente.cbsCode === 'GM0230');
    expect(elburg.twijfels).toEqual([
      {
        veld: 'cbsCode',
        soort: 'AFGELEID',
        waarschijnlijk: null,
        afleiding: expect.stringContaining('is een afleiding'),
        bron: { document: '000_6263d190e772324a', sectie: 'Werkgebied', citaat: expect.stringContaining('voor de gemeenten Elburg, Ermelo, Harderwijk') },
      },
    ]);
    expect(nog.lidmaatschappen.every((lid: { twijfels: unknown[] }) => lid.twijfels.length === 1)).toBe(true);
    expect(ov.twijfels).toMatchObject([{ veld: 'centrumgemeente', soort: 'AFGELEID', bron: { sectie: 'In overweging nemende dat' } }]);
    expect(nv.beleidsdocumenten[0].twijfels).toMatchObject([{ veld: 'partijen', bron: { citaat: expect.stringContaining('Gemeente Zeewolde') } }]);
    expect(nv.bestuursorganen[0].twijfels).toMatchObject([{ veld: 'leden', soort: 'AFGELEID' }]);

    // Venlo's toelichting, which no other test reads: the steward's own text rests on the steward's bron.
    const lidmaatschappen = `query ($regio: ID!) { regio(code: $regio) { lidmaatschappen { id versie gemeente { cbsCode } toelichting ${twijfels} } } }`;
    const venloVan = async () => {
      const nml = await graphql(gatewayUrl, lidmaatschappen, { regio: 'noord-en-midden-limburg' });
      expect(nml.errors).toBeUndefined();
      return nml.data.regio.lidmaatschappen.find((lid: { gemeente: { cbsCode: string } }) => lid.gemeente.cbsCode === 'GM0983');
    };
    const venlo = await venloVan();
    expect(venlo.twijfels).toMatchObject([{ veld: 'toelichting', soort: 'AFGELEID', bron: { sectie: '1.2 MAATSCHAPPELIJKE OPVANG', citaat: expect.stringContaining('Noord-Limburg (Venlo)') } }]);
    const status = await graphql(
      gatewayUrl,
      `mutation ($id: ID!, $versie: Int!, $verantwoording: VerantwoordingInvoer!) {
         wijzigLidmaatschap(id: $id, versie: $versie, lidmaatschap: { status: DEELNEMER }, verantwoording: $verantwoording) { ok lidmaatschap { versie ${twijfels} } }
       }`,
      { id: venlo.id, versie: venlo.versie, verantwoording },
      hubSteward,
    );
    expect(status.errors).toBeUndefined();
    expect(status.data.wijzigLidmaatschap.lidmaatschap.twijfels).toEqual(venlo.twijfels);
    const toelichting = await graphql(
      gatewayUrl,
      `mutation ($id: ID!, $versie: Int!, $verantwoording: VerantwoordingInvoer!) {
         wijzigLidmaatschap(id: $id, versie: $versie, lidmaatschap: { toelichting: "Centrumgemeente; subregio Noord-Limburg volgens de gemeente zelf" }, verantwoording: $verantwoording) { ok lidmaatschap { versie } }
       }`,
      { id: venlo.id, versie: status.data.wijzigLidmaatschap.lidmaatschap.versie, verantwoording },
      hubSteward,
    );
    expect(toelichting.data.wijzigLidmaatschap.ok).toBe(true);
    expect(await venloVan()).toMatchObject({ toelichting: 'Centrumgemeente; subregio Noord-Limburg volgens de gemeente zelf', twijfels: [] });
  });

  it('publishes every change in a feed that a consumer reads on from its cursor', async () => {
    const start = await graphql(gatewayUrl, '{ regiowijzigingen(regio: "noord-veluwe", first: 100) { cursor heeftMeer } }');
    let cursor = start.data.regiowijzigingen.cursor as string;
    for (let more = start.data.regiowijzigingen.heeftMeer as boolean; more; ) {
      const page = await graphql(gatewayUrl, 'query ($na: String) { regiowijzigingen(na: $na, regio: "noord-veluwe", first: 100) { cursor heeftMeer } }', { na: cursor });
      cursor = page.data.regiowijzigingen.cursor;
      more = page.data.regiowijzigingen.heeftMeer;
    }
    const document = await maakBeleidsdocument('noord-veluwe', { titel: 'Convenant Feedtest' }, stewardNv);
    await graphql(gatewayUrl, wijzigDocument, { id: document.id, versie: 1, document: { status: 'VASTGESTELD' }, verantwoording }, stewardNv);
    await maakBeleidsdocument('oost-veluwe', { titel: 'Convenant Feedtest Oost' }, stewardOv);
    const next = await graphql(gatewayUrl, 'query ($na: String) { regiowijzigingen(na: $na, regio: "noord-veluwe") { wijzigingen { soort sleutel versie actie regios { code naam } namens reden bron } heeftMeer } }', { na: cursor });
    expect(next.data.regiowijzigingen).toEqual({
      wijzigingen: [
        { soort: 'BELEIDSDOCUMENT', sleutel: document.id, versie: 1, actie: 'AANGEMAAKT', regios: [{ code: 'noord-veluwe', naam: 'Noord-Veluwe' }], namens: 'gemeente-harderwijk', reden: verantwoording.reden, bron: 'opgave van Gemeente Harderwijk op 2026-11-20' },
        { soort: 'BELEIDSDOCUMENT', sleutel: document.id, versie: 2, actie: 'GEWIJZIGD', regios: [{ code: 'noord-veluwe', naam: 'Noord-Veluwe' }], namens: 'gemeente-harderwijk', reden: verantwoording.reden, bron: 'opgave van Gemeente Harderwijk op 2026-11-20' },
      ],
      heeftMeer: false,
    });
    const bad = await graphql(gatewayUrl, '{ regiowijzigingen(na: "geen-cursor") { cursor } }');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
