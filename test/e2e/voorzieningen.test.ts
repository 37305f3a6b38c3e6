import { describe, expect, inject, it } from 'vitest';
import { errorCodes, graphql } from '../harness/graphql.js';

const { gatewayUrl } = inject('hub');

describe('voorzieningen through the gateway', () => {
  it('lists the products a BW client in Oost-Veluwe may get, with category and the situational marker', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "oost-veluwe") { naam producten(categorie: "15") { code naam situationeel categorie { code naam } bron { sectie citaat } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const producten = response.data.regio.producten as any[];
    expect(producten.length).toBe(39);
    const groepLicht = producten.find((product) => product.code === '15G01');
    expect(groepLicht).toMatchObject({ naam: 'Begeleiding Groep Licht', situationeel: true, categorie: { code: '15', naam: 'Beschermd wonen' } });
    expect(groepLicht.bron.citaat).toContain('15G01');
    expect(producten.some((product) => product.situationeel === false)).toBe(true);
    expect(producten.map((product) => product.code)).toContain('15504');
  });

  it('keeps a code as printed and shows the probable reading where the scan may have misread it, and a purpose that is derived', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ basis: product(code: "15802") { code naam twijfels { veld soort waarschijnlijk afleiding bron { citaat } } }
         huur: product(code: "15504") { twijfels { soort waarschijnlijk } }
         zeker: product(code: "15S01") { twijfels { veld } }
         regio(code: "oost-veluwe") { subsidies { id twijfels { veld soort } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.basis).toEqual({
      code: '15802',
      naam: 'Respijtopvang Basis',
      twijfels: [{ veld: 'code', soort: 'ONZEKERE_LEZING', waarschijnlijk: '15S02', afleiding: expect.stringContaining('15S01'), bron: { citaat: 'Respijtopvang Thuis* 15S01' } }],
    });
    expect(response.data.huur.twijfels).toEqual([{ soort: 'ONZEKERE_LEZING', waarschijnlijk: null }]);
    expect(response.data.zeker.twijfels).toEqual([]);
    const afgeleid = response.data.regio.subsidies.filter((subsidie: { twijfels: unknown[] }) => subsidie.twijfels.length > 0);
    expect(afgeleid).toEqual([{ id: 'oost-veluwe-subsidie-12', twijfels: [{ veld: 'doel', soort: 'AFGELEID' }] }]);
  });

  it('shows each subsidy with its recipient from the partners subgraph, and totals computed from the rows next to the stated one', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "oost-veluwe") {
           subsidies { id omschrijving doel soort bedragPerJaar { centen euro } looptijdTot ontvanger { id naam soort }
                       aanvullendeBedragen { soort jaar bedrag { euro } begunstigde { naam } } }
           subsidietotalen { jaarlijks { centen } incidenteel { centen } berekend { centen euro } aantalSubsidies aantalZonderBedrag
                             vermeld { bedrag { euro } berekend { euro } verschil { centen } klopt bron { citaat } } }
         } }`,
    );
    expect(response.errors).toBeUndefined();
    const { subsidies, subsidietotalen } = response.data.regio;
    expect(subsidies).toHaveLength(16);
    for (const subsidie of subsidies) {
      expect(subsidie.ontvanger.naam.length).toBeGreaterThan(1);
      expect(subsidie.ontvanger.soort).toMatch(/^[A-Z_]+$/);
    }
    const leger = subsidies.find((subsidie: any) => subsidie.ontvanger.id === 'leger-des-heils');
    expect(leger.bedragPerJaar).toEqual({ centen: '41581100', euro: '415811.00' });
    expect(leger.aanvullendeBedragen).toContainEqual({ soort: 'INCIDENTEEL', jaar: 2021, bedrag: { euro: '52000.00' }, begunstigde: null });

    const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
    const yearly = sum(subsidies.map((s: any) => BigInt(s.bedragPerJaar?.centen ?? 0)));
    expect(BigInt(subsidietotalen.jaarlijks.centen)).toBe(yearly + 6_000_000n);
    expect(subsidietotalen.incidenteel.centen).toBe('8164000');
    expect(subsidietotalen.berekend.euro).toBe('3525599.00');
    expect(subsidietotalen.aantalSubsidies).toBe(16);
    expect(subsidietotalen.aantalZonderBedrag).toBe(1);
    expect(subsidietotalen.vermeld).toEqual([
      { bedrag: { euro: '3525599.00' }, berekend: { euro: '3525599.00' }, verschil: { centen: '0' }, klopt: true, bron: { citaat: expect.stringContaining('3.525.599') } },
    ]);
  });

  it('answers which subsidies an organisation receives, from the Partner entity', async () => {
    const response = await graphql(gatewayUrl, '{ partner(id: "omnizorg") { naam subsidies { omschrijving soort regio { naam } bedragPerJaar { euro } } } }');
    expect(response.errors).toBeUndefined();
    const { subsidies } = response.data.partner;
    expect(subsidies.length).toBe(5);
    for (const subsidie of subsidies) {
      expect(subsidie.soort).toBe('BEGROTING');
      expect(subsidie.regio.naam).toBe('Oost-Veluwe');
    }
    expect(subsidies.some((subsidie: any) => subsidie.bedragPerJaar === null)).toBe(true);
  });

  it('serves contracted capacity and its history as figures with their source', async () => {
    const response = await graphql(
      gatewayUrl,
      `{ regio(code: "noord-en-midden-limburg") {
           ingekocht: kengetallen(onderwerp: BW_PLAATSEN_INGEKOCHT) { jaar aantal eenheid aantalAanbieders eenheidAanbieders bron { citaat } }
           clienten: kengetallen(onderwerp: UNIEKE_CLIENTEN) { jaar aantal }
           blokhuis: kengetallen(onderwerp: RIJKSMIDDELEN_DAK_EN_THUISLOZEN) { aantal bedrag { euro } }
           meldingen: kengetallen(onderwerp: BEMOEIZORG_MELDINGEN) { subregio aantal minimaal maximaal }
         } }`,
    );
    expect(response.errors).toBeUndefined();
    const regio = response.data.regio;
    expect(regio.ingekocht).toEqual([
      { jaar: 2022, aantal: 258, eenheid: 'PLAATS', aantalAanbieders: 3, eenheidAanbieders: 'COMBINATIE', bron: { citaat: expect.stringContaining('258') } },
    ]);
    expect(regio.clienten.map((k: any) => k.jaar)).toEqual([2018, 2019, 2020]);
    expect(regio.blokhuis).toEqual([{ aantal: null, bedrag: { euro: '2154940.00' } }]);
    expect(regio.meldingen).toContainEqual(expect.objectContaining({ minimaal: 550, maximaal: 750, aantal: null }));
  });

  it('looks up a product by code: null when unknown, BAD_USER_INPUT when malformed', async () => {
    const known = await graphql(gatewayUrl, '{ product(code: "15G01") { naam regio { code naam } } }');
    expect(known.data.product).toEqual({ naam: 'Begeleiding Groep Licht', regio: { code: 'oost-veluwe', naam: 'Oost-Veluwe' } });
    const unknown = await graphql(gatewayUrl, '{ product(code: "02A99") { naam } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.product).toBeNull();
    for (const code of ['G01', '1', '15G012345', '15-01', '']) {
      const malformed = await graphql(gatewayUrl, 'query ($code: ID!) { product(code: $code) { naam } }', { code });
      expect(errorCodes(malformed), code).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('filters and pages the product list', async () => {
    const query = `query ($after: String, $situationeel: Boolean, $zoek: String) {
      producten(regio: "oost-veluwe", situationeel: $situationeel, zoek: $zoek, first: 10, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { code situationeel naam }
      } }`;
    const codes: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const response: { errors?: unknown; data?: any } = await graphql(gatewayUrl, query, { after });
      expect(response.errors).toBeUndefined();
      const producten: { totalCount: number; nodes: Array<{ code: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        response.data.producten;
      total = producten.totalCount;
      codes.push(...producten.nodes.map((node: any) => node.code));
      if (!producten.pageInfo.hasNextPage) break;
      after = producten.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(total);
    expect(codes).toEqual([...codes].sort());

    const situational = await graphql(gatewayUrl, query, { situationeel: true });
    expect(situational.data.producten.nodes.every((node: any) => node.situationeel)).toBe(true);
    const search = await graphql(gatewayUrl, query, { zoek: 'respijtopvang' });
    const names = search.data.producten.nodes.map((node: any) => node.naam as string);
    expect(names).toEqual(expect.arrayContaining(['Respijtopvang Basis', 'Respijtopvang Hoog']));
    for (const name of names) expect(name.toLowerCase()).toContain('respijtopvang');
  });

  it('lists the iWmo product categories from the reference list', async () => {
    const response = await graphql(gatewayUrl, '{ productcategorieen { code naam } productcategorie(code: "15") { naam producten { code } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.productcategorieen).toHaveLength(18);
    expect(response.data.productcategorie.naam).toBe('Beschermd wonen');
    expect(response.data.productcategorie.producten.length).toBe(39);
    expect(errorCodes(await graphql(gatewayUrl, '{ productcategorie(code: "1") { naam } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
