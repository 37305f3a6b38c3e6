import type { Kysely, Selectable } from 'kysely';
import type { BronColumns } from '../../../../lib/bron.js';
import { openDatabase, type DatabaseLocation, type StatementCounter } from '../../../../lib/database.js';

export interface MatchingspuntTable extends BronColumns {
  id: string;
  naam: string;
  regioCode: string;
  subregio: string | null;
  startjaar: number | null;
}

export interface MatchingspuntGemeenteTable {
  matchingspuntId: string;
  cbsCode: string;
}

export interface WoningTable {
  id: string;
  matchingspuntId: string;
  /** Copied from the Matchingspunt, so access checks need no join. */
  regioCode: string;
  aanbiederId: string;
  gemeenteCbs: string;
  wijk: string;
  contingent: string | null;
  soort: string;
  kamers: number;
  maxBewoners: number;
  huurCenten: number;
  beschikbaarVanaf: string;
  toegankelijk: number;
  prikkelarm: number;
  ondersteuning: string;
  status: string;
  gepubliceerd: number;
  aangemaaktOp: string;
  aangemaaktDoor: string;
  /** The address, for arranging a viewing: all three or none (homes registered without one). */
  adresStraat: string | null;
  adresHuisnummer: string | null;
  adresPostcode: string | null;
  adresPlaats: string | null;
}

/** A person is a pseudonym: no name, BSN, birth date, address or diagnosis is ever stored. */
export interface WoonvraagTable {
  id: string;
  matchingspuntId: string;
  /** Copied from the Matchingspunt, so access checks need no join. */
  regioCode: string;
  referentie: string;
  aangemeldDoor: string;
  herkomst: string;
  huishoudgrootte: number;
  maxHuurCenten: number;
  /** JSON array of CBS codes, in order of preference. */
  gewensteGemeenten: string;
  /** JSON array of CBS codes. */
  uitgeslotenGemeenten: string;
  toegankelijkNodig: number;
  prikkelarmNodig: number;
  ondersteuningNodig: string;
  urgentie: number;
  aangemeldOp: string;
  status: string;
}

export interface VerwijzingTable {
  id: string;
  woonvraagId: string;
  woningId: string;
  status: string;
  score: number | null;
  versie: number;
  aangemaaktOp: string;
}

export interface VerwijzingStapTable {
  id: string;
  verwijzingId: string;
  van: string | null;
  naar: string;
  door: string;
  namens: string | null;
  rol: string;
  op: string;
  reden: string | null;
}

export interface ToegangslogTable {
  id: string;
  gebeurtenis: string;
  op: string;
  woonvraagId: string;
  gebruiker: string;
  namens: string | null;
  rol: string | null;
  details: string | null;
}

export interface WoonoptiesDatabase {
  matchingspunt: MatchingspuntTable;
  matchingspuntGemeente: MatchingspuntGemeenteTable;
  woning: WoningTable;
  woonvraag: WoonvraagTable;
  verwijzing: VerwijzingTable;
  verwijzingStap: VerwijzingStapTable;
  toegangslog: ToegangslogTable;
}

export type MatchingspuntRow = Selectable<MatchingspuntTable>;
export type WoningRow = Selectable<WoningTable>;
export type WoonvraagRow = Selectable<WoonvraagTable>;
export type VerwijzingRow = Selectable<VerwijzingTable>;
export type VerwijzingStapRow = Selectable<VerwijzingStapTable>;
export type ToegangslogRow = Selectable<ToegangslogTable>;
export type WoonoptiesDb = Kysely<WoonoptiesDatabase>;

export function openWoonoptiesDatabase(location: DatabaseLocation, counter: StatementCounter): WoonoptiesDb {
  // Every read of a demand record appends to the access log, under a random id: a 16 MiB page cache
  // (better-sqlite3's default) fills with log pages over hours of use, 4 MiB holds the rest of the data.
  return openDatabase<WoonoptiesDatabase>(location, counter, { sqliteCacheKib: 4_096 });
}
