import type { Kysely, Selectable } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';

export interface ProductcategorieTable {
  code: string;
  naam: string;
}

export interface ProductTable extends BronColumns {
  code: string;
  naam: string;
  categorieCode: string;
  /** 1 when the source marks the product with `*`; an integer so SQLite and PostgreSQL agree. */
  situationeel: number;
  regioCode: string;
  codeInBron: string | null;
  toelichting: string | null;
  /** searchKey(naam), for `producten(zoek:)`. */
  zoeksleutel: string;
}

export interface SubsidieTable extends BronColumns {
  id: string;
  regioCode: string;
  volgorde: number;
  ontvangerId: string;
  omschrijving: string;
  doel: string;
  soort: string;
  bedragPerJaarCenten: number | null;
  looptijdTot: string | null;
  looptijdInBron: string | null;
  toelichting: string | null;
}

export interface SubsidieBedragTable extends BronColumns {
  id: string;
  subsidieId: string;
  volgorde: number;
  soort: string;
  jaar: number | null;
  bedragCenten: number;
  omschrijving: string;
  begunstigdeId: string | null;
}

export interface SubsidietotaalTable extends BronColumns {
  id: string;
  regioCode: string;
  omschrijving: string;
  omvat: string | null;
  bedragCenten: number;
}

export interface KengetalTable extends BronColumns {
  id: string;
  regioCode: string;
  volgorde: number;
  onderwerp: string;
  omschrijving: string;
  jaar: number | null;
  subregio: string | null;
  waarde: number | null;
  waardeMin: number | null;
  waardeMax: number | null;
  eenheid: string;
  aantalAanbieders: number | null;
  eenheidAanbieders: string | null;
  toelichting: string | null;
}

export interface VoorzieningenDatabase {
  productcategorie: ProductcategorieTable;
  product: ProductTable;
  subsidie: SubsidieTable;
  subsidieBedrag: SubsidieBedragTable;
  subsidietotaal: SubsidietotaalTable;
  kengetal: KengetalTable;
}

export type ProductcategorieRow = Selectable<ProductcategorieTable>;
export type ProductRow = Selectable<ProductTable>;
export type SubsidieRow = Selectable<SubsidieTable>;
export type SubsidieBedragRow = Selectable<SubsidieBedragTable>;
export type SubsidietotaalRow = Selectable<SubsidietotaalTable>;
export type KengetalRow = Selectable<KengetalTable>;
export type VoorzieningenDb = Kysely<VoorzieningenDatabase>;

export function openVoorzieningenDatabase(location: DatabaseLocation, counter: StatementCounter): VoorzieningenDb {
  return openDatabase<VoorzieningenDatabase>(location, counter);
}
