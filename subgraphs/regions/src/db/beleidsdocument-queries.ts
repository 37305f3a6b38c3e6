import type { AfspraakRow, BeleidsdocumentRow, BronafwijkingRow, DocumentPartijRow, RegionsDb } from './database.js';

export interface BeleidsdocumentFilter {
  regioCode: string | null;
  soort: string | null;
}

export function findBeleidsdocumenten(db: RegionsDb, filter: BeleidsdocumentFilter): Promise<BeleidsdocumentRow[]> {
  let query = db.selectFrom('beleidsdocument').selectAll();
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.soort !== null) query = query.where('soort', '=', filter.soort);
  return query.orderBy('regioCode').orderBy('titel').execute();
}

export function findBeleidsdocumentenByIds(db: RegionsDb, ids: readonly string[]): Promise<BeleidsdocumentRow[]> {
  return db.selectFrom('beleidsdocument').selectAll().where('id', 'in', ids).execute();
}

export function findBeleidsdocumentenByRegios(db: RegionsDb, regioCodes: readonly string[]): Promise<BeleidsdocumentRow[]> {
  return db.selectFrom('beleidsdocument').selectAll().where('regioCode', 'in', regioCodes).orderBy('titel').execute();
}

export function findPartijenByDocumenten(db: RegionsDb, documentIds: readonly string[]): Promise<DocumentPartijRow[]> {
  return db.selectFrom('documentPartij').selectAll().where('documentId', 'in', documentIds).orderBy('volgorde').execute();
}

export function findAfsprakenByDocumenten(db: RegionsDb, documentIds: readonly string[]): Promise<AfspraakRow[]> {
  return db.selectFrom('afspraak').selectAll().where('documentId', 'in', documentIds).orderBy('volgorde').execute();
}

export function findAfwijkingenByDocumenten(db: RegionsDb, documentIds: readonly string[]): Promise<BronafwijkingRow[]> {
  return db.selectFrom('bronafwijking').selectAll().where('documentId', 'in', documentIds).orderBy('volgorde').execute();
}
