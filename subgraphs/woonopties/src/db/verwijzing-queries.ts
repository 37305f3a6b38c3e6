import type { Insertable } from 'kysely';
import type { VerwijzingRow, VerwijzingStapRow, VerwijzingStapTable, VerwijzingTable, WoningRow, WoonoptiesDb, WoonvraagRow } from './database.js';

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

/** A referral with the home and the demand it joins; both exist, since the referral references them. */
export async function findVerwijzingWithWoningAndWoonvraag(
  db: WoonoptiesDb,
  id: string,
): Promise<{ verwijzing: VerwijzingRow; woning: WoningRow; vraag: WoonvraagRow } | null> {
  const verwijzing = await db.selectFrom('verwijzing').selectAll().where('id', '=', id).executeTakeFirst();
  if (!verwijzing) return null;
  const woning = await db.selectFrom('woning').selectAll().where('id', '=', verwijzing.woningId).executeTakeFirstOrThrow();
  const vraag = await db.selectFrom('woonvraag').selectAll().where('id', '=', verwijzing.woonvraagId).executeTakeFirstOrThrow();
  return { verwijzing, woning, vraag };
}

/** Open referrals of the same person or the same home, other than this one. */
export function findOtherOpenVerwijzingen(db: WoonoptiesDb, verwijzing: Pick<VerwijzingRow, 'id' | 'woonvraagId' | 'woningId'>): Promise<VerwijzingRow[]> {
  return db
    .selectFrom('verwijzing')
    .selectAll()
    .where('id', '!=', verwijzing.id)
    .where('status', 'in', ['VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD'])
    .where((eb) => eb.or([eb('woonvraagId', '=', verwijzing.woonvraagId), eb('woningId', '=', verwijzing.woningId)]))
    .execute();
}

/** The pairs among these woonvragen that already have a referral in progress. */
export function findOpenParenByWoonvragen(db: WoonoptiesDb, woonvraagIds: readonly string[]): Promise<Array<{ woonvraagId: string; woningId: string }>> {
  return db
    .selectFrom('verwijzing')
    .select(['woonvraagId', 'woningId'])
    .where('status', 'in', ['VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD'])
    .where('woonvraagId', 'in', woonvraagIds)
    .execute();
}

/**
 * Applies only while the referral still has the version that was read, so of simultaneous steps on
 * one referral exactly one takes effect; false when another got there first.
 */
export async function updateVerwijzingStatusAtVersie(db: WoonoptiesDb, verwijzing: Pick<VerwijzingRow, 'id' | 'versie'>, status: string): Promise<boolean> {
  const updated = await db
    .updateTable('verwijzing')
    .set({ status, versie: verwijzing.versie + 1 })
    .where('id', '=', verwijzing.id)
    .where('versie', '=', verwijzing.versie)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function updateVerwijzingStatus(db: WoonoptiesDb, verwijzing: Pick<VerwijzingRow, 'id' | 'versie'>, status: string): Promise<void> {
  await db.updateTable('verwijzing').set({ status, versie: verwijzing.versie + 1 }).where('id', '=', verwijzing.id).execute();
}

export async function insertVerwijzingen(db: WoonoptiesDb, verwijzingen: Insertable<VerwijzingTable>[]): Promise<void> {
  await db.insertInto('verwijzing').values(verwijzingen).execute();
}

export async function insertVerwijzingStappen(db: WoonoptiesDb, stappen: Insertable<VerwijzingStapTable>[]): Promise<void> {
  await db.insertInto('verwijzingStap').values(stappen).execute();
}
