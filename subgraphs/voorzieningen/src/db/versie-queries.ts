import type { Insertable, Kysely, Selectable } from 'kysely';
import type { VoorzieningenDatabase, VoorzieningenDb, VoorzieningenTransaction, WijzigingRow } from './database.js';

/** The tables of versions, each with the column that is its records' key. */
const sleutelkolommen = { productVersie: 'code', subsidieVersie: 'id', subsidieBedragVersie: 'id', kengetalVersie: 'id' } as const;

export type VersieTabel = keyof typeof sleutelkolommen;
export type VersieRow<T extends VersieTabel> = Selectable<VoorzieningenDatabase[T]>;

// Kysely types a table only when its name is a literal; the map above is what keeps these honest.
const untyped = (db: VoorzieningenDb | VoorzieningenTransaction) => db as unknown as Kysely<any>;

/** Every version of these records, oldest first: their histories. */
export async function findVersies<T extends VersieTabel>(db: VoorzieningenDb, table: T, keys: readonly string[]): Promise<VersieRow<T>[]> {
  const key: string = sleutelkolommen[table];
  return (await untyped(db).selectFrom(table).selectAll().where(key, 'in', keys).orderBy(key).orderBy('versie').execute()) as VersieRow<T>[];
}

/** Each record's latest version, withdrawn ones too: what the seed is compared with. */
export async function findLatestVersies<T extends VersieTabel>(db: VoorzieningenDb | VoorzieningenTransaction, table: T): Promise<VersieRow<T>[]> {
  const key: string = sleutelkolommen[table];
  const versies: string = table;
  const rows = await untyped(db)
    .selectFrom(`${versies} as huidig`)
    .selectAll('huidig')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom(`${versies} as nieuwer`).select(`nieuwer.${key}`).whereRef(`nieuwer.${key}`, '=', `huidig.${key}`).whereRef('nieuwer.versie', '>', 'huidig.versie'))),
    )
    .execute();
  return rows as VersieRow<T>[];
}

/**
 * A record's latest version, a withdrawn one too (`vervallen` says so), or null for a key never
 * used: a change to a withdrawn record is refused by its region's steward, and a record added again
 * under a withdrawn key continues its versions.
 */
export async function findLatestVersie<T extends VersieTabel>(db: VoorzieningenDb | VoorzieningenTransaction, table: T, key: string): Promise<VersieRow<T> | null> {
  const kolom: string = sleutelkolommen[table];
  const row = await untyped(db).selectFrom(table).selectAll().where(kolom, '=', key).orderBy('versie', 'desc').limit(1).executeTakeFirst();
  return (row as VersieRow<T> | undefined) ?? null;
}

/**
 * New versions. The primary key (key, versie) is what makes two simultaneous edits of one version
 * safe: the second insert of the same next version fails, and the caller refuses it as stale.
 */
export async function insertVersies<T extends VersieTabel>(trx: VoorzieningenTransaction, table: T, versies: Insertable<VoorzieningenDatabase[T]>[]): Promise<void> {
  for (let start = 0; start < versies.length; start += 100) await untyped(trx).insertInto(table).values(versies.slice(start, start + 100)).execute();
}

/** The highest `volgorde` in a region's subsidies or figures, or a subsidy's amounts, so a new row comes last. */
export async function findHoogsteVolgorde(
  trx: VoorzieningenTransaction,
  lijst: { table: 'subsidieVersie' | 'kengetalVersie'; regioCode: string } | { table: 'subsidieBedragVersie'; subsidieId: string },
): Promise<number> {
  const query = trx.selectFrom(lijst.table).select((eb) => eb.fn.max('volgorde').as('hoogste'));
  const row = await ('subsidieId' in lijst ? query.where('subsidieId', '=', lijst.subsidieId) : query.where('regioCode', '=', lijst.regioCode)).executeTakeFirst();
  return Number(row?.hoogste ?? 0);
}

/** The change feed after change `na`, oldest first, optionally of one region's facts. */
export function findWijzigingenNa(db: VoorzieningenDb, na: number, limit: number, regioCode: string | null): Promise<WijzigingRow[]> {
  return db
    .selectFrom('wijziging')
    .selectAll()
    .where('nr', '>', na)
    .$if(regioCode !== null, (query) => query.where('regioCodes', 'like', `%|${regioCode}|%`))
    .orderBy('nr')
    .limit(limit)
    .execute();
}
