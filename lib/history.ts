import { sql, type CreateTableBuilder, type Kysely, type Transaction } from 'kysely';
import type { Gebruiker } from './auth.js';
import { addSerialKey } from './database.js';
import { toBron, type Bron, type BronColumns } from './bron.js';
import { badUserInput } from './errors.js';
import { assertIsoDate, optionalText } from './validation.js';

/*
 * How the directory keeps its history. Nothing is updated in place or deleted: every record type
 * has a table of versions (`<record>_versie`, primary key: the record's key and `versie`), and a
 * view named after the record shows each record's latest version, so every read query selects from
 * the view as it did from the table before. A change inserts the next version in one transaction
 * with a line in `wijziging`, the subgraph's numbered change feed.
 *
 * Two kinds of time. The facts' own time is data of the record (a role's `vanaf` and `tot`, a
 * document's period): reading "as of" a date (`peildatum`) keeps the records whose period holds
 * that date, in their latest version. Our time is `vastgelegdOp`: when a version was recorded, by
 * whom, why, and on which source.
 */

/** The columns every version carries, besides the record's own. */
export interface VersieColumns {
  versie: number;
  /** When this version was recorded (ISO 8601, UTC). */
  vastgelegdOp: string;
  /** The user id from the token, or `bronbestanden` for the seed files. */
  vastgelegdDoor: string;
  /** The organisation the user acted for, from the token. */
  namens: string | null;
  reden: string;
  /** The change that recorded this version (`wijziging.nr`). */
  wijzigingNr: number;
  actie: WijzigingActie;
  /** 1 when this version withdraws a record that should never have been recorded (a seed error). */
  vervallen: number;
}

/** Who records the versions that come from the seed files. */
export const seedAuteur = 'bronbestanden';
/**
 * Why the seed changes a record. Public in every feed line (unlike who made it): the gateway's
 * response cache reads it to tell a seed's changes, which also change tables no feed line names.
 */
export const seedReden = 'Uit de bronbestanden van de hub (bronnen/)';

/** Adds the version columns to a `<record>_versie` table in a migration. */
export function withVersieColumns(table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return table
    .addColumn('versie', 'integer', (col) => col.notNull())
    .addColumn('vastgelegd_op', 'text', (col) => col.notNull())
    .addColumn('vastgelegd_door', 'text', (col) => col.notNull())
    .addColumn('namens', 'text')
    .addColumn('reden', 'text', (col) => col.notNull())
    .addColumn('wijziging_nr', 'integer', (col) => col.notNull())
    .addColumn('actie', 'text', (col) => col.notNull())
    .addColumn('vervallen', 'integer', (col) => col.notNull().defaultTo(0));
}

/**
 * The view that shows each record's latest version, unless that version withdrew the record.
 * `NOT EXISTS` over the primary key (key columns, versie) is one index probe per row on SQLite and
 * PostgreSQL, however long the history grows.
 */
export async function createLatestVersionView(db: Kysely<any>, view: string, table: string, keyColumns: string[]): Promise<void> {
  const sameRecord = keyColumns.map((column) => `nieuwer.${column} = huidig.${column}`).join(' AND ');
  await sql
    .raw(`CREATE VIEW ${view} AS SELECT huidig.* FROM ${table} huidig WHERE huidig.vervallen = 0 AND NOT EXISTS (SELECT 1 FROM ${table} nieuwer WHERE ${sameRecord} AND nieuwer.versie > huidig.versie)`)
    .execute(db);
}

/** The change feed table of a subgraph, in a migration. */
export async function createWijzigingTable(db: Kysely<any>): Promise<void> {
  await addSerialKey(db, db.schema.createTable('wijziging'), 'nr')
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('soort', 'text', (col) => col.notNull())
    .addColumn('sleutel', 'text', (col) => col.notNull())
    .addColumn('versie', 'integer', (col) => col.notNull())
    .addColumn('actie', 'text', (col) => col.notNull())
    .addColumn('regio_codes', 'text', (col) => col.notNull())
    .addColumn('door', 'text', (col) => col.notNull())
    .addColumn('namens', 'text')
    .addColumn('reden', 'text', (col) => col.notNull())
    .addColumn('bron', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('wijziging_record').on('wijziging').columns(['soort', 'sleutel', 'nr']).execute();
}

export interface WijzigingTable {
  nr: number;
  op: string;
  /** The record type, as the GraphQL enum names it (PARTNER, PARTNERROL, ...). */
  soort: string;
  /** The record's key, its parts joined by `|`. */
  sleutel: string;
  versie: number;
  actie: string;
  /** The regions whose facts the change touches, as `|a|b|` so one LIKE finds a region; `||` for none. */
  regioCodes: string;
  door: string;
  namens: string | null;
  reden: string;
  /** The source in words: a document reference with section, or "opgave van X op datum". */
  bron: string;
}

export type WijzigingActie = 'AANGEMAAKT' | 'GEWIJZIGD' | 'BEEINDIGD' | 'SAMENGEVOEGD' | 'INGETROKKEN';

/** Why a change was made and on what it rests, as a steward states it. */
export interface Verantwoording {
  reden: string;
  bron: BronVerwijzing;
}

/** A source: a document (with its section and a quote), or an organisation's own statement on a date. */
export type BronVerwijzing =
  | { soort: 'document'; document: string; sectie: string | null; citaat: string | null }
  | { soort: 'opgave'; organisatie: string; datum: string };

export interface BronInvoer {
  document?: string | null;
  sectie?: string | null;
  citaat?: string | null;
  opgaveVan?: string | null;
  opgaveOp?: string | null;
}

/** An optional date argument (YYYY-MM-DD); empty is absent. */
export function parseDate(value: string | null | undefined, argumentName: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return assertIsoDate(value.trim(), argumentName);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The day a list is read as of: the one asked for, or today. */
export function peildatumVan(peildatum: string | null | undefined): string {
  return parseDate(peildatum, 'peildatum') ?? today();
}


/**
 * Every change says why and on what source: a document reference (with section and quote where
 * there is one), or "opgave van <organisatie>" with the date the organisation stated it.
 */
export function parseVerantwoording(reden: string | null | undefined, bron: BronInvoer | null | undefined): Verantwoording {
  const waarom = optionalText(reden, 'reden', 500);
  if (!waarom) throw badUserInput('reden is required: say why the directory changes', 'reden');
  const document = optionalText(bron?.document, 'bron.document', 300);
  const opgaveVan = optionalText(bron?.opgaveVan, 'bron.opgaveVan', 200);
  if ((document === null) === (opgaveVan === null)) {
    throw badUserInput('bron needs exactly one of document (a document reference) or opgaveVan (the organisation that stated it, with opgaveOp)', 'bron');
  }
  if (document !== null) {
    return { reden: waarom, bron: { soort: 'document', document, sectie: optionalText(bron?.sectie, 'bron.sectie', 200), citaat: optionalText(bron?.citaat, 'bron.citaat', 2_000) } };
  }
  const datum = parseDate(bron?.opgaveOp, 'bron.opgaveOp');
  if (!datum) throw badUserInput('bron.opgaveOp is required with opgaveVan: the date the organisation stated it', 'bron.opgaveOp');
  return { reden: waarom, bron: { soort: 'opgave', organisatie: opgaveVan!, datum } };
}

/** How a version stores its source in the record's own `bron_*` columns, which the `Bron` type shows. */
export function bronColumnsOf(bron: BronVerwijzing): { bronDocument: string; bronSectie: string | null; bronCitaat: string | null } {
  if (bron.soort === 'document') return { bronDocument: bron.document, bronSectie: bron.sectie, bronCitaat: bron.citaat };
  return { bronDocument: `opgave van ${bron.organisatie} op ${bron.datum}`, bronSectie: null, bronCitaat: null };
}

export function bronInWoorden(bron: BronVerwijzing): string {
  if (bron.soort === 'opgave') return `opgave van ${bron.organisatie} op ${bron.datum}`;
  return [bron.document, bron.sectie].filter(Boolean).join(', ');
}

/** Who recorded a change: the token's subject, on behalf of the token's organisation. */
export interface Auteur {
  door: string;
  namens: string | null;
}

export function auteurVan(gebruiker: Gebruiker): Auteur {
  return { door: gebruiker.id, namens: gebruiker.organisatie };
}

export interface NieuweWijziging {
  soort: string;
  sleutel: string;
  versie: number;
  actie: WijzigingActie;
  regioCodes: readonly string[];
  auteur: Auteur;
  reden: string;
  bron: string;
  op: string;
}

/** Writes the change feed's line for a change and returns its number, which the version records. */
export async function recordWijziging(trx: Transaction<any> | Kysely<any>, wijziging: NieuweWijziging): Promise<number> {
  const row = {
    op: wijziging.op,
    soort: wijziging.soort,
    sleutel: wijziging.sleutel,
    versie: wijziging.versie,
    actie: wijziging.actie,
    regioCodes: `|${[...new Set(wijziging.regioCodes)].sort().join('|')}|`,
    door: wijziging.auteur.door,
    namens: wijziging.auteur.namens,
    reden: wijziging.reden,
    bron: wijziging.bron,
  };
  const inserted = await trx.insertInto('wijziging').values(row).returning('nr').executeTakeFirstOrThrow();
  return Number(inserted.nr);
}

/** The version columns of a new version, for a record whose latest version is `vorige` (0 when new). */
export function nextVersie(vorige: number, auteur: Auteur, reden: string, wijziging: { nr: number; op: string; actie: WijzigingActie }): VersieColumns {
  return { versie: vorige + 1, vastgelegdOp: wijziging.op, vastgelegdDoor: auteur.door, namens: auteur.namens, reden, wijzigingNr: wijziging.nr, actie: wijziging.actie, vervallen: wijziging.actie === 'INGETROKKEN' ? 1 : 0 };
}

/** A version in a history, with the fields that differ from the version before it. */
export interface Versiewijziging {
  veld: string;
  oud: string | null;
  nieuw: string | null;
}

/**
 * What changed between two versions of a record, field by field, leaving out the version columns
 * and the derived search keys, so a history says "tot: null → 2025-06-30", not which columns moved.
 */
export function verschillen(oud: object | null, nieuw: object, velden: readonly string[]): Versiewijziging[] {
  const before = oud as Record<string, unknown> | null;
  const after = nieuw as Record<string, unknown>;
  const tekst = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return velden
    .filter((veld) => tekst(before?.[veld]) !== tekst(after[veld]))
    .map((veld) => ({ veld, oud: tekst(before?.[veld]), nieuw: tekst(after[veld]) }));
}

/** Keys of composite records in one text, for the change feed and the history. */
export function sleutelVan(...parts: Array<string | number>): string {
  return parts.join('|');
}

/** A feed cursor is the number of the last change seen; it says nothing else, so it stays opaque. */
export function encodeWijzigingCursor(nr: number): string {
  return Buffer.from(`wijziging:${nr}`).toString('base64url');
}

export function decodeWijzigingCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^wijziging:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput(`"${cursor}" is not a change feed cursor this service issued`, 'na');
  return Number(match[1]);
}

export interface SeedPlan<Row> {
  row: Row;
  /** The version before this one, 0 for a new record. */
  vorige: number;
  actie: WijzigingActie;
}

/**
 * What applying the seed files changes, record by record. A record the seed names and the
 * directory lacks is created; one whose latest version came from the seed and differs from it gets
 * a new version; one a steward has changed since is left as the steward left it, because their
 * knowledge is newer than the file's. A record that came from the seed and is no longer in it is
 * withdrawn (a corrected seed error), never deleted. Applying the same seed twice plans nothing.
 */
export function planSeedVersions<Row extends Record<string, unknown>>(
  desired: readonly Row[],
  current: ReadonlyArray<Row & Pick<VersieColumns, 'versie' | 'vastgelegdDoor' | 'vervallen'>>,
  keyOf: (row: Row) => string,
  fields: readonly (keyof Row & string)[],
): SeedPlan<Row>[] {
  const byKey = new Map(current.map((row) => [keyOf(row), row]));
  const plans: SeedPlan<Row>[] = [];
  const seen = new Set<string>();
  for (const row of desired) {
    const key = keyOf(row);
    seen.add(key);
    const known = byKey.get(key);
    if (!known) plans.push({ row, vorige: 0, actie: 'AANGEMAAKT' });
    else if (known.vastgelegdDoor === seedAuteur && (known.vervallen === 1 || verschillen(known, row, fields).length > 0)) plans.push({ row, vorige: known.versie, actie: 'GEWIJZIGD' });
  }
  for (const known of current) {
    if (known.vastgelegdDoor === seedAuteur && known.vervallen === 0 && !seen.has(keyOf(known))) plans.push({ row: known, vorige: known.versie, actie: 'INGETROKKEN' });
  }
  return plans;
}

/** The GraphQL `Vastlegging`: one version of a record, as its history shows it. */
export interface HistoryEntry {
  versie: number;
  actie: WijzigingActie;
  op: string;
  door: string | null;
  namens: string | null;
  reden: string;
  bron: Bron;
  wijzigingen: Versiewijziging[];
}

/**
 * A record's history from its versions (oldest first), each with the fields it changed. Who
 * recorded a version is a person: only stewards see it; everyone sees on whose behalf.
 */
export function vastleggingenVan<Row extends VersieColumns & BronColumns>(versies: readonly Row[], velden: readonly (keyof Row & string)[], toonDoor: boolean): HistoryEntry[] {
  return versies.map((versie, index) => ({
    versie: versie.versie,
    actie: versie.actie,
    op: versie.vastgelegdOp,
    door: toonDoor || versie.vastgelegdDoor === seedAuteur ? versie.vastgelegdDoor : null,
    namens: versie.namens,
    reden: versie.reden,
    bron: toBron(versie.bronDocument, versie.bronSectie, versie.bronCitaat),
    wijzigingen: verschillen(index === 0 ? null : versies[index - 1]!, versie, velden),
  }));
}

/** The subgraphs whose change feeds make up the directory's, each with its key in the cursor. */
export const directoryFeeds = { regions: 'r', partners: 'p', voorzieningen: 'v' } as const;
export type DirectoryFeed = keyof typeof directoryFeeds;

/**
 * The directory's cursor holds each owning subgraph's position in its own feed. It is opaque to
 * clients; every subgraph reads its own part, and the regions subgraph joins the parts again.
 */
export function encodeDirectoryCursor(positions: Record<DirectoryFeed, number>): string {
  return Buffer.from(Object.entries(directoryFeeds).map(([feed, key]) => `${key}${positions[feed as DirectoryFeed]}`).join('.')).toString('base64url');
}

export function decodeDirectoryCursor(cursor: string | null | undefined): Record<DirectoryFeed, number> {
  const positions = { regions: 0, partners: 0, voorzieningen: 0 };
  if (cursor === null || cursor === undefined || cursor === '') return positions;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = /^r(\d{1,15})\.p(\d{1,15})\.v(\d{1,15})$/.exec(text);
  if (!parts) throw badUserInput(`"${cursor}" is not a directory cursor this hub issued`, 'na');
  return { regions: Number(parts[1]), partners: Number(parts[2]), voorzieningen: Number(parts[3]) };
}
