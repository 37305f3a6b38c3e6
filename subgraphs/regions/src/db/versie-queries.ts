import { versionTables } from '../../../../lib/directory-changes.js';
import type { RegionsDatabase, RegionsTransaction } from './database.js';

/** Every versioned record of this subgraph is keyed by its `id`. */
export const { findVersies, findLatestVersies, insertVersies } = versionTables<
  RegionsDatabase,
  { lidmaatschapVersie: 'id'; beleidsdocumentVersie: 'id'; afspraakVersie: 'id'; bestuursorgaanVersie: 'id'; orgaanLidVersie: 'id' }
>({ lidmaatschapVersie: 'id', beleidsdocumentVersie: 'id', afspraakVersie: 'id', bestuursorgaanVersie: 'id', orgaanLidVersie: 'id' });

/**
 * The highest `volgorde` within a document, over every version: a withdrawn agreement keeps its
 * place in the history, so a new one is listed after it too.
 */
export async function findHoogsteAfspraakVolgorde(trx: RegionsTransaction, documentId: string): Promise<number> {
  const row = await trx.selectFrom('afspraakVersie').select((eb) => eb.fn.max('volgorde').as('hoogste')).where('documentId', '=', documentId).executeTakeFirst();
  return Number(row?.hoogste ?? 0);
}

export async function findHoogsteOrgaanLidVolgorde(trx: RegionsTransaction, orgaanId: string): Promise<number> {
  const row = await trx.selectFrom('orgaanLidVersie').select((eb) => eb.fn.max('volgorde').as('hoogste')).where('orgaanId', '=', orgaanId).executeTakeFirst();
  return Number(row?.hoogste ?? 0);
}
