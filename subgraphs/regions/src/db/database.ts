import type { ColumnType, Kysely, Selectable, Transaction } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';
import type { VersieColumns, WijzigingTable } from '../../../../lib/history.js';

/**
 * A record's doubts about its own fields (src/twijfels.ts) as JSON text; `[]` (the default) for
 * none, so a row written without them has none.
 */
export type TwijfelsColumn = ColumnType<string, string | undefined, string>;

/** A region itself is not versioned: its name and centrumgemeente come from the seed files only. */
export interface RegioTable extends BronColumns {
  code: string;
  naam: string;
  centrumgemeenteCbs: string | null;
  budgethouderCbs: string | null;
  aantalGemeentenVolgensBron: number | null;
  twijfels: TwijfelsColumn;
}

/** Reference data (CBS), never edited here. */
export interface GemeenteTable {
  cbsCode: string;
  naam: string;
  provincie: string;
}

/** A municipality's membership of a region over a period (inclusive dates; null is open), in one version. */
export interface LidmaatschapVersieTable extends BronColumns, VersieColumns {
  id: string;
  regioCode: string;
  cbsCode: string;
  status: string;
  domein: string | null;
  vanaf: string | null;
  tot: string | null;
  toelichting: string | null;
  twijfels: TwijfelsColumn;
}

/** A document; its period (`geldigVan`, `geldigTot`) is when its agreements hold. */
export interface BeleidsdocumentVersieTable extends BronColumns, VersieColumns {
  id: string;
  regioCode: string;
  soort: string;
  titel: string;
  status: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  /** Also about the parties (`partijen`), which are seed-only and kept in `document_partij`. */
  twijfels: TwijfelsColumn;
}

/** Seed-only: the parties a document names. */
export interface DocumentPartijTable {
  documentId: string;
  partnerId: string;
  volgorde: number;
}

export interface AfspraakVersieTable extends BronColumns, VersieColumns {
  id: string;
  documentId: string;
  volgorde: number;
  soort: string;
  omschrijving: string;
  gemeenteCbs: string | null;
  percentage: string | null;
  bedragCenten: number | null;
  aantal: number | null;
  eenheid: string | null;
  datum: string | null;
  twijfels: TwijfelsColumn;
}

/** Seed-only: where a source contradicts itself. */
export interface BronafwijkingTable {
  id: string;
  documentId: string;
  volgorde: number;
  onderwerp: string;
  waardeA: string;
  aBronDocument: string;
  aBronSectie: string | null;
  aBronCitaat: string | null;
  waardeB: string;
  bBronDocument: string;
  bBronSectie: string | null;
  bBronCitaat: string | null;
  gehanteerd: string | null;
  toelichting: string;
}

export interface BestuursorgaanVersieTable extends BronColumns, VersieColumns {
  id: string;
  regioCode: string;
  documentId: string | null;
  naam: string;
  soort: string;
  voorzitter: string | null;
  vergaderfrequentie: string | null;
  minimaalPerJaar: number | null;
  /** JSON array of strings: what the body decides or does, in the document's order. */
  taken: string;
  vanaf: string | null;
  tot: string | null;
  /** Also about the members (`leden`), which are records of their own (`orgaan_lid`). */
  twijfels: TwijfelsColumn;
}

/** An organisation's seat in a governance body over a period, in one version. */
export interface OrgaanLidVersieTable extends BronColumns, VersieColumns {
  id: string;
  orgaanId: string;
  partnerId: string;
  volgorde: number;
  toelichting: string | null;
  vanaf: string | null;
  tot: string | null;
}

/** Each versioned record has its `…Versie` table and a view of the old name with the latest versions. */
export interface RegionsDatabase {
  regio: RegioTable;
  gemeente: GemeenteTable;
  lidmaatschap: LidmaatschapVersieTable;
  lidmaatschapVersie: LidmaatschapVersieTable;
  beleidsdocument: BeleidsdocumentVersieTable;
  beleidsdocumentVersie: BeleidsdocumentVersieTable;
  documentPartij: DocumentPartijTable;
  afspraak: AfspraakVersieTable;
  afspraakVersie: AfspraakVersieTable;
  bronafwijking: BronafwijkingTable;
  bestuursorgaan: BestuursorgaanVersieTable;
  bestuursorgaanVersie: BestuursorgaanVersieTable;
  orgaanLid: OrgaanLidVersieTable;
  orgaanLidVersie: OrgaanLidVersieTable;
  wijziging: WijzigingTable;
}

/**
 * The tables that hold versions, each with the soort the change feed names its records by and
 * the facts a history compares (version columns and the source are how a fact was recorded).
 */
export const recordSoorten = {
  lidmaatschapVersie: { soort: 'LIDMAATSCHAP', velden: ['regioCode', 'cbsCode', 'status', 'domein', 'vanaf', 'tot', 'toelichting', 'twijfels'] },
  beleidsdocumentVersie: { soort: 'BELEIDSDOCUMENT', velden: ['regioCode', 'soort', 'titel', 'status', 'geldigVan', 'geldigTot', 'twijfels'] },
  afspraakVersie: { soort: 'AFSPRAAK', velden: ['documentId', 'volgorde', 'soort', 'omschrijving', 'gemeenteCbs', 'percentage', 'bedragCenten', 'aantal', 'eenheid', 'datum', 'twijfels'] },
  bestuursorgaanVersie: { soort: 'BESTUURSORGAAN', velden: ['regioCode', 'documentId', 'naam', 'soort', 'voorzitter', 'vergaderfrequentie', 'minimaalPerJaar', 'taken', 'vanaf', 'tot', 'twijfels'] },
  orgaanLidVersie: { soort: 'ORGAANLID', velden: ['orgaanId', 'partnerId', 'volgorde', 'toelichting', 'vanaf', 'tot'] },
} as const satisfies { [T in keyof RegionsDatabase & `${string}Versie`]: { soort: string; velden: ReadonlyArray<keyof RegionsDatabase[T] & string> } };

export type VersieTabel = keyof typeof recordSoorten;

export type RegioRow = Selectable<RegioTable>;
export type GemeenteRow = Selectable<GemeenteTable>;
export type LidmaatschapRow = Selectable<LidmaatschapVersieTable>;
export type BeleidsdocumentRow = Selectable<BeleidsdocumentVersieTable>;
export type DocumentPartijRow = Selectable<DocumentPartijTable>;
export type AfspraakRow = Selectable<AfspraakVersieTable>;
export type BronafwijkingRow = Selectable<BronafwijkingTable>;
export type BestuursorgaanRow = Selectable<BestuursorgaanVersieTable>;
export type OrgaanLidRow = Selectable<OrgaanLidVersieTable>;
export type WijzigingRow = Selectable<WijzigingTable>;

export type RegionsDb = Kysely<RegionsDatabase>;
export type RegionsTransaction = Transaction<RegionsDatabase>;

export function openRegionsDatabase(location: DatabaseLocation, counter: StatementCounter): RegionsDb {
  return openDatabase<RegionsDatabase>(location, counter);
}
