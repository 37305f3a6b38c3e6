import type { Insertable } from 'kysely';
import type { PageRequest } from '../../../../lib/pagination.js';
import type { WoningRow, WoningTable, WoonoptiesDb } from './database.js';

/** What a user may see of the supply; built from the token by the access rules, never by the client. */
export interface WoningZicht {
  /** Regions whose whole supply is visible (Transferpunt staff). */
  alleVanRegio: string | null;
  /** Organisation whose own supply is visible in every status. */
  eigenAanbieder: string | null;
}

export interface WoningFilter {
  matchingspuntId: string | null;
  /** One provider's homes (an organisation id); still only those the requester may see. */
  aanbiederId: string | null;
  gemeenteCbs: string | null;
  soort: string | null;
  status: string | null;
}

function visibleWoningen(db: WoonoptiesDb, zicht: WoningZicht, filter: WoningFilter) {
  let query = db.selectFrom('woning').where((eb) => {
    const published = eb.and([eb('gepubliceerd', '=', 1), eb('status', '=', 'BESCHIKBAAR')]);
    const alternatives = [published];
    if (zicht.alleVanRegio !== null) alternatives.push(eb('regioCode', '=', zicht.alleVanRegio));
    if (zicht.eigenAanbieder !== null) alternatives.push(eb('aanbiederId', '=', zicht.eigenAanbieder));
    return eb.or(alternatives);
  });
  if (filter.matchingspuntId !== null) query = query.where('matchingspuntId', '=', filter.matchingspuntId);
  if (filter.aanbiederId !== null) query = query.where('aanbiederId', '=', filter.aanbiederId);
  if (filter.gemeenteCbs !== null) query = query.where('gemeenteCbs', '=', filter.gemeenteCbs);
  if (filter.soort !== null) query = query.where('soort', '=', filter.soort);
  if (filter.status !== null) query = query.where('status', '=', filter.status);
  return query;
}

export async function findWoningPage(db: WoonoptiesDb, zicht: WoningZicht, filter: WoningFilter, page: PageRequest) {
  let query = visibleWoningen(db, zicht, filter).selectAll();
  if (page.after !== null) query = query.where('id', '>', page.after);
  const rows = await query.orderBy('id').limit(page.limit + 1).execute();
  return { rows: rows.slice(0, page.limit), hasNextPage: rows.length > page.limit, count: () => countWoningen(db, zicht, filter) };
}

async function countWoningen(db: WoonoptiesDb, zicht: WoningZicht, filter: WoningFilter): Promise<number> {
  const { total } = await visibleWoningen(db, zicht, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(total);
}

export function findWoningenByIds(db: WoonoptiesDb, ids: readonly string[]): Promise<WoningRow[]> {
  return db.selectFrom('woning').selectAll().where('id', 'in', ids).execute();
}

export function findBeschikbareWoningen(db: WoonoptiesDb, matchingspuntId: string): Promise<WoningRow[]> {
  return db.selectFrom('woning').selectAll().where('matchingspuntId', '=', matchingspuntId).where('status', '=', 'BESCHIKBAAR').orderBy('id').execute();
}

export async function insertWoning(db: WoonoptiesDb, woning: Insertable<WoningTable>): Promise<WoningRow> {
  await db.insertInto('woning').values(woning).execute();
  return db.selectFrom('woning').selectAll().where('id', '=', woning.id).executeTakeFirstOrThrow();
}

export async function updateWoningStatus(db: WoonoptiesDb, woningId: string, status: string): Promise<void> {
  await db.updateTable('woning').set({ status }).where('id', '=', woningId).execute();
}

/** Only from the status given, so a home that something else has moved on is left as it is; false when it was not in that status. */
export async function updateWoningStatusFrom(db: WoonoptiesDb, woningId: string, van: string, naar: string): Promise<boolean> {
  const updated = await db.updateTable('woning').set({ status: naar }).where('id', '=', woningId).where('status', '=', van).executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
