import type { Insertable } from 'kysely';
import type { PartnerRolRow, PartnerRolVersieTable, PartnerRow, PartnersDb, PartnersTransaction, PartnerVersieTable, WijzigingRow } from './database.js';

/** Every version of these organisations, oldest first: their history. */
export function findPartnerVersies(db: PartnersDb, ids: readonly string[]): Promise<PartnerRow[]> {
  return db.selectFrom('partnerVersie').selectAll().where('id', 'in', ids).orderBy('id').orderBy('versie').execute();
}

/** Every version of these roles, oldest first. */
export function findRolVersies(db: PartnersDb, ids: readonly string[]): Promise<PartnerRolRow[]> {
  return db.selectFrom('partnerRolVersie').selectAll().where('id', 'in', ids).orderBy('id').orderBy('versie').execute();
}

/**
 * A new version. The primary key (id, versie) is what makes two simultaneous edits of one version
 * safe: the second insert of the same next version fails, and the caller refuses it as stale.
 */
export async function insertPartnerVersie(trx: PartnersTransaction, versie: Insertable<PartnerVersieTable>): Promise<void> {
  await trx.insertInto('partnerVersie').values(versie).execute();
}

export async function insertPartnerRolVersies(trx: PartnersTransaction, versies: Insertable<PartnerRolVersieTable>[]): Promise<void> {
  for (let start = 0; start < versies.length; start += 100) await trx.insertInto('partnerRolVersie').values(versies.slice(start, start + 100)).execute();
}

export async function insertPartnerVersies(trx: PartnersTransaction, versies: Insertable<PartnerVersieTable>[]): Promise<void> {
  for (let start = 0; start < versies.length; start += 100) await trx.insertInto('partnerVersie').values(versies.slice(start, start + 100)).execute();
}

/** The highest `volgorde` of a region's roles, so a new role is listed after the existing ones. */
export async function findHoogsteVolgorde(trx: PartnersTransaction | PartnersDb, regioCode: string): Promise<number> {
  const row = await trx.selectFrom('partnerRol').select((eb) => eb.fn.max('volgorde').as('hoogste')).where('regioCode', '=', regioCode).executeTakeFirst();
  return Number(row?.hoogste ?? 0);
}

/** The change feed after change `na`, oldest first, optionally of one region's facts. */
export function findWijzigingenNa(db: PartnersDb, na: number, limit: number, regioCode: string | null): Promise<WijzigingRow[]> {
  return db
    .selectFrom('wijziging')
    .selectAll()
    .where('nr', '>', na)
    .$if(regioCode !== null, (query) => query.where('regioCodes', 'like', `%|${regioCode}|%`))
    .orderBy('nr')
    .limit(limit)
    .execute();
}

/** The changes of these records, oldest first, for their histories. */
export function findWijzigingenVan(db: PartnersDb, soort: string, sleutels: readonly string[]): Promise<WijzigingRow[]> {
  return db.selectFrom('wijziging').selectAll().where('soort', '=', soort).where('sleutel', 'in', sleutels).orderBy('nr').execute();
}

/** Each organisation's latest version, withdrawn ones too: what the seed is compared with. */
export function findLatestPartnerVersies(db: PartnersDb | PartnersTransaction): Promise<PartnerRow[]> {
  return db
    .selectFrom('partnerVersie as huidig')
    .selectAll('huidig')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('partnerVersie as nieuwer').select('nieuwer.id').whereRef('nieuwer.id', '=', 'huidig.id').whereRef('nieuwer.versie', '>', 'huidig.versie'))))
    .execute();
}

export function findLatestRolVersies(db: PartnersDb | PartnersTransaction): Promise<PartnerRolRow[]> {
  return db
    .selectFrom('partnerRolVersie as huidig')
    .selectAll('huidig')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('partnerRolVersie as nieuwer').select('nieuwer.id').whereRef('nieuwer.id', '=', 'huidig.id').whereRef('nieuwer.versie', '>', 'huidig.versie'))))
    .execute();
}
