import type { Kysely, Selectable } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';

export interface PartnerTable extends BronColumns {
  id: string;
  naam: string;
  naamInBron: string | null;
  soort: string;
  gemeenteCbs: string | null;
  /** searchKey(naam): what `partners(zoek:)` matches against. */
  zoeksleutel: string;
  /** Unique sort order for pagination: the folded name, then the id. */
  sorteersleutel: string;
}

export interface PartnerRolTable extends BronColumns {
  partnerId: string;
  regioCode: string;
  rol: string;
  toelichting: string | null;
  volgorde: number;
}

export interface PartnersDatabase {
  partner: PartnerTable;
  partnerRol: PartnerRolTable;
}

export type PartnerRow = Selectable<PartnerTable>;
export type PartnerRolRow = Selectable<PartnerRolTable>;
export type PartnersDb = Kysely<PartnersDatabase>;

export function openPartnersDatabase(location: DatabaseLocation, counter: StatementCounter): PartnersDb {
  return openDatabase<PartnersDatabase>(location, counter);
}
