import { sql, type Insertable } from 'kysely';
import type { Gebruiker } from '../../../../lib/auth.js';
import type { PageRequest } from '../../../../lib/pagination.js';
import type { WoonoptiesDb, WoonvraagRow, WoonvraagTable } from './database.js';
import { logToegang } from './toegangslog-queries.js';

/** Whose demand a user may see; built from the token by the access rules. */
export interface WoonvraagZicht {
  regio: string | null;
  aangemeldDoor: string | null;
}

export interface WoonvraagFilter {
  matchingspuntId: string | null;
  status: string | null;
}

function visibleWoonvragen(db: WoonoptiesDb, zicht: WoonvraagZicht, filter: WoonvraagFilter) {
  let query = db.selectFrom('woonvraag').where((eb) => {
    const alternatives = [];
    if (zicht.regio !== null) alternatives.push(eb('regioCode', '=', zicht.regio));
    if (zicht.aangemeldDoor !== null) alternatives.push(eb('aangemeldDoor', '=', zicht.aangemeldDoor));
    // No basis to see anything: match nothing rather than everything.
    return alternatives.length > 0 ? eb.or(alternatives) : sql<boolean>`1 = 0`;
  });
  if (filter.matchingspuntId !== null) query = query.where('matchingspuntId', '=', filter.matchingspuntId);
  if (filter.status !== null) query = query.where('status', '=', filter.status);
  return query;
}

export async function findWoonvraagPage(db: WoonoptiesDb, zicht: WoonvraagZicht, filter: WoonvraagFilter, page: PageRequest) {
  let query = visibleWoonvragen(db, zicht, filter).selectAll();
  if (page.after !== null) query = query.where('id', '>', page.after);
  const rows = await query.orderBy('id').limit(page.limit + 1).execute();
  return { rows: rows.slice(0, page.limit), hasNextPage: rows.length > page.limit, count: () => countWoonvragen(db, zicht, filter) };
}

async function countWoonvragen(db: WoonoptiesDb, zicht: WoonvraagZicht, filter: WoonvraagFilter): Promise<number> {
  const { total } = await visibleWoonvragen(db, zicht, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(total);
}

export function findWoonvragenByIds(db: WoonoptiesDb, ids: readonly string[]): Promise<WoonvraagRow[]> {
  return db.selectFrom('woonvraag').selectAll().where('id', 'in', ids).execute();
}

export function findWachtendeWoonvragen(db: WoonoptiesDb, matchingspuntId: string): Promise<WoonvraagRow[]> {
  return db.selectFrom('woonvraag').selectAll().where('matchingspuntId', '=', matchingspuntId).where('status', '=', 'WACHTEND').orderBy('id').execute();
}

export async function insertWoonvraag(db: WoonoptiesDb, woonvraag: Insertable<WoonvraagTable>): Promise<WoonvraagRow> {
  await db.insertInto('woonvraag').values(woonvraag).execute();
  return db.selectFrom('woonvraag').selectAll().where('id', '=', woonvraag.id).executeTakeFirstOrThrow();
}

/** The registration and its access-log entry are written together or not at all. */
export function insertAangemeldeWoonvraag(db: WoonoptiesDb, gebruiker: Gebruiker, woonvraag: Insertable<WoonvraagTable>): Promise<WoonvraagRow> {
  return db.transaction().execute(async (trx) => {
    const vraag = await insertWoonvraag(trx, woonvraag);
    await logToegang(trx, gebruiker, 'AANMELDING', [vraag.id]);
    return vraag;
  });
}

export async function updateWoonvraagStatus(db: WoonoptiesDb, woonvraagId: string, status: string): Promise<void> {
  await db.updateTable('woonvraag').set({ status }).where('id', '=', woonvraagId).execute();
}
