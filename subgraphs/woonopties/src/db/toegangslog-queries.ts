import type { Gebruiker } from '../../../../lib/auth.js';
import { newId } from '../../../../lib/ids.js';
import type { ToegangslogRow, WoonoptiesDb } from './database.js';

export type Gebeurtenis = 'INZAGE' | 'AANMELDING' | 'WIJZIGING' | 'VERWIJZING';

/** NEN 7513-style log: who did what to which person's record, when, and on whose behalf. */
export async function logToegang(
  db: WoonoptiesDb,
  gebruiker: Gebruiker,
  gebeurtenis: Gebeurtenis,
  woonvraagIds: readonly string[],
  details: string | null = null,
): Promise<void> {
  if (woonvraagIds.length === 0) return;
  const op = new Date().toISOString();
  await db
    .insertInto('toegangslog')
    .values(
      woonvraagIds.map((woonvraagId) => ({
        id: newId('log'),
        gebeurtenis,
        op,
        woonvraagId,
        gebruiker: gebruiker.id,
        namens: gebruiker.organisatie,
        rol: gebruiker.rollen.join(','),
        details,
      })),
    )
    .execute();
}

export function findToegangslog(db: WoonoptiesDb, woonvraagId: string): Promise<ToegangslogRow[]> {
  return db.selectFrom('toegangslog').selectAll().where('woonvraagId', '=', woonvraagId).orderBy('op').orderBy('id').execute();
}
