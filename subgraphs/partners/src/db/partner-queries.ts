import type { PageRequest } from '../../../../lib/pagination.js';
import type { PartnerRolRow, PartnerRow, PartnersDb } from './database.js';

export interface PartnerFilter {
  /** Already folded with searchKey(); empty means no search. */
  zoeksleutel: string | null;
  regioCode: string | null;
  rol: string | null;
  soort: string | null;
}

export interface PartnerPage {
  rows: PartnerRow[];
  hasNextPage: boolean;
  filter: PartnerFilter;
}

function filteredPartners(db: PartnersDb, filter: PartnerFilter) {
  let query = db.selectFrom('partner');
  if (filter.zoeksleutel) query = query.where('partner.zoeksleutel', 'like', `%${filter.zoeksleutel}%`);
  if (filter.soort !== null) query = query.where('partner.soort', '=', filter.soort);
  if (filter.regioCode !== null || filter.rol !== null) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partnerRol')
          .select('partnerRol.partnerId')
          .whereRef('partnerRol.partnerId', '=', 'partner.id')
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

export function findPartnersByIds(db: PartnersDb, ids: readonly string[]): Promise<PartnerRow[]> {
  return db.selectFrom('partner').selectAll().where('id', 'in', ids).execute();
}

export function findRollenByPartners(db: PartnersDb, partnerIds: readonly string[]): Promise<PartnerRolRow[]> {
  return db
    .selectFrom('partnerRol')
    .selectAll()
    .where('partnerId', 'in', partnerIds)
    .orderBy('regioCode')
    .orderBy('volgorde')
    .execute();
}

export type PartnerInRegioRow = PartnerRow & { regioCode: string };

/** Each partner once per region, however many roles it has there; ordered by name. */
export function findPartnersByRegios(
  db: PartnersDb,
  regioCodes: readonly string[],
  filter: { rol: string | null; soort: string | null },
): Promise<PartnerInRegioRow[]> {
  let query = db
    .selectFrom('partnerRol')
    .innerJoin('partner', 'partner.id', 'partnerRol.partnerId')
    .selectAll('partner')
    .select('partnerRol.regioCode')
    .where('partnerRol.regioCode', 'in', regioCodes);
  if (filter.rol !== null) query = query.where('partnerRol.rol', '=', filter.rol);
  if (filter.soort !== null) query = query.where('partner.soort', '=', filter.soort);
  return query.groupBy(['partnerRol.regioCode', 'partner.id']).orderBy('partner.sorteersleutel').execute();
}
