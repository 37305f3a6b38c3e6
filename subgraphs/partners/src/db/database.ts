import type { ColumnType, Kysely, Selectable, Transaction } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';
import type { VersieColumns, WijzigingTable } from '../../../../lib/history.js';

/**
 * A version's doubts about its own fields (src/twijfels.ts) as JSON text; `[]` (the default) for
 * none, so a row written without them has none.
 */
export type TwijfelsColumn = ColumnType<string, string | undefined, string>;

/** An organisation, in one version; the `partner` view shows each organisation's latest. */
export interface PartnerVersieTable extends BronColumns, VersieColumns {
  id: string;
  naam: string;
  naamInBron: string | null;
  soort: string;
  gemeenteCbs: string | null;
  website: string | null;
  /** The organisation's general address and number, never a person's. */
  email: string | null;
  telefoon: string | null;
  kvkNummer: string | null;
  agbCode: string | null;
  /** Set when this organisation was merged into another: its id then resolves to that one. */
  samengevoegdIn: string | null;
  samengevoegdOp: string | null;
  /** searchKey(naam): what `partners(zoek:)` matches against. */
  zoeksleutel: string;
  /** Unique sort order for pagination: the folded name, then the id. */
  sorteersleutel: string;
  /** The name folded and without its legal form, to warn about an organisation entered twice. */
  naamsleutel: string;
  twijfels: TwijfelsColumn;
}

/** An organisation's role in a region over a period (inclusive dates; null is open), in one version. */
export interface PartnerRolVersieTable extends BronColumns, VersieColumns {
  id: string;
  partnerId: string;
  regioCode: string;
  rol: string;
  toelichting: string | null;
  vanaf: string | null;
  tot: string | null;
  volgorde: number;
  twijfels: TwijfelsColumn;
}

export interface PartnersDatabase {
  partner: PartnerVersieTable;
  partnerVersie: PartnerVersieTable;
  partnerRol: PartnerRolVersieTable;
  partnerRolVersie: PartnerRolVersieTable;
  wijziging: WijzigingTable;
}

export type PartnerRow = Selectable<PartnerVersieTable>;
export type PartnerRolRow = Selectable<PartnerRolVersieTable>;
export type WijzigingRow = Selectable<WijzigingTable>;
export type PartnersDb = Kysely<PartnersDatabase>;
export type PartnersTransaction = Transaction<PartnersDatabase>;

export function openPartnersDatabase(location: DatabaseLocation, counter: StatementCounter): PartnersDb {
  return openDatabase<PartnersDatabase>(location, counter);
}
