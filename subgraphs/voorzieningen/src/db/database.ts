import type { ColumnType, Kysely, Selectable, Transaction } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';
import type { VersieColumns, WijzigingTable } from '../../../../lib/history.js';

export interface ProductcategorieTable {
  code: string;
  naam: string;
}

/**
 * A version's doubts about its own fields (src/twijfels.ts) as JSON text; `[]` (the default) for
 * none, so a row written without them has none.
 */
export type TwijfelsColumn = ColumnType<string, string | undefined, string>;

/** A product a region uses over a period (inclusive dates; null is open), in one version. */
export interface ProductVersieTable extends BronColumns, VersieColumns {
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
  vanaf: string | null;
  tot: string | null;
  twijfels: TwijfelsColumn;
}

/**
 * A subsidy, in one version. `vanaf`/`tot` is the period the region grants it, as its stewards
 * keep it; `looptijdTot`/`looptijdInBron` are what the source says about its term.
 */
export interface SubsidieVersieTable extends BronColumns, VersieColumns {
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
  vanaf: string | null;
  tot: string | null;
  twijfels: TwijfelsColumn;
}

/** An amount next to a subsidy's yearly amount: one for a year (INCIDENTEEL) or every year (JAARLIJKS). */
export interface SubsidieBedragVersieTable extends BronColumns, VersieColumns {
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

export interface KengetalVersieTable extends BronColumns, VersieColumns {
  id: string;
  regioCode: string;
  volgorde: number;
  onderwerp: string;
  omschrijving: string;
  jaar: number | null;
  subregio: string | null;
  /** A count, or cents when `eenheid` is EURO_CENT. */
  waarde: number | null;
  waardeMin: number | null;
  waardeMax: number | null;
  eenheid: string;
  aantalAanbieders: number | null;
  eenheidAanbieders: string | null;
  toelichting: string | null;
}

/** Each record type has a table of versions and a view of the old name with each record's latest. */
export interface VoorzieningenDatabase {
  productcategorie: ProductcategorieTable;
  product: ProductVersieTable;
  productVersie: ProductVersieTable;
  subsidie: SubsidieVersieTable;
  subsidieVersie: SubsidieVersieTable;
  subsidieBedrag: SubsidieBedragVersieTable;
  subsidieBedragVersie: SubsidieBedragVersieTable;
  subsidietotaal: SubsidietotaalTable;
  kengetal: KengetalVersieTable;
  kengetalVersie: KengetalVersieTable;
  wijziging: WijzigingTable;
}

export type ProductcategorieRow = Selectable<ProductcategorieTable>;
export type ProductRow = Selectable<ProductVersieTable>;
export type SubsidieRow = Selectable<SubsidieVersieTable>;
export type SubsidieBedragRow = Selectable<SubsidieBedragVersieTable>;
export type SubsidietotaalRow = Selectable<SubsidietotaalTable>;
export type KengetalRow = Selectable<KengetalVersieTable>;
export type WijzigingRow = Selectable<WijzigingTable>;
export type VoorzieningenDb = Kysely<VoorzieningenDatabase>;
export type VoorzieningenTransaction = Transaction<VoorzieningenDatabase>;

export function openVoorzieningenDatabase(location: DatabaseLocation, counter: StatementCounter): VoorzieningenDb {
  return openDatabase<VoorzieningenDatabase>(location, counter);
}
