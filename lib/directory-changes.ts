import { sql, type Expression, type Insertable, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { Gebruiker } from './auth.js';
import { uniqueViolation } from './database.js';
import { toontAuteurs, type Aanvrager } from './requester.js';
import {
  auteurVan,
  bronColumnsOf,
  bronInWoorden,
  encodeWijzigingCursor,
  nextVersie,
  recordWijziging,
  seedAuteur,
  type Verantwoording,
  type WijzigingActie,
  type WijzigingTable,
} from './history.js';

/*
 * What every subgraph that owns directory data does to change it (lib/history.ts says how the
 * history is kept): run the change in one transaction, refuse a stale one, write the feed line and
 * the version columns, answer with a typed result, read its own feed.
 */

/** A business refusal: nothing changed, and `bericht` tells the steward in plain Dutch what to do. */
export interface Weigering<Code extends string = string> {
  code: Code;
  bericht: string;
}

/** A change's typed result: the record as it now is, or the refusal. */
export type Outcome<Field extends string, Row, Code extends string = string> =
  | ({ ok: true; weigering: null } & { [K in Field]: Row })
  | ({ ok: false; weigering: Weigering<Code> } & { [K in Field]: null });

export function gelukt<Field extends string, Row>(field: Field, row: Row): Outcome<Field, Row, never> {
  return { ok: true, weigering: null, [field]: row } as Outcome<Field, Row, never>;
}

export function geweigerd<Field extends string, Row = never, Code extends string = string>(field: Field, weigering: Weigering<Code>): Outcome<Field, Row, Code> {
  return { ok: false, weigering, [field]: null } as Outcome<Field, Row, Code>;
}

export const verouderdBericht = 'Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw, bekijk de wijziging en probeer het dan nog eens.';

export function bestaatNietBericht(wat: string): string {
  return `${wat} bestaat niet (meer) in de directory.`;
}

/** Runs a change; a second writer of the same next version hits the primary key, which means stale. */
export async function vastleggen<DB, T>(db: Kysely<DB>, change: (trx: Transaction<DB>, op: string) => Promise<T>): Promise<T | 'verouderd'> {
  try {
    return await db.transaction().execute((trx) => change(trx, new Date().toISOString()));
  } catch (error) {
    if (uniqueViolation(error)) return 'verouderd';
    throw error;
  }
}

export interface Wijziging {
  /** The record type as the feed names it (PARTNER, PRODUCT, LIDMAATSCHAP, ...). */
  soort: string;
  sleutel: string;
  /** The version the change follows; 0 for a new record. */
  vorige: number;
  actie: WijzigingActie;
  /** The regions whose facts the change touches. */
  regioCodes: readonly string[];
}

/** The feed line and the version columns (with the source) of one change by a steward. */
export async function versieVoor(trx: Transaction<any>, gebruiker: Gebruiker, verantwoording: Verantwoording, wijziging: Wijziging, op: string) {
  const auteur = auteurVan(gebruiker);
  const nr = await recordWijziging(trx, { ...wijziging, versie: wijziging.vorige + 1, auteur, reden: verantwoording.reden, bron: bronInWoorden(verantwoording.bron), op });
  return { ...nextVersie(wijziging.vorige, auteur, verantwoording.reden, { nr, op, actie: wijziging.actie }), ...bronColumnsOf(verantwoording.bron) };
}

/** A record's period in the facts' own time: inclusive days, null is open. */
export interface Periode {
  vanaf: string | null;
  tot: string | null;
}

/** Whether two periods share a day. */
export function overlapt(a: Periode, b: Periode): boolean {
  return (a.vanaf === null || b.tot === null || a.vanaf <= b.tot) && (b.vanaf === null || a.tot === null || b.vanaf <= a.tot);
}

/** A period whose last day is before its first holds on no day at all. */
export function periodeKlopt(vanaf: string | null, tot: string | null): boolean {
  return vanaf === null || tot === null || vanaf <= tot;
}

/**
 * A record holds on a day when its period contains that day: both ends inclusive, a null end open.
 * Dates are stored as YYYY-MM-DD text, so comparing the text compares the days.
 */
export function geldigOp(table: string, peildatum: string, columns: { vanaf: string; tot: string } = { vanaf: 'vanaf', tot: 'tot' }): Expression<SqlBool> {
  const vanaf = sql.ref(`${table}.${columns.vanaf}`);
  const tot = sql.ref(`${table}.${columns.tot}`);
  return sql<SqlBool>`((${vanaf} is null or ${vanaf} <= ${peildatum}) and (${tot} is null or ${tot} >= ${peildatum}))`;
}

/**
 * The version tables of a subgraph, each with the column that keys its records. Kysely types a
 * table only when its name is a literal; the map is what keeps these generic queries honest.
 */
export function versionTables<DB, Keys extends { [T in keyof DB & string]?: string }>(keys: Keys) {
  type Table = keyof Keys & keyof DB & string;
  type Row<T extends Table> = Selectable<DB[T]>;
  const untyped = (db: Kysely<DB>) => db as unknown as Kysely<any>;
  return {
    /** Every version of these records, oldest first: their histories. */
    async findVersies<T extends Table>(db: Kysely<DB>, table: T, ids: readonly string[]): Promise<Row<T>[]> {
      const key = keys[table] as string;
      return (await untyped(db).selectFrom(table).selectAll().where(key, 'in', ids).orderBy(key).orderBy('versie').execute()) as Row<T>[];
    },
    /** Each record's latest version, withdrawn ones too: what the seed is compared with. */
    async findLatestVersies<T extends Table>(db: Kysely<DB>, table: T): Promise<Row<T>[]> {
      const key = keys[table] as string;
      const name: string = table;
      const rows = await untyped(db)
        .selectFrom(`${name} as huidig`)
        .selectAll('huidig')
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom(`${name} as nieuwer`).select(`nieuwer.${key}`).whereRef(`nieuwer.${key}`, '=', `huidig.${key}`).whereRef('nieuwer.versie', '>', 'huidig.versie'))),
        )
        .execute();
      return rows as Row<T>[];
    },
    /**
     * A record's latest version, a withdrawn one too (`vervallen` says so), or null for a key never
     * used: a record added again under a withdrawn key continues its versions.
     */
    async findLatestVersie<T extends Table>(db: Kysely<DB>, table: T, id: string): Promise<Row<T> | null> {
      const row = await untyped(db).selectFrom(table).selectAll().where(keys[table] as string, '=', id).orderBy('versie', 'desc').limit(1).executeTakeFirst();
      return (row as Row<T> | undefined) ?? null;
    },
    /**
     * New versions. The primary key (key, versie) is what makes two simultaneous edits of one
     * version safe: the second insert of the same next version fails, and the caller refuses it as stale.
     */
    async insertVersies<T extends Table>(trx: Kysely<DB>, table: T, versies: Insertable<DB[T]>[]): Promise<void> {
      for (let start = 0; start < versies.length; start += 100) await untyped(trx).insertInto(table).values(versies.slice(start, start + 100)).execute();
    },
  };
}

/** Which lines of a change feed to read: optionally one region's facts, optionally only stewards' changes (not the seed's). */
export interface FeedFilter {
  regioCode: string | null;
  vanBeheerders?: boolean | null;
}

/** The change feed after change `na`, oldest first. */
export function findWijzigingenNa(db: Kysely<{ wijziging: WijzigingTable }>, na: number, limit: number, filter: FeedFilter): Promise<Selectable<WijzigingTable>[]> {
  return db
    .selectFrom('wijziging')
    .selectAll()
    .where('nr', '>', na)
    .$if(filter.regioCode !== null, (query) => query.where('regioCodes', 'like', `%|${filter.regioCode}|%`))
    .$if(Boolean(filter.vanBeheerders), (query) => query.where('door', '!=', seedAuteur))
    .orderBy('nr')
    .limit(limit)
    .execute();
}

/** A page of a subgraph's change feed, as the GraphQL `Wijzigingenpagina`. */
export interface ChangeFeedPage {
  wijzigingen: Selectable<WijzigingTable>[];
  cursor: string;
  heeftMeer: boolean;
}

/** The changes after change `na`; the page's cursor is the last change it holds. */
export async function wijzigingenpagina(db: Kysely<any>, na: number, limit: number, filter: FeedFilter): Promise<ChangeFeedPage> {
  const rows = await findWijzigingenNa(db, na, limit + 1, filter);
  const wijzigingen = rows.slice(0, limit);
  return { wijzigingen, cursor: encodeWijzigingCursor(wijzigingen.at(-1)?.nr ?? na), heeftMeer: rows.length > limit };
}

/** Who made a change: for stewards only, as in a record's history; anyone else sees null. */
export function doorVanWijziging(wijziging: Pick<WijzigingTable, 'door'>, _args: unknown, context: { aanvrager: Aanvrager }): string | null {
  return toontAuteurs(context.aanvrager) ? wijziging.door : null;
}

/** The regions a feed line names, as references the regions subgraph resolves. */
export function regiosVanWijziging(wijziging: Pick<WijzigingTable, 'regioCodes'>): Array<{ code: string }> {
  return wijziging.regioCodes
    .split('|')
    .filter(Boolean)
    .map((code) => ({ code }));
}
