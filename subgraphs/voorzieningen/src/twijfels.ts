/** Where a product's and a subsidy's doubts name their fields (the seed's names) and where the row keeps them. */
export const productTwijfelKolommen = { naam: 'naam', categorie: 'categorieCode', situationeel: 'situationeel', codeInBron: 'codeInBron', toelichting: 'toelichting' } as const;
export const subsidieTwijfelKolommen = {
  ontvanger: 'ontvangerId',
  omschrijving: 'omschrijving',
  doel: 'doel',
  soort: 'soort',
  bedragPerJaarInCenten: 'bedragPerJaarCenten',
  looptijdTot: 'looptijdTot',
  looptijdInBron: 'looptijdInBron',
  toelichting: 'toelichting',
} as const;
