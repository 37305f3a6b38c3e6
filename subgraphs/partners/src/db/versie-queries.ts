import type { Insertable } from 'kysely';
import { versionTables } from '../../../../lib/directory-changes.js';
import type { PartnerRolRow, PartnerRolVersieTable, PartnerRow, PartnersDatabase, PartnersDb, PartnersTransaction, PartnerVersieTable } from './database.js';

/** The tables of versions, each with the column that is its records' key. */
const versies = versionTables<PartnersDatabase, { partnerVersie: 'id'; partnerRolVersie: 'id' }>({ partnerVersie: 'id', partnerRolVersie: 'id' });

/** Every version of these organisations, oldest first: their history. */
export const findPartnerVersies = (db: PartnersDb, ids: readonly string[]): Promise<PartnerRow[]> => versies.findVersies(db, 'partnerVersie', ids);

/** Every version of these roles, oldest first. */
export const findRolVersies = (db: PartnersDb, ids: readonly string[]): Promise<PartnerRolRow[]> => versies.findVersies(db, 'partnerRolVersie', ids);

/** Each organisation's and role's latest version, withdrawn ones too: what the seed is compared with. */
export const findLatestPartnerVersies = (db: PartnersDb): Promise<PartnerRow[]> => versies.findLatestVersies(db, 'partnerVersie');
export const findLatestRolVersies = (db: PartnersDb): Promise<PartnerRolRow[]> => versies.findLatestVersies(db, 'partnerRolVersie');

/** New versions; see lib/directory-changes.ts for why the primary key makes a stale change fail. */
export const insertPartnerVersies = (trx: PartnersTransaction, rows: Insertable<PartnerVersieTable>[]): Promise<void> => versies.insertVersies(trx, 'partnerVersie', rows);
export const insertPartnerRolVersies = (trx: PartnersTransaction, rows: Insertable<PartnerRolVersieTable>[]): Promise<void> => versies.insertVersies(trx, 'partnerRolVersie', rows);

export function insertPartnerVersie(trx: PartnersTransaction, row: Insertable<PartnerVersieTable>): Promise<void> {
  return insertPartnerVersies(trx, [row]);
}

/** The highest `volgorde` of a region's roles, so a new role is listed after the existing ones. */
export async function findHoogsteVolgorde(trx: PartnersTransaction | PartnersDb, regioCode: string): Promise<number> {
  const row = await trx.selectFrom('partnerRol').select((eb) => eb.fn.max('volgorde').as('hoogste')).where('regioCode', '=', regioCode).executeTakeFirst();
  return Number(row?.hoogste ?? 0);
}
