import type { Gebruiker } from '../../../../lib/auth.js';
import { uniqueViolation } from '../../../../lib/database.js';
import { badUserInput } from '../../../../lib/errors.js';
import { auteurVan, bronColumnsOf, bronInWoorden, nextVersie, recordWijziging, type BronInvoer, type Verantwoording, type WijzigingActie } from '../../../../lib/history.js';
import { vereisBeheerder, type Aanvrager } from '../../../../lib/requester.js';
import { assertRegioCode } from '../../../../lib/validation.js';
import type { VoorzieningenDb, VoorzieningenTransaction } from '../db/database.js';
import { knownRegioCodes } from '../db/seed.js';
import { findLatestVersie, type VersieRow } from '../db/versie-queries.js';

/** Why a change is made and on what source, as a mutation receives it. */
export interface Verantwoordingsinvoer {
  reden: string;
  bron: BronInvoer;
}

export type Recordsoort = 'PRODUCT' | 'SUBSIDIE' | 'SUBSIDIEBEDRAG' | 'KENGETAL';

export interface Wijziging {
  soort: Recordsoort;
  sleutel: string;
  /** The version the change follows; 0 for a new record. */
  vorige: number;
  actie: WijzigingActie;
  regioCode: string;
}

/** Runs a change; a second writer of the same next version hits the primary key, which means stale. */
export async function vastleggen<T>(db: VoorzieningenDb, change: (trx: VoorzieningenTransaction, op: string) => Promise<T>): Promise<T | 'verouderd'> {
  try {
    return await db.transaction().execute((trx) => change(trx, new Date().toISOString()));
  } catch (error) {
    if (uniqueViolation(error)) return 'verouderd';
    throw error;
  }
}

/** The feed line and the version columns (with the source) of one change by a steward. */
export async function versieVoor(trx: VoorzieningenTransaction, gebruiker: Gebruiker, verantwoording: Verantwoording, wijziging: Wijziging, op: string) {
  const auteur = auteurVan(gebruiker);
  const nr = await recordWijziging(trx, {
    soort: wijziging.soort,
    sleutel: wijziging.sleutel,
    versie: wijziging.vorige + 1,
    actie: wijziging.actie,
    regioCodes: [wijziging.regioCode],
    auteur,
    reden: verantwoording.reden,
    bron: bronInWoorden(verantwoording.bron),
    op,
  });
  return { ...nextVersie(wijziging.vorige, auteur, verantwoording.reden, { nr, op, actie: wijziging.actie }), ...bronColumnsOf(verantwoording.bron) };
}

/**
 * The record a change names, in its latest version, and the steward who may change it. Who may
 * change a record depends on its region, so a key that names nothing is refused to all but a hub
 * steward; a withdrawn record is its region's, and gone (null) for the change.
 */
export async function teWijzigen<T extends 'productVersie' | 'subsidieVersie' | 'kengetalVersie'>(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  table: T,
  key: string,
): Promise<{ gebruiker: Gebruiker; huidig: VersieRow<T> | null }> {
  const laatste = await findLatestVersie(db, table, key);
  const record = laatste as { regioCode: string; vervallen: number } | null;
  const gebruiker = vereisBeheerder(aanvrager, record ? [record.regioCode] : []);
  return { gebruiker, huidig: record?.vervallen === 0 ? laatste : null };
}

export function assertKnownRegio(code: string, argumentName: string): string {
  assertRegioCode(code, argumentName);
  if (!knownRegioCodes.has(code)) throw badUserInput(`${argumentName}: region ${code} is not known to the hub`, argumentName);
  return code;
}

/** A period whose last day is before its first holds on no day at all. */
export function periodeKlopt(vanaf: string | null, tot: string | null): boolean {
  return vanaf === null || tot === null || vanaf <= tot;
}

/** Whole cents as digits in a string: GraphQL's Int stops at 21 million euro, and a float is never exact. */
export function parseCenten(value: string, argumentName: string): number {
  const digits = value.trim();
  if (!/^\d{1,15}$/.test(digits)) throw badUserInput(`${argumentName} must be whole cents, zero or more, as digits (such as "4158110" for € 41.581,10), got "${value}"`, argumentName);
  return Number(digits);
}

export function optionalCenten(value: string | null | undefined, argumentName: string): number | null {
  return value === null || value === undefined || value.trim() === '' ? null : parseCenten(value, argumentName);
}

export function assertJaar(jaar: number, argumentName: string): number {
  if (!Number.isInteger(jaar) || jaar < 1900 || jaar > 2100) throw badUserInput(`${argumentName} must be a year from 1900 to 2100, got ${jaar}`, argumentName);
  return jaar;
}

/** A count in a figure: whole and not negative (a fall is its own subject, such as `..._DALING`). */
export function assertAantal(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(`${argumentName} must be a whole number, zero or more, got ${value}`, argumentName);
  return value;
}

const partnerIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An organisation id as the partners subgraph makes them (bronnen/SEED-FORMAT.md): a lower-case slug. */
export function assertPartnerId(id: string, argumentName: string): string {
  if (id.length > 100 || !partnerIdPattern.test(id)) throw badUserInput(`"${id}" is not an organisation id: use lower-case words joined by hyphens, such as "leger-des-heils"`, argumentName);
  return id;
}

/** An optional field of a change: absent keeps what the record has, null clears it. */
export function gewijzigd<T, V>(value: V | null | undefined, huidig: T, parse: (value: V) => T): T | null {
  if (value === undefined) return huidig;
  if (value === null) return null;
  return parse(value);
}
