/**
 * The front-end queries the README documents ("Example queries"), as the benchmarks send them:
 * fixed documents that vary only in their variables, as front-ends send them. Literal values in the
 * document would measure the gateway's plan cache filling up, not the hub.
 */
export const REGIO_CODES = ['noord-veluwe', 'oost-veluwe', 'asten', 'noord-en-oost-gelderland', 'noord-en-midden-limburg'];
export const WERKLIJST_REGIO = 'noord-en-midden-limburg';
export const MATCHINGSPUNT = 'transferpunt-noord-limburg';

export type WorkloadName = 'regio-pagina' | 'partner-zoeken' | 'producten' | 'werklijst';
export const WORKLOAD_NAMES: WorkloadName[] = ['regio-pagina', 'partner-zoeken', 'producten', 'werklijst'];

// The front-end documents of README.md ("Example queries"), with the region page widened to every
// subgraph: regions and partners as in the README, voorzieningen's totals and woonopties' points.
export const regioPagina = `query RegioPagina($code: ID!) {
  regio(code: $code) {
    naam
    budgethouder { cbsCode naam }
    lidmaatschappen { gemeente { naam } status domein vanaf toelichting }
    beleidsdocumenten(soort: CONVENANT) {
      titel geldigVan geldigTot
      partijen { naam soort }
      afspraken { soort omschrijving percentage aantal eenheid gemeente { naam } bron { sectie citaat } }
      afwijkingen { onderwerp waardeA waardeB gehanteerd toelichting }
    }
    bestuursorganen { naam soort voorzitter vergaderfrequentie taken }
    ketenpartners: partners(rol: KETENPARTNER) { naam soort }
    subsidietotalen { jaarlijks { euro } incidenteel { euro } berekend { euro } }
    kengetallen { onderwerp jaar aantal }
  }
  matchingspunten(regio: $code) { naam statistiek { wachtendeWoonvragen beschikbareWoningen lopendeVerwijzingen gehuisvest } }
}`;

export const partnerZoeken = `query PartnerZoeken($zoek: String, $regio: ID, $rol: PartnerRol, $after: String) {
  partners(zoek: $zoek, regio: $regio, rol: $rol, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id naam soort regios { naam } rollen { rol regio { code } toelichting } }
  }
}`;

export const productenLijst = `query Producten($code: ID!, $after: String) {
  regio(code: $code) {
    producten(categorie: "15") { code naam situationeel }
    subsidies { omschrijving doel soort bedragPerJaar { euro } looptijdTot ontvanger { naam soort }
                aanvullendeBedragen { soort jaar bedrag { euro } begunstigde { naam } } }
    subsidietotalen { jaarlijks { euro } incidenteel { euro } berekend { euro }
                      vermeld { bedrag { euro } verschil { euro } klopt } }
  }
  nml: regio(code: "noord-en-midden-limburg") {
    kengetallen(onderwerp: BW_PLAATSEN_INGEKOCHT) { jaar aantal aantalAanbieders eenheidAanbieders bron { citaat } }
  }
  product(code: "15G01") { naam categorie { naam } regio { naam } }
  partner(id: "omnizorg") { subsidies { omschrijving bedragPerJaar { euro } } }
  producten(regio: $code, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code naam categorie { naam } } }
}`;

export const werklijst = `query Werklijst {
  ik { rollen regio { naam } organisatie { naam } }
  woonvragen(matchingspunt: "${MATCHINGSPUNT}", status: WACHTEND, first: 25) {
    totalCount
    nodes { id referentie herkomst huishoudgrootte urgentie aangemeldOp maxHuur { euro }
            aangemeldDoor { naam } gewensteGemeenten { naam } verwijzingen { status woning { id } } }
  }
  woningen(matchingspunt: "${MATCHINGSPUNT}", first: 25) { totalCount nodes { id wijk soort kamers huur { euro } gemeente { naam } aanbieder { naam } } }
}`;

export const PARTNER_ZOEKTERMEN = ['zorg', 'heerenloo', 'wonen', 'gemeente', 'leger', 'politie', 'ggz', 'welzijn', 'reclassering', 'stichting'];
export const PARTNER_ROLLEN = [null, 'KETENPARTNER'];
