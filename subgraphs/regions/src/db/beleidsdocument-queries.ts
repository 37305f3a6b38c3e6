import { geldigOp } from '../../../../lib/directory-changes.js';
import type { AfspraakRow, BeleidsdocumentRow, BronafwijkingRow, DocumentPartijRow, RegionsDb } from './database.js';

/** A document's period is when its agreements hold. */
const geldigheid = { vanaf: 'geldigVan', tot: 'geldigTot' };

export interface BeleidsdocumentFilter {
  regioCode: string | null;
  soort: string | null;
  /** Only the documents whose period holds on this day; null for every document. */
  peildatum: string | null;
}

export function findBeleidsdocumenten(db: RegionsDb, filter: BeleidsdocumentFilter): Promise<BeleidsdocumentRow[]> {
  let query = db.selectFrom('beleidsdocument').selectAll();
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.soort !== null) query = query.where('soort', '=', filter.soort);
  if (filter.peildatum !== null) query = query.where(geldigOp('beleidsdocument', filter.peildatum, geldigheid));
  return query.orderBy('regioCode').orderBy('titel').execute();
}

export function findBeleidsdocumentenByIds(db: RegionsDb, ids: readonly string[]): Promise<BeleidsdocumentRow[]> {
  return db.selectFrom('beleidsdocument').selectAll().where('id', 'in', ids).execute();
}

export function findBeleidsdocumentenByRegios(db: RegionsDb, regioCodes: readonly string[], peildatum: string | null): Promise<BeleidsdocumentRow[]> {
  return db
    .selectFrom('beleidsdocument')
    .selectAll()
    .where('regioCode', 'in', regioCodes)
    .$if(peildatum !== null, (query) => query.where(geldigOp('beleidsdocument', peildatum!, geldigheid)))
    .orderBy('titel')
    .execute();
}

export function findPartijenByDocumenten(db: RegionsDb, documentIds: readonly string[]): Promise<DocumentPartijRow[]> {
  return db.selectFrom('documentPartij').selectAll().where('documentId', 'in', documentIds).orderBy('volgorde').execute();
}

export function findAfsprakenByDocumenten(db: RegionsDb, documentIds: readonly string[]): Promise<AfspraakRow[]> {
  return db.selectFrom('afspraak').selectAll().where('documentId', 'in', documentIds).orderBy('volgorde').execute();
}

export function findAfsprakenByIds(db: RegionsDb, ids: readonly string[]): Promise<AfspraakRow[]> {
  return db.selectFrom('afspraak').selectAll().where('id', 'in', ids).execute();
}

export function findAfwijkingenByDocumenten(db: RegionsDb, documentIds: readonly string[]): Promise<BronafwijkingRow[]> {
  return db.selectFrom('bronafwijking').selectAll().where('documentId', 'in', documentIds).orderBy('volgorde').execute();
}
