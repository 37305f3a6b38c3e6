import type { BestuursorgaanRow, OrgaanLidRow, RegionsDb } from './database.js';

export interface BestuursorgaanFilter {
  regioCode: string | null;
  soort: string | null;
}

export function findBestuursorganen(db: RegionsDb, filter: BestuursorgaanFilter): Promise<BestuursorgaanRow[]> {
  let query = db.selectFrom('bestuursorgaan').selectAll();
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.soort !== null) query = query.where('soort', '=', filter.soort);
  return query.orderBy('regioCode').orderBy('naam').execute();
}

export function findBestuursorganenByRegios(db: RegionsDb, regioCodes: readonly string[]): Promise<BestuursorgaanRow[]> {
  return db.selectFrom('bestuursorgaan').selectAll().where('regioCode', 'in', regioCodes).orderBy('naam').execute();
}

export function findLedenByOrganen(db: RegionsDb, orgaanIds: readonly string[]): Promise<OrgaanLidRow[]> {
  return db.selectFrom('orgaanLid').selectAll().where('orgaanId', 'in', orgaanIds).orderBy('volgorde').execute();
}
