import { geldigOp } from '../../../../lib/directory-changes.js';
import type { BestuursorgaanRow, OrgaanLidRow, RegionsDb } from './database.js';

export interface BestuursorgaanFilter {
  regioCode: string | null;
  soort: string | null;
  /** The bodies that existed on this day. */
  peildatum: string;
}

export function findBestuursorganen(db: RegionsDb, filter: BestuursorgaanFilter): Promise<BestuursorgaanRow[]> {
  let query = db.selectFrom('bestuursorgaan').selectAll().where(geldigOp('bestuursorgaan', filter.peildatum));
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.soort !== null) query = query.where('soort', '=', filter.soort);
  return query.orderBy('regioCode').orderBy('naam').execute();
}

export function findBestuursorganenByIds(db: RegionsDb, ids: readonly string[]): Promise<BestuursorgaanRow[]> {
  return db.selectFrom('bestuursorgaan').selectAll().where('id', 'in', ids).execute();
}

export function findBestuursorganenByRegios(db: RegionsDb, regioCodes: readonly string[], peildatum: string): Promise<BestuursorgaanRow[]> {
  return db.selectFrom('bestuursorgaan').selectAll().where('regioCode', 'in', regioCodes).where(geldigOp('bestuursorgaan', peildatum)).orderBy('naam').execute();
}

/** The members of these bodies on `peildatum`, or every one in its latest version (ended ones too) when it is null. */
export function findOrgaanledenByOrganen(db: RegionsDb, orgaanIds: readonly string[], peildatum: string | null): Promise<OrgaanLidRow[]> {
  return db
    .selectFrom('orgaanLid')
    .selectAll()
    .where('orgaanId', 'in', orgaanIds)
    .$if(peildatum !== null, (query) => query.where(geldigOp('orgaanLid', peildatum!)))
    .orderBy('volgorde')
    .execute();
}

export function findOrgaanledenByIds(db: RegionsDb, ids: readonly string[]): Promise<OrgaanLidRow[]> {
  return db.selectFrom('orgaanLid').selectAll().where('id', 'in', ids).execute();
}
