import type { ExpressionBuilder } from 'kysely';
import type { PageRequest } from '../../../../lib/pagination.js';
import type { PartnerRolRow, PartnerRow, PartnersDatabase, PartnersDb } from './database.js';

export interface PartnerFilter {
  /** Already folded with searchKey(); empty means no search. */
  zoeksleutel: string | null;
  regioCode: string | null;
  rol: string | null;
  soort: string | null;
  /** The day the list is read as of (YYYY-MM-DD): roles that held then, organisations not yet merged. */
  peildatum: string;
}

export interface PartnerPage {
  rows: PartnerRow[];
  hasNextPage: boolean;
  filter: PartnerFilter;
}

/** A role holds on a day when its period (inclusive, null is open) contains that day. */
function rolGeldigOp(eb: ExpressionBuilder<PartnersDatabase, 'partnerRol'>, peildatum: string) {
  return eb.and([
    eb.or([eb('partnerRol.vanaf', 'is', null), eb('partnerRol.vanaf', '<=', peildatum)]),
    eb.or([eb('partnerRol.tot', 'is', null), eb('partnerRol.tot', '>=', peildatum)]),
  ]);
}

/** An organisation merged into another is listed as itself only before the day of the merge. */
function nietSamengevoegdOp(eb: ExpressionBuilder<PartnersDatabase, 'partner'>, peildatum: string) {
  return eb.or([eb('partner.samengevoegdIn', 'is', null), eb('partner.samengevoegdOp', '>', peildatum)]);
}

function filteredPartners(db: PartnersDb, filter: PartnerFilter) {
  let query = db.selectFrom('partner').where((eb) => nietSamengevoegdOp(eb, filter.peildatum));
  if (filter.zoeksleutel) query = query.where('partner.zoeksleutel', 'like', `%${filter.zoeksleutel}%`);
  if (filter.soort !== null) query = query.where('partner.soort', '=', filter.soort);
  if (filter.regioCode !== null || filter.rol !== null) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partnerRol')
          .select('partnerRol.partnerId')
          .whereRef('partnerRol.partnerId', '=', 'partner.id')
          .where((eb) => rolGeldigOp(eb, filter.peildatum))
          .$if(filter.regioCode !== null, (sub) => sub.where('partnerRol.regioCode', '=', filter.regioCode as string))
          .$if(filter.rol !== null, (sub) => sub.where('partnerRol.rol', '=', filter.rol as string)),
      ),
    );
  }
  return query;
}

/** One row more than the page is fetched; its presence is what hasNextPage means. */
export async function findPartnerPage(db: PartnersDb, filter: PartnerFilter, page: PageRequest): Promise<PartnerPage> {
  let query = filteredPartners(db, filter).selectAll('partner');
  if (page.after !== null) query = query.where('partner.sorteersleutel', '>', page.after);
  const rows = await query.orderBy('partner.sorteersleutel').limit(page.limit + 1).execute();
  return { rows: rows.slice(0, page.limit), hasNextPage: rows.length > page.limit, filter };
}

export async function countPartners(db: PartnersDb, filter: PartnerFilter): Promise<number> {
  const { total } = await filteredPartners(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(total);
}

/**
 * Organisations by id in their latest version, merged ones included (the caller follows the merge).
 * No ids asks nothing: PostgreSQL refuses an empty `IN ()`, where SQLite answers no rows.
 */
export function findPartnersByIds(db: PartnersDb, ids: readonly string[]): Promise<PartnerRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('partner').selectAll().where('id', 'in', ids).execute();
}

export function findRollenByPartners(db: PartnersDb, partnerIds: readonly string[], peildatum: string | null): Promise<PartnerRolRow[]> {
  if (partnerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partnerRol')
    .selectAll()
    .where('partnerId', 'in', partnerIds)
    .$if(peildatum !== null, (query) => query.where((eb) => rolGeldigOp(eb, peildatum!)))
    .orderBy('regioCode')
    .orderBy('volgorde')
    .orderBy('id')
    .execute();
}

export function findRollenByIds(db: PartnersDb, ids: readonly string[]): Promise<PartnerRolRow[]> {
  return db.selectFrom('partnerRol').selectAll().where('id', 'in', ids).execute();
}

export type PartnerInRegioRow = PartnerRow & { regioCode: string };

/** Each partner once per region, however many roles it has there; ordered by name. */
export function findPartnersByRegios(
  db: PartnersDb,
  regioCodes: readonly string[],
  filter: { rol: string | null; soort: string | null; peildatum: string },
): Promise<PartnerInRegioRow[]> {
  let query = db
    .selectFrom('partnerRol')
    .innerJoin('partner', 'partner.id', 'partnerRol.partnerId')
    .selectAll('partner')
    .select('partnerRol.regioCode')
    .where('partnerRol.regioCode', 'in', regioCodes)
    .where((eb) => rolGeldigOp(eb, filter.peildatum))
    .where((eb) => nietSamengevoegdOp(eb, filter.peildatum));
  if (filter.rol !== null) query = query.where('partnerRol.rol', '=', filter.rol);
  if (filter.soort !== null) query = query.where('partner.soort', '=', filter.soort);
  // DISTINCT, not GROUP BY: PostgreSQL takes a grouped row's other columns only from a table's key, and a view has none.
  return query.distinct().orderBy('partner.sorteersleutel').execute();
}

/** Every role of a region in its latest version, ended ones too: what an import is compared with. */
export function findRollenVanRegio(db: PartnersDb, regioCode: string): Promise<PartnerRolRow[]> {
  return db.selectFrom('partnerRol').selectAll().where('regioCode', '=', regioCode).orderBy('volgorde').orderBy('id').execute();
}

/** Organisations that may be the same as a new one: the same KvK number, or the same name key. */
export function findGelijkendePartners(db: PartnersDb, naamsleutels: readonly string[], kvkNummers: readonly string[]): Promise<PartnerRow[]> {
  if (naamsleutels.length === 0 && kvkNummers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partner')
    .selectAll()
    .where('samengevoegdIn', 'is', null)
    .where((eb) =>
      eb.or([
        ...(naamsleutels.length > 0 ? [eb('naamsleutel', 'in', naamsleutels)] : []),
        ...(kvkNummers.length > 0 ? [eb('kvkNummer', 'in', kvkNummers)] : []),
      ]),
    )
    .orderBy('sorteersleutel')
    .execute();
}
