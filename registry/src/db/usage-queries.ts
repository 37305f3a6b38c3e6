import { sql } from 'kysely';
import type { GebruikTable, RegistryDb } from './database.js';

export type UsageRow = Pick<GebruikTable, 'uur' | 'clientNaam' | 'clientVersie' | 'coordinaat' | 'aantal'>;

export interface UsageSummary {
  clientNaam: string;
  clientVersie: string;
  coordinaat: string;
  aantal: number;
  /** The hour of the last use. */
  laatste: string;
}

/** Which coordinates to look up: exact ones, and every coordinate of a type (`Type.` as prefix). */
export interface CoordinateSelection {
  exact: string[];
  prefixes: string[];
}

// 5 columns a row: far below the bound parameters SQLite and PostgreSQL take in one statement.
const rowsPerStatement = 500;

/**
 * Adds a batch's counts once: the batch id is written in the same transaction as the counts, so a
 * batch sent again (its answer was lost) finds its id and adds nothing. Returns false for such a batch.
 */
export async function mergeUsageBatch(db: RegistryDb, batchId: string, rows: UsageRow[], ontvangen: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('gebruikBatch')
      .values({ id: batchId, ontvangen, rijen: rows.length })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    for (let start = 0; start < rows.length; start += rowsPerStatement) {
      await trx
        .insertInto('gebruik')
        .values(rows.slice(start, start + rowsPerStatement))
        .onConflict((conflict) =>
          conflict.columns(['uur', 'clientNaam', 'clientVersie', 'coordinaat']).doUpdateSet((eb) => ({ aantal: eb('gebruik.aantal', '+', eb.ref('excluded.aantal')) })),
        )
        .execute();
    }
    return true;
  });
}

/** Use per client version and coordinate since an hour (inclusive), most used first. */
export async function findUsageSince(db: RegistryDb, sinds: string, selection: CoordinateSelection | null): Promise<UsageSummary[]> {
  if (selection && selection.exact.length === 0 && selection.prefixes.length === 0) return [];
  let query = db
    .selectFrom('gebruik')
    .select(['clientNaam', 'clientVersie', 'coordinaat'])
    .select((eb) => [eb.fn.sum<number>('aantal').as('aantal'), eb.fn.max('uur').as('laatste')])
    .where('uur', '>=', sinds);
  if (selection) {
    query = query.where((eb) =>
      eb.or([
        ...(selection.exact.length > 0 ? [eb('coordinaat', 'in', selection.exact)] : []),
        // Type names are letters, digits and _ only, so a prefix holds no LIKE wildcard but _, escaped here.
        ...selection.prefixes.map((prefix) => eb('coordinaat', 'like', sql<string>`${`${prefix.replaceAll('_', '\\_')}%`} escape '\\'`)),
      ]),
    );
  }
  const rows = await query.groupBy(['clientNaam', 'clientVersie', 'coordinaat']).orderBy('aantal', 'desc').orderBy('clientNaam').execute();
  return rows.map((row) => ({ ...row, aantal: Number(row.aantal), laatste: String(row.laatste) }));
}

/** Whether any use at all was reported since the hour: without it, unused cannot be told from unknown. */
export async function hasUsageSince(db: RegistryDb, sinds: string): Promise<boolean> {
  const row = await db.selectFrom('gebruik').select('uur').where('uur', '>=', sinds).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Deletes the use reported for hours before `hour`, and the ids of batches received before
 * `received`. Both bounds are the same moment, so a batch whose id is gone can only hold hours
 * that are gone too: sent again, all of its rows are skipped (usage.ts), never counted twice.
 */
export async function deleteUsageBefore(db: RegistryDb, hour: string, received: string): Promise<{ rows: number; batches: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx.deleteFrom('gebruik').where('uur', '<', hour).executeTakeFirst();
    const batches = await trx.deleteFrom('gebruikBatch').where('ontvangen', '<', received).executeTakeFirst();
    return { rows: Number(rows.numDeletedRows), batches: Number(batches.numDeletedRows) };
  });
}
