import type { Gebruiker } from '../../../../lib/auth.js';
import type { BronInvoer } from '../../../../lib/history.js';
import { vereisBeheerder, type Aanvrager } from '../../../../lib/requester.js';
import type { VoorzieningenDb } from '../db/database.js';
import { findLatestVersie, type VersieRow } from '../db/versie-queries.js';

/** Why a change is made and on what source, as a mutation receives it. */
export interface Verantwoordingsinvoer {
  reden: string;
  bron: BronInvoer;
}

/**
 * The record a change names, in its latest version, and the steward who may change it. Who may
 * change a record depends on its region, so a key that names nothing is refused to all but a hub
 * steward; a withdrawn record is its region's, and gone (null) for the change.
 */
export async function teWijzigen<T extends 'productVersie' | 'subsidieVersie' | 'kengetalVersie'>(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  table: T,
  key: string,
): Promise<{ gebruiker: Gebruiker; huidig: VersieRow<T> | null }> {
  const laatste = await findLatestVersie(db, table, key);
  const record = laatste as { regioCode: string; vervallen: number } | null;
  const gebruiker = vereisBeheerder(aanvrager, record ? [record.regioCode] : []);
  return { gebruiker, huidig: record?.vervallen === 0 ? laatste : null };
}
