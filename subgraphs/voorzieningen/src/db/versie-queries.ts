import type { Selectable } from 'kysely';
import { versionTables } from '../../../../lib/directory-changes.js';
import type { VoorzieningenDatabase, VoorzieningenTransaction } from './database.js';

/** The tables of versions, each with the column that is its records' key. */
const versies = versionTables<VoorzieningenDatabase, { productVersie: 'code'; subsidieVersie: 'id'; subsidieBedragVersie: 'id'; kengetalVersie: 'id' }>({
  productVersie: 'code',
  subsidieVersie: 'id',
  subsidieBedragVersie: 'id',
  kengetalVersie: 'id',
});

export type VersieTabel = 'productVersie' | 'subsidieVersie' | 'subsidieBedragVersie' | 'kengetalVersie';
export type VersieRow<T extends VersieTabel> = Selectable<VoorzieningenDatabase[T]>;
export const { findVersies, findLatestVersies, findLatestVersie, insertVersies } = versies;

/** The highest `volgorde` in a region's subsidies or figures, or a subsidy's amounts, so a new row comes last. */
export async function findHoogsteVolgorde(
  trx: VoorzieningenTransaction,
  lijst: { table: 'subsidieVersie' | 'kengetalVersie'; regioCode: string } | { table: 'subsidieBedragVersie'; subsidieId: string },
): Promise<number> {
  const query = trx.selectFrom(lijst.table).select((eb) => eb.fn.max('volgorde').as('hoogste'));
  const row = await ('subsidieId' in lijst ? query.where('subsidieId', '=', lijst.subsidieId) : query.where('regioCode', '=', lijst.regioCode)).executeTakeFirst();
  return Number(row?.hoogste ?? 0);
}
