import type { PageRequest } from '../../../../lib/pagination.js';
import type { ProductcategorieRow, ProductRow, VoorzieningenDb, VoorzieningenTransaction } from './database.js';
import { geldigOp } from '../../../../lib/directory-changes.js';

export function findProductcategorieen(db: VoorzieningenDb): Promise<ProductcategorieRow[]> {
  return db.selectFrom('productcategorie').selectAll().orderBy('code').execute();
}

export function findProductcategorieenByCodes(db: VoorzieningenDb | VoorzieningenTransaction, codes: readonly string[]): Promise<ProductcategorieRow[]> {
  return db.selectFrom('productcategorie').selectAll().where('code', 'in', codes).execute();
}

/** Products by code in their latest version, ended ones too: a code keeps meaning what it meant. */
export function findProductenByCodes(db: VoorzieningenDb, codes: readonly string[]): Promise<ProductRow[]> {
  return db.selectFrom('product').selectAll().where('code', 'in', codes).execute();
}

export function findProductenByRegios(db: VoorzieningenDb, regioCodes: readonly string[], peildatum: string): Promise<ProductRow[]> {
  return db.selectFrom('product').selectAll().where('regioCode', 'in', regioCodes).where(geldigOp('product', peildatum)).orderBy('code').execute();
}

export function findProductenByCategorieen(db: VoorzieningenDb, categorieCodes: readonly string[], peildatum: string): Promise<ProductRow[]> {
  return db.selectFrom('product').selectAll().where('categorieCode', 'in', categorieCodes).where(geldigOp('product', peildatum)).orderBy('code').execute();
}

export interface ProductFilter {
  regioCode: string | null;
  categorieCode: string | null;
  situationeel: boolean | null;
  /** Already folded with searchKey(); null means no search. */
  zoeksleutel: string | null;
  /** The day the list is read as of (YYYY-MM-DD): the products in use then. */
  peildatum: string;
}

export interface ProductPage {
  rows: ProductRow[];
  hasNextPage: boolean;
  filter: ProductFilter;
}

function filteredProducten(db: VoorzieningenDb, filter: ProductFilter) {
  let query = db.selectFrom('product').where(geldigOp('product', filter.peildatum));
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.categorieCode !== null) query = query.where('categorieCode', '=', filter.categorieCode);
  if (filter.situationeel !== null) query = query.where('situationeel', '=', filter.situationeel ? 1 : 0);
  if (filter.zoeksleutel) query = query.where('zoeksleutel', 'like', `%${filter.zoeksleutel}%`);
  return query;
}

/** Product codes are unique, so the code itself is the cursor's sort key. */
export async function findProductPage(db: VoorzieningenDb, filter: ProductFilter, page: PageRequest): Promise<ProductPage> {
  let query = filteredProducten(db, filter).selectAll();
  if (page.after !== null) query = query.where('code', '>', page.after);
  const rows = await query.orderBy('code').limit(page.limit + 1).execute();
  return { rows: rows.slice(0, page.limit), hasNextPage: rows.length > page.limit, filter };
}

export async function countProducten(db: VoorzieningenDb, filter: ProductFilter): Promise<number> {
  const { total } = await filteredProducten(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(total);
}
