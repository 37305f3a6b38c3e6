import { describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';

const { gatewayUrl } = inject('hub');

describe('regions through the gateway', () => {
  it('lists all five regions with their municipalities and partners, across both subgraphs', async () => {
    const response = await graphql(gatewayUrl, '{ regios { code naam gemeenten { cbsCode naam } partners { naam } } }');
    expect(response.errors).toBeUndefined();
    const regios = response.data.regios as Array<{ code: string; gemeenten: Array<{ cbsCode: string }>; partners: Array<{ naam: string }> }>;
    expect(regios.map((regio) => regio.code).sort()).toEqual([
      'asten',
      'noord-en-midden-limburg',
      'noord-en-oost-gelderland',
      'noord-veluwe',
      'oost-veluwe',
    ]);
    for (const regio of regios) {
      expect(regio.gemeenten.length, regio.code).toBeGreaterThan(0);
      expect(regio.partners.length, regio.code).toBeGreaterThan(0);
      for (const gemeente of regio.gemeenten) expect(gemeente.cbsCode).toMatch(/^GM\d{4}$/);
    }
  });

  it('gives a region its municipalities with CBS codes, centrumgemeente and conditional membership', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "noord-veluwe") {
           naam centrumgemeente { cbsCode naam }
           lidmaatschappen { gemeente { cbsCode naam provincie } status toelichting bron { document citaat } }
         } }`,
    );
    expect(response.errors).toBeUndefined();
    const regio = response.data.regio;
    expect(regio.naam).toBe('Noord-Veluwe');
    expect(regio.centrumgemeente).toEqual({ cbsCode: 'GM0243', naam: 'Harderwijk' });
    const zeewolde = regio.lidmaatschappen.find((lid: any) => lid.gemeente.cbsCode === 'GM0050');
    expect(zeewolde.status).toBe('TOETREDEND');
    expect(zeewolde.gemeente.provincie).toBe('Flevoland');
    expect(zeewolde.bron.document).toBe('000_6263d190e772324a');
    const harderwijk = regio.lidmaatschappen.find((lid: any) => lid.gemeente.cbsCode === 'GM0243');
    expect(harderwijk.status).toBe('DEELNEMER');
  });

  it('records that Gennep joins Noord- en Midden-Limburg for beschermd wonen from 2022', async () => {
    const response = await graphql(gatewayUrl, '{ gemeente(cbsCode: "GM0907") { naam lidmaatschappen { regio { code } status domein vanaf } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.gemeente.lidmaatschappen).toEqual([
      { regio: { code: 'noord-en-midden-limburg' }, status: 'DEELNEMER_VOOR_DOMEIN', domein: 'BW', vanaf: '2022-01-01' },
    ]);
  });

  it('serves the Oost-Veluwe covenant agreements as data, not prose', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "oost-veluwe") {
           budgethouder { naam }
           beleidsdocumenten(soort: CONVENANT) {
             titel geldigVan partijen { naam }
             afspraken { soort percentage aantal eenheid gemeente { naam } bron { citaat } }
           } } }`,
    );
    expect(response.errors).toBeUndefined();
    const regio = response.data.regio;
    expect(regio.budgethouder.naam).toBe('Apeldoorn');
    const afspraken = regio.beleidsdocumenten.flatMap((document: any) => document.afspraken);
    const has = (predicate: (afspraak: any) => boolean) => expect(afspraken.some(predicate)).toBe(true);
    has((a) => a.soort === 'BUDGETINBRENG' && a.percentage === '85' && a.gemeente === null);
    has((a) => a.soort === 'BUDGETINBRENG' && a.percentage === '100' && a.gemeente?.naam === 'Apeldoorn');
    has((a) => a.soort === 'STEMVERHOUDING' && a.aantal === 1 && a.eenheid === 'STEM');
    has((a) => a.soort === 'OPZEGGING_UITGESLOTEN' && a.aantal === 5 && a.eenheid === 'JAAR');
    has((a) => a.soort === 'OPZEGTERMIJN' && a.aantal === 12 && a.eenheid === 'MAAND');
    has((a) => a.soort === 'VEREVENING');
    const parties = regio.beleidsdocumenten.flatMap((document: any) => document.partijen.map((partij: any) => partij.naam));
    expect(parties).toContain('Gemeente Apeldoorn');
  });

  it('keeps what the Noord-Veluwe covenant text says about its period and exposes the title that disagrees', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "noord-veluwe") { beleidsdocumenten(soort: CONVENANT) {
           titel geldigVan geldigTot
           afwijkingen { onderwerp waardeA waardeB gehanteerd toelichting bronA { citaat } bronB { citaat } }
         } } }`,
    );
    expect(response.errors).toBeUndefined();
    const [convenant] = response.data.regio.beleidsdocumenten;
    expect(convenant.titel).toContain('2024-2026');
    expect(convenant.geldigVan).toBe('2024-01-01');
    expect(convenant.geldigTot).toBe('2025-12-31');
    const looptijd = convenant.afwijkingen.find((afwijking: any) => afwijking.waardeA.includes('2026') || afwijking.waardeB?.includes('2026'));
    expect(looptijd).toBeDefined();
    expect(looptijd.toelichting.length).toBeGreaterThan(10);
  });

  it('describes governance bodies with chair, frequency and tasks', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ bestuursorganen { naam soort regio { code } voorzitter vergaderfrequentie minimaalPerJaar taken leden { naam } } }`,
    );
    expect(response.errors).toBeUndefined();
    const organen = response.data.bestuursorganen as any[];
    const kernteam = organen.find((orgaan) => orgaan.regio.code === 'asten' && orgaan.soort === 'KERNTEAM');
    expect(kernteam.minimaalPerJaar).toBe(4);
    const stuurgroep = organen.find((orgaan) => orgaan.regio.code === 'noord-veluwe' && orgaan.soort === 'STUURGROEP');
    expect(stuurgroep.voorzitter).toMatch(/wethouder/i);
    const stamtafel = organen.find((orgaan) => orgaan.soort === 'STAMTAFEL');
    expect(stamtafel.regio.code).toBe('noord-en-oost-gelderland');
    expect(stamtafel.taken.length).toBeGreaterThan(0);
  });

  it('states how many municipalities Noord- en Oost-Gelderland has when the source does not name them all', async () => {
    const response = await graphql(gatewayUrl, '{ regio(code: "noord-en-oost-gelderland") { aantalGemeentenVolgensBron gemeenten { naam } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.regio.aantalGemeentenVolgensBron).toBe(22);
    expect(response.data.regio.gemeenten.length).toBeLessThan(22);
  });

  it('answers null for an unknown region code and an unknown municipality', async () => {
    const response = await graphql(gatewayUrl, '{ regio(code: "atlantis") { naam } gemeente(cbsCode: "GM9999") { naam } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ regio: null, gemeente: null });
  });

  it('refuses a malformed CBS code with BAD_USER_INPUT', async () => {
    const response = await graphql(gatewayUrl, '{ gemeente(cbsCode: "0243") { naam } }');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('GM');
    expect(response.data?.gemeente ?? null).toBeNull();
  });

  it('refuses a malformed region code with BAD_USER_INPUT', async () => {
    const response = await graphql(gatewayUrl, '{ regio(code: "Noord Veluwe!") { naam } }');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('traces every region back to its source document', async () => {
    const response = await graphql(gatewayUrl, '{ regios { code bron { document documentTitel citaat } } }');
    expect(response.errors).toBeUndefined();
    for (const regio of response.data.regios) {
      expect(regio.bron.document).toMatch(/^\d{3}_[0-9a-f]{16}$|^referentie-/);
      expect(regio.bron.documentTitel.length).toBeGreaterThan(5);
    }
  });
});
