import type { LidmaatschapRow, RegioRow, RegionsDb } from './database.js';

export function findAllRegios(db: RegionsDb): Promise<RegioRow[]> {
  return db.selectFrom('regio').selectAll().orderBy('naam').execute();
}

export function findRegiosByCodes(db: RegionsDb, codes: readonly string[]): Promise<RegioRow[]> {
  return db.selectFrom('regio').selectAll().where('code', 'in', codes).execute();
}

/** Memberships ordered by the municipality's name, so lists read alphabetically. */
export function findLidmaatschappenByRegios(db: RegionsDb, regioCodes: readonly string[]): Promise<LidmaatschapRow[]> {
  return db
    .selectFrom('lidmaatschap')
    .innerJoin('gemeente', 'gemeente.cbsCode', 'lidmaatschap.cbsCode')
    .selectAll('lidmaatschap')
    .where('lidmaatschap.regioCode', 'in', regioCodes)
    .orderBy('gemeente.naam')
    .execute();
}

export function findLidmaatschappenByGemeenten(db: RegionsDb, cbsCodes: readonly string[]): Promise<LidmaatschapRow[]> {
  return db
    .selectFrom('lidmaatschap')
    .innerJoin('regio', 'regio.code', 'lidmaatschap.regioCode')
    .selectAll('lidmaatschap')
    .where('lidmaatschap.cbsCode', 'in', cbsCodes)
    .orderBy('regio.naam')
    .execute();
}
