import type { GemeenteRow, RegionsDb } from './database.js';

export function findGemeentenByCbsCodes(db: RegionsDb, cbsCodes: readonly string[]): Promise<GemeenteRow[]> {
  return db.selectFrom('gemeente').selectAll().where('cbsCode', 'in', cbsCodes).execute();
}

export function findGemeenten(db: RegionsDb, filter: { provincie: string | null }): Promise<GemeenteRow[]> {
  let query = db.selectFrom('gemeente').selectAll();
  if (filter.provincie !== null) query = query.where('provincie', '=', filter.provincie);
  return query.orderBy('naam').execute();
}
