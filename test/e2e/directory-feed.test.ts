import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');

let steward: Record<string, string>;
beforeAll(async () => {
  steward = bearer(await tokenVoor({ id: 'beheerder-nv', rollen: ['REGIOBEHEERDER'], regio: 'noord-veluwe', organisatie: 'gemeente-harderwijk' }));
});

const verantwoording = { reden: 'Test van de wijzigingenstroom', bron: { opgaveVan: 'Gemeente Harderwijk', opgaveOp: '2026-11-30' } };

const feedQuery = `query ($na: String) {
  directorywijzigingen(na: $na) {
    cursor heeftMeer
    regios { wijzigingen { soort sleutel actie } }
    partners { wijzigingen { soort sleutel actie } }
    voorzieningen { wijzigingen { soort sleutel actie } }
  }
}`;

interface Pagina {
  cursor: string;
  heeftMeer: boolean;
  regios: { wijzigingen: Array<{ soort: string; sleutel: string; actie: string }> };
  partners: { wijzigingen: Array<{ soort: string; sleutel: string; actie: string }> };
  voorzieningen: { wijzigingen: Array<{ soort: string; sleutel: string; actie: string }> };
}

async function page(na: string | null): Promise<Pagina> {
  const response = await graphql(gatewayUrl, feedQuery, { na });
  expect(response.errors).toBeUndefined();
  return response.data.directorywijzigingen as Pagina;
}

/** Reads the whole feed from a cursor on, page by page, as a consuming system does. */
async function readOn(cursor: string | null): Promise<{ cursor: string; sleutels: string[] }> {
  const sleutels: string[] = [];
  let current = cursor;
  for (let pages = 0; pages < 200; pages++) {
    const next = await page(current);
    sleutels.push(...[next.regios, next.partners, next.voorzieningen].flatMap((deel) => deel.wijzigingen.map((wijziging) => `${wijziging.soort}:${wijziging.sleutel}`)));
    current = next.cursor;
    if (!next.heeftMeer) return { cursor: current, sleutels };
  }
  throw new Error('the feed did not end within 200 pages');
}

describe('the directory\'s change feed across its subgraphs', () => {
  it('gives a consumer every change of regions, partners and voorzieningen once, from the cursor it last saw', async () => {
    const start = await readOn(null);
    // The seed itself is the first versions, so a new hub's feed already holds every seeded record.
    expect(start.sleutels.some((sleutel) => sleutel.startsWith('PARTNER:'))).toBe(true);
    expect(start.sleutels.some((sleutel) => sleutel.startsWith('LIDMAATSCHAP:'))).toBe(true);
    expect(start.sleutels.some((sleutel) => sleutel.startsWith('PRODUCT:'))).toBe(true);

    const partner = await graphql(
      gatewayUrl,
      'mutation ($v: VerantwoordingInvoer!) { maakOrganisatie(organisatie: { naam: "Feedtest Organisatie", soort: WELZIJN }, rollen: [{ regio: "noord-veluwe", rol: NETWERKPARTNER }], verantwoording: $v, bevestigNieuw: true) { partner { id } } }',
      { v: verantwoording },
      steward,
    );
    const orgaan = await graphql(
      gatewayUrl,
      'mutation ($v: VerantwoordingInvoer!) { maakBestuursorgaan(regio: "noord-veluwe", orgaan: { naam: "Feedtest Werkgroep", soort: WERKGROEP }, verantwoording: $v) { bestuursorgaan { id } } }',
      { v: verantwoording },
      steward,
    );
    const kengetal = await graphql(
      gatewayUrl,
      'mutation ($v: VerantwoordingInvoer!) { voegKengetalToe(regio: "noord-veluwe", kengetal: { onderwerp: AANBIEDERS, omschrijving: "Feedtest", aantal: 2, eenheid: ZORGAANBIEDER }, verantwoording: $v) { kengetal { id } } }',
      { v: verantwoording },
      steward,
    );
    for (const response of [partner, orgaan, kengetal]) expect(response.errors).toBeUndefined();

    const next = await readOn(start.cursor);
    expect(next.sleutels).toContain(`PARTNER:${partner.data.maakOrganisatie.partner.id}`);
    expect(next.sleutels).toContain(`BESTUURSORGAAN:${orgaan.data.maakBestuursorgaan.bestuursorgaan.id}`);
    expect(next.sleutels).toContain(`KENGETAL:${kengetal.data.voegKengetalToe.kengetal.id}`);
    expect(next.sleutels.filter((sleutel) => start.sleutels.includes(sleutel) && sleutel.startsWith('PRODUCT:'))).toEqual([]);

    const after = await readOn(next.cursor);
    expect(after.sleutels).not.toContain(`PARTNER:${partner.data.maakOrganisatie.partner.id}`);
  });

  it('lists one region\'s changes by stewards only, and names who made them to stewards alone', async () => {
    const response = await graphql(
      gatewayUrl,
      'mutation ($v: VerantwoordingInvoer!) { maakOrganisatie(organisatie: { naam: "Feedtest Wie", soort: WELZIJN }, rollen: [{ regio: "noord-veluwe", rol: NETWERKPARTNER }], verantwoording: $v, bevestigNieuw: true) { partner { id } } }',
      { v: verantwoording },
      steward,
    );
    const id = response.data.maakOrganisatie.partner.id as string;
    const query = `{
      partnerwijzigingen(regio: "noord-veluwe", vanBeheerders: true, first: 100) { wijzigingen { sleutel door reden } }
      regiowijzigingen(regio: "noord-veluwe", vanBeheerders: true, first: 100) { wijzigingen { door } }
      voorzieningwijzigingen(regio: "noord-veluwe", vanBeheerders: true, first: 100) { wijzigingen { door } }
      alles: partnerwijzigingen(regio: "noord-veluwe", first: 5) { wijzigingen { door } }
    }`;
    const asSteward = await graphql(gatewayUrl, query, undefined, steward);
    expect(asSteward.errors).toBeUndefined();
    const lines = [asSteward.data.partnerwijzigingen, asSteward.data.regiowijzigingen, asSteward.data.voorzieningwijzigingen].flatMap((pagina) => pagina.wijzigingen as Array<{ door: string }>);
    // No seed lines: every line is a steward's, and this steward's new organisation is among them.
    expect(lines.every((line) => line.door !== 'bronbestanden')).toBe(true);
    expect(asSteward.data.partnerwijzigingen.wijzigingen).toContainEqual({ sleutel: id, door: 'beheerder-nv', reden: verantwoording.reden });
    expect(asSteward.data.alles.wijzigingen[0].door).toBe('bronbestanden');

    const anonymous = await graphql(gatewayUrl, query);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.partnerwijzigingen.wijzigingen.find((line: { sleutel: string }) => line.sleutel === id)).toEqual({ sleutel: id, door: null, reden: verantwoording.reden });
    expect(anonymous.data.alles.wijzigingen.every((line: { door: string | null }) => line.door === null)).toBe(true);
  });

  it('tells a steward who the hub sees in the token', async () => {
    const response = await graphql(gatewayUrl, '{ ik { id rollen regio { code } } }', undefined, steward);
    expect(response.errors).toBeUndefined();
    expect(response.data.ik).toEqual({ id: 'beheerder-nv', rollen: ['REGIOBEHEERDER'], regio: { code: 'noord-veluwe' } });
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await graphql(gatewayUrl, feedQuery, { na: 'niet-van-ons' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
