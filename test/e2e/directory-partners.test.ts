import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { directoryActors } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');

// Every test works on organisations it creates itself, so the seeded directory that other test
// files read stays as the seed files say.
let stewardNv: Record<string, string>;
let stewardOv: Record<string, string>;
let hubSteward: Record<string, string>;
let transferpunt: Record<string, string>;

beforeAll(async () => {
  ({ stewardNv, stewardOv, hubSteward, transferpunt } = await directoryActors());
});

const verantwoording = { reden: 'Nieuwe partner volgens het regionaal overleg', bron: { opgaveVan: 'Gemeente Harderwijk', opgaveOp: '2026-11-20' } };

const maak = `mutation ($organisatie: OrganisatieInvoer!, $rollen: [RolInvoer!]!, $verantwoording: VerantwoordingInvoer!, $bevestigNieuw: Boolean) {
  maakOrganisatie(organisatie: $organisatie, rollen: $rollen, verantwoording: $verantwoording, bevestigNieuw: $bevestigNieuw) {
    ok weigering { code bericht } gelijkende { id naam }
    partner { id naam versie kvkNummer rollen { id rol vanaf tot versie regio { code } } }
  }
}`;

const beeindig = `mutation ($id: ID!, $versie: Int!, $tot: String!, $verantwoording: VerantwoordingInvoer!) {
  beeindigRol(id: $id, versie: $versie, tot: $tot, verantwoording: $verantwoording) { ok weigering { code bericht } rol { id tot versie } }
}`;

const wijzig = `mutation ($id: ID!, $versie: Int!, $organisatie: OrganisatieInvoer!, $verantwoording: VerantwoordingInvoer!) {
  wijzigOrganisatie(id: $id, versie: $versie, organisatie: $organisatie, verantwoording: $verantwoording) { ok weigering { code bericht } partner { id naam versie website } }
}`;

interface Gemaakt {
  id: string;
  versie: number;
  rollen: Array<{ id: string; rol: string; vanaf: string | null; tot: string | null; versie: number; regio: { code: string } }>;
}

async function maakOrganisatie(naam: string, rollen: unknown[], headers: Record<string, string>, extra: Record<string, unknown> = {}): Promise<Gemaakt> {
  const response = await graphql(gatewayUrl, maak, { organisatie: { naam, soort: 'WELZIJN', ...extra }, rollen, verantwoording, bevestigNieuw: true }, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data.maakOrganisatie.weigering).toBeNull();
  return response.data.maakOrganisatie.partner as Gemaakt;
}

async function ketenpartnersOp(peildatum: string): Promise<string[]> {
  const response = await graphql(gatewayUrl, 'query ($p: String) { regio(code: "noord-veluwe") { partners(rol: KETENPARTNER, peildatum: $p) { id } } }', { p: peildatum });
  expect(response.errors).toBeUndefined();
  return (response.data.regio.partners as Array<{ id: string }>).map((partner) => partner.id);
}

describe('the partner directory, kept by its stewards', () => {
  it('lets a region steward add an organisation with a role in their region, visible through the gateway in the next request', async () => {
    const partner = await maakOrganisatie('Buurtkracht Ermelo', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER', vanaf: '2026-01-01' }], stewardNv, { kvkNummer: '1234 5678', website: 'https://buurtkracht.example.nl' });
    expect(partner.versie).toBe(1);
    expect(partner.rollen).toMatchObject([{ rol: 'KETENPARTNER', vanaf: '2026-01-01', tot: null, regio: { code: 'noord-veluwe' } }]);
    const found = await graphql(gatewayUrl, 'query ($id: ID!) { partner(id: $id) { naam kvkNummer website regios { code naam } } }', { id: partner.id });
    expect(found.data.partner).toEqual({ naam: 'Buurtkracht Ermelo', kvkNummer: '12345678', website: 'https://buurtkracht.example.nl/', regios: [{ code: 'noord-veluwe', naam: 'Noord-Veluwe' }] });
  });

  it('refuses a steward a change in another region, and anyone without a steward\'s role any change', async () => {
    const eigen = await maakOrganisatie('Wijkteam Nunspeet Test', [{ regio: 'noord-veluwe', rol: 'NETWERKPARTNER' }], stewardNv);
    const otherRegion = await graphql(gatewayUrl, maak, { organisatie: { naam: 'Iets in Oost', soort: 'WELZIJN' }, rollen: [{ regio: 'oost-veluwe', rol: 'KETENPARTNER' }], verantwoording }, stewardNv);
    expect(errorCodes(otherRegion)).toEqual(['FORBIDDEN']);
    const editOther = await graphql(gatewayUrl, wijzig, { id: eigen.id, versie: eigen.versie, organisatie: { naam: 'Overgenomen', soort: 'WELZIJN' }, verantwoording }, stewardOv);
    expect(errorCodes(editOther)).toEqual(['FORBIDDEN']);
    const anonymous = await graphql(gatewayUrl, wijzig, { id: eigen.id, versie: eigen.versie, organisatie: { naam: 'Anoniem', soort: 'WELZIJN' }, verantwoording });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const woonopties = await graphql(gatewayUrl, wijzig, { id: eigen.id, versie: eigen.versie, organisatie: { naam: 'Transferpunt', soort: 'WELZIJN' }, verantwoording }, transferpunt);
    expect(errorCodes(woonopties)).toEqual(['FORBIDDEN']);
    const unchanged = await graphql(gatewayUrl, 'query ($id: ID!) { partner(id: $id) { naam versie } }', { id: eigen.id });
    expect(unchanged.data.partner).toEqual({ naam: 'Wijkteam Nunspeet Test', versie: 1 });
  });

  it('refuses an edit on a stale version in plain Dutch and changes nothing', async () => {
    const partner = await maakOrganisatie('Stichting Versietest', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], stewardNv);
    const first = await graphql(gatewayUrl, wijzig, { id: partner.id, versie: 1, organisatie: { naam: 'Stichting Versietest', soort: 'WELZIJN', website: 'https://eerste.example.nl' }, verantwoording }, stewardNv);
    expect(first.data.wijzigOrganisatie).toMatchObject({ ok: true, partner: { versie: 2 } });
    const stale = await graphql(gatewayUrl, wijzig, { id: partner.id, versie: 1, organisatie: { naam: 'Stichting Versietest', soort: 'WELZIJN', website: 'https://tweede.example.nl' }, verantwoording }, hubSteward);
    expect(stale.data.wijzigOrganisatie.ok).toBe(false);
    expect(stale.data.wijzigOrganisatie.weigering.code).toBe('VERSIE_VEROUDERD');
    expect(stale.data.wijzigOrganisatie.weigering.bericht).toMatch(/Laad het opnieuw/);
    const after = await graphql(gatewayUrl, 'query ($id: ID!) { partner(id: $id) { versie website } }', { id: partner.id });
    expect(after.data.partner).toEqual({ versie: 2, website: 'https://eerste.example.nl/' });
  });

  it('answers "as of" a date with that day\'s list, before and after a role is ended', async () => {
    const partner = await maakOrganisatie('Peildatum Zorg', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER', vanaf: '2024-01-01' }], stewardNv);
    expect(await ketenpartnersOp('2023-12-31')).not.toContain(partner.id);
    expect(await ketenpartnersOp('2024-06-01')).toContain(partner.id);
    expect(await ketenpartnersOp('2025-07-01')).toContain(partner.id);
    const rol = partner.rollen[0]!;
    const ended = await graphql(gatewayUrl, beeindig, { id: rol.id, versie: rol.versie, tot: '2025-06-30', verantwoording }, stewardNv);
    expect(ended.data.beeindigRol).toMatchObject({ ok: true, rol: { tot: '2025-06-30', versie: 2 } });
    expect(await ketenpartnersOp('2024-06-01')).toContain(partner.id);
    expect(await ketenpartnersOp('2025-06-30')).toContain(partner.id);
    expect(await ketenpartnersOp('2025-07-01')).not.toContain(partner.id);
    const again = await graphql(gatewayUrl, beeindig, { id: rol.id, versie: 2, tot: '2025-12-31', verantwoording }, stewardNv);
    expect(again.data.beeindigRol.weigering.code).toBe('AL_BEEINDIGD');
  });

  it('keeps every change in the history: who (for stewards), when, why, on which source, and what changed', async () => {
    const partner = await maakOrganisatie('Geschiedenis Welzijn', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], stewardNv);
    await graphql(gatewayUrl, wijzig, { id: partner.id, versie: 1, organisatie: { naam: 'Geschiedenis Welzijn', soort: 'WELZIJN', telefoon: '0341 123 456' }, verantwoording: { reden: 'Telefoonnummer op de website', bron: { document: 'https://geschiedenis.example.nl/contact' } } }, hubSteward);
    const query = 'query ($id: ID!) { partner(id: $id) { geschiedenis { versie actie op door namens reden bron { document } wijzigingen { veld oud nieuw } } } }';
    const asSteward = await graphql(gatewayUrl, query, { id: partner.id }, stewardNv);
    const history = asSteward.data.partner.geschiedenis as Array<Record<string, unknown>>;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ versie: 1, actie: 'AANGEMAAKT', door: 'beheerder-nv', namens: 'gemeente-harderwijk', reden: verantwoording.reden, bron: { document: 'opgave van Gemeente Harderwijk op 2026-11-20' } });
    expect(history[1]).toMatchObject({ versie: 2, actie: 'GEWIJZIGD', door: 'hubbeheerder', namens: 'vangnet', reden: 'Telefoonnummer op de website', bron: { document: 'https://geschiedenis.example.nl/contact' }, wijzigingen: [{ veld: 'telefoon', oud: null, nieuw: '0341123456' }] });
    expect(Date.parse(history[1]!.op as string)).toBeGreaterThanOrEqual(Date.parse(history[0]!.op as string));
    const anonymous = await graphql(gatewayUrl, query, { id: partner.id });
    expect((anonymous.data.partner.geschiedenis as Array<{ door: string | null; namens: string }>).map((entry) => [entry.door, entry.namens])).toEqual([
      [null, 'gemeente-harderwijk'],
      [null, 'vangnet'],
    ]);
  });

  it('warns before adding an organisation that looks like an existing one, and adds it only when confirmed', async () => {
    const existing = await graphql(gatewayUrl, '{ gelijkendeOrganisaties(naam: "iriszorg b.v.") { id naam } }');
    expect(existing.data.gelijkendeOrganisaties).toEqual([{ id: 'iriszorg', naam: 'IrisZorg' }]);
    const warned = await graphql(gatewayUrl, maak, { organisatie: { naam: 'Stichting Iriszorg', soort: 'VERSLAVINGSZORG' }, rollen: [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], verantwoording }, stewardNv);
    expect(warned.data.maakOrganisatie).toMatchObject({ ok: false, partner: null, weigering: { code: 'LIJKT_OP_BESTAANDE' }, gelijkende: [{ id: 'iriszorg' }] });
    const withKvk = await maakOrganisatie('KvK Eerste', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], stewardNv, { kvkNummer: '87654321' });
    const sameKvk = await graphql(gatewayUrl, maak, { organisatie: { naam: 'Heel Andere Naam', soort: 'WELZIJN', kvkNummer: '87654321' }, rollen: [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], verantwoording, bevestigNieuw: true }, stewardNv);
    expect(sameKvk.data.maakOrganisatie).toMatchObject({ ok: false, weigering: { code: 'KVK_AL_IN_GEBRUIK' }, gelijkende: [{ id: withKvk.id }] });
    const badKvk = await graphql(gatewayUrl, maak, { organisatie: { naam: 'Foute KvK', soort: 'WELZIJN', kvkNummer: '1234' }, rollen: [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], verantwoording }, stewardNv);
    expect(errorCodes(badKvk)).toEqual(['BAD_USER_INPUT']);
  });

  it('merges two organisations: the old id resolves to the one that remains, which takes over its roles', async () => {
    const blijft = await maakOrganisatie('Samen Sterk Harderwijk', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], stewardNv);
    const vervalt = await maakOrganisatie('Samen Sterk Hdw', [{ regio: 'noord-veluwe', rol: 'SLEUTELPARTNER' }], stewardNv);
    const merge = await graphql(
      gatewayUrl,
      'mutation ($b: ID!, $v: ID!, $verantwoording: VerantwoordingInvoer!) { voegOrganisatiesSamen(blijft: $b, blijftVersie: 1, vervalt: $v, vervaltVersie: 1, verantwoording: $verantwoording) { ok weigering { code } partner { id } } }',
      { b: blijft.id, v: vervalt.id, verantwoording },
      stewardNv,
    );
    expect(merge.data.voegOrganisatiesSamen).toEqual({ ok: true, weigering: null, partner: { id: blijft.id } });
    const old = await graphql(gatewayUrl, 'query ($id: ID!) { partner(id: $id) { id naam rollen(regio: "noord-veluwe") { rol } } }', { id: vervalt.id });
    expect(old.data.partner.id).toBe(blijft.id);
    expect(old.data.partner.rollen.map((rol: { rol: string }) => rol.rol).sort()).toEqual(['KETENPARTNER', 'SLEUTELPARTNER']);
    const search = await graphql(gatewayUrl, '{ partners(zoek: "samen sterk", first: 10) { nodes { id } } }');
    expect(search.data.partners.nodes).toEqual([{ id: blijft.id }]);
  });

  it('publishes every change in a feed that a consumer reads on from its cursor', async () => {
    const start = await graphql(gatewayUrl, '{ partnerwijzigingen(regio: "noord-veluwe", first: 100) { cursor heeftMeer } }');
    let cursor = start.data.partnerwijzigingen.cursor as string;
    for (let more = start.data.partnerwijzigingen.heeftMeer as boolean; more; ) {
      const page = await graphql(gatewayUrl, 'query ($na: String) { partnerwijzigingen(na: $na, regio: "noord-veluwe", first: 100) { cursor heeftMeer } }', { na: cursor });
      cursor = page.data.partnerwijzigingen.cursor;
      more = page.data.partnerwijzigingen.heeftMeer;
    }
    const partner = await maakOrganisatie('Feed Welzijn', [{ regio: 'noord-veluwe', rol: 'KETENPARTNER' }], stewardNv);
    const next = await graphql(gatewayUrl, 'query ($na: String) { partnerwijzigingen(na: $na, regio: "noord-veluwe") { wijzigingen { soort sleutel versie actie regios { code } namens reden } heeftMeer } }', { na: cursor });
    expect(next.data.partnerwijzigingen.wijzigingen).toEqual([
      { soort: 'PARTNER', sleutel: partner.id, versie: 1, actie: 'AANGEMAAKT', regios: [{ code: 'noord-veluwe' }], namens: 'gemeente-harderwijk', reden: verantwoording.reden },
      { soort: 'PARTNERROL', sleutel: partner.rollen[0]!.id, versie: 1, actie: 'AANGEMAAKT', regios: [{ code: 'noord-veluwe' }], namens: 'gemeente-harderwijk', reden: verantwoording.reden },
    ]);
  });
});
