/*
 * Where the doubts of each regions record name their fields (the seed's names, bronnen/SEED-FORMAT.md)
 * and which column holds that field, so a steward's change drops the doubt about a value it replaces
 * (lib/twijfels.ts, twijfelsNaWijziging). A field without a column (a document's `partijen`, a body's
 * `leden`) is not changed through its record, so its doubt stays.
 */
export const regioTwijfelKolommen = { naam: 'naam', centrumgemeente: 'centrumgemeenteCbs', budgethouder: 'budgethouderCbs', aantalGemeentenVolgensBron: 'aantalGemeentenVolgensBron' } as const;
export const lidmaatschapTwijfelKolommen = { cbsCode: 'cbsCode', status: 'status', domein: 'domein', vanaf: 'vanaf', toelichting: 'toelichting' } as const;
export const beleidsdocumentTwijfelKolommen = { soort: 'soort', titel: 'titel', status: 'status', geldigVan: 'geldigVan', geldigTot: 'geldigTot' } as const;
export const afspraakTwijfelKolommen = {
  soort: 'soort',
  omschrijving: 'omschrijving',
  gemeente: 'gemeenteCbs',
  percentage: 'percentage',
  bedragInCenten: 'bedragCenten',
  aantal: 'aantal',
  eenheid: 'eenheid',
  datum: 'datum',
} as const;
export const bestuursorgaanTwijfelKolommen = {
  naam: 'naam',
  soort: 'soort',
  document: 'documentId',
  voorzitter: 'voorzitter',
  vergaderfrequentie: 'vergaderfrequentie',
  minimaalPerJaar: 'minimaalPerJaar',
  taken: 'taken',
} as const;

/** The seed fields a doubt may name per record: those with a column, and the lists kept elsewhere. */
export const twijfelVelden = {
  regio: Object.keys(regioTwijfelKolommen),
  gemeenten: Object.keys(lidmaatschapTwijfelKolommen),
  documenten: [...Object.keys(beleidsdocumentTwijfelKolommen), 'partijen'],
  afspraken: Object.keys(afspraakTwijfelKolommen),
  organen: [...Object.keys(bestuursorgaanTwijfelKolommen), 'leden'],
} as const;
