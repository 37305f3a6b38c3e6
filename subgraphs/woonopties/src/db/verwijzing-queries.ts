import type { VerwijzingRow, VerwijzingStapRow, WoonoptiesDb } from './database.js';

export function findVerwijzingenByIds(db: WoonoptiesDb, ids: readonly string[]): Promise<VerwijzingRow[]> {
  return db.selectFrom('verwijzing').selectAll().where('id', 'in', ids).execute();
}

export function findVerwijzingenByWoonvragen(db: WoonoptiesDb, woonvraagIds: readonly string[]): Promise<VerwijzingRow[]> {
  return db.selectFrom('verwijzing').selectAll().where('woonvraagId', 'in', woonvraagIds).orderBy('id').execute();
}

export function findVerwijzingenByWoningen(db: WoonoptiesDb, woningIds: readonly string[]): Promise<VerwijzingRow[]> {
  return db.selectFrom('verwijzing').selectAll().where('woningId', 'in', woningIds).orderBy('id').execute();
}

export function findStappenByVerwijzingen(db: WoonoptiesDb, verwijzingIds: readonly string[]): Promise<VerwijzingStapRow[]> {
  return db.selectFrom('verwijzingStap').selectAll().where('verwijzingId', 'in', verwijzingIds).orderBy('op').orderBy('id').execute();
}

/** Woonvragen and woningen that already have a referral in progress are left out of new proposals. */
export async function findOpenVerwijzingen(db: WoonoptiesDb, matchingspuntId: string): Promise<Array<{ woonvraagId: string; woningId: string }>> {
  return db
    .selectFrom('verwijzing')
    .innerJoin('woning', 'woning.id', 'verwijzing.woningId')
    .select(['verwijzing.woonvraagId', 'verwijzing.woningId'])
    .where('woning.matchingspuntId', '=', matchingspuntId)
    .where('verwijzing.status', 'in', ['VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD'])
    .execute();
}
