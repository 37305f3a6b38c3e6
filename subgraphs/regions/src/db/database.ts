import type { Insertable, Kysely, Selectable } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';

export interface RegioTable extends BronColumns {
  code: string;
  naam: string;
  centrumgemeenteCbs: string | null;
  budgethouderCbs: string | null;
  aantalGemeentenVolgensBron: number | null;
}

export interface GemeenteTable {
  cbsCode: string;
  naam: string;
  provincie: string;
}

export interface LidmaatschapTable extends BronColumns {
  regioCode: string;
  cbsCode: string;
  status: string;
  domein: string | null;
  vanaf: string | null;
  toelichting: string | null;
}

export interface BeleidsdocumentTable extends BronColumns {
  id: string;
  regioCode: string;
  soort: string;
  titel: string;
  status: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
}

export interface DocumentPartijTable {
  documentId: string;
  partnerId: string;
  volgorde: number;
}

export interface AfspraakTable extends BronColumns {
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
}

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

export interface BestuursorgaanTable extends BronColumns {
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
}

export interface OrgaanLidTable {
  orgaanId: string;
  partnerId: string;
  volgorde: number;
}

export interface RegionsDatabase {
  regio: RegioTable;
  gemeente: GemeenteTable;
  lidmaatschap: LidmaatschapTable;
  beleidsdocument: BeleidsdocumentTable;
  documentPartij: DocumentPartijTable;
  afspraak: AfspraakTable;
  bronafwijking: BronafwijkingTable;
  bestuursorgaan: BestuursorgaanTable;
  orgaanLid: OrgaanLidTable;
}

export type RegioRow = Selectable<RegioTable>;
export type GemeenteRow = Selectable<GemeenteTable>;
export type LidmaatschapRow = Selectable<LidmaatschapTable>;
export type BeleidsdocumentRow = Selectable<BeleidsdocumentTable>;
export type DocumentPartijRow = Selectable<DocumentPartijTable>;
export type AfspraakRow = Selectable<AfspraakTable>;
export type BronafwijkingRow = Selectable<BronafwijkingTable>;
export type BestuursorgaanRow = Selectable<BestuursorgaanTable>;
export type OrgaanLidRow = Selectable<OrgaanLidTable>;
export type NewRegio = Insertable<RegioTable>;

export type RegionsDb = Kysely<RegionsDatabase>;

export function openRegionsDatabase(location: DatabaseLocation, counter: StatementCounter): RegionsDb {
  return openDatabase<RegionsDatabase>(location, counter);
}
