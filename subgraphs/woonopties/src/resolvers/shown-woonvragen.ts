import type { WoonvraagRow } from '../db/database.js';
import { magWoonvraagZien } from '../access.js';
import { gebruikerVan } from '../../../../lib/requester.js';
import type { WoonoptiesContext } from '../context.js';

/**
 * Every resolver that returns a person's demand goes through here: rows the user may not see are
 * dropped, and each row shown is written to the access log before the response leaves.
 */
export async function toonWoonvragen(context: WoonoptiesContext, rows: WoonvraagRow[]): Promise<WoonvraagRow[]> {
  const gebruiker = gebruikerVan(context.aanvrager);
  const zichtbaar = rows.filter((row) => magWoonvraagZien(gebruiker, row));
  await context.inzage.loadMany(zichtbaar.map((row) => row.id));
  return zichtbaar;
}

export async function toonWoonvraag(context: WoonoptiesContext, row: WoonvraagRow | null): Promise<WoonvraagRow | null> {
  if (!row) return null;
  const [shown] = await toonWoonvragen(context, [row]);
  return shown ?? null;
}
