/** Where a partner's and a role's doubts name their fields (the seed's names) and where the row keeps them. */
export const partnerTwijfelKolommen = { naam: 'naam', naamInBron: 'naamInBron', soort: 'soort', gemeente: 'gemeenteCbs' } as const;
export const rolTwijfelKolommen = { partner: 'partnerId', regio: 'regioCode', rol: 'rol', toelichting: 'toelichting' } as const;
