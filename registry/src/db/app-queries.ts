import type { AppVersieRow, NewAppVersie, RegistryDb } from './database.js';

export interface AppDocument {
  hash: string;
  document: string;
}

export interface ActiveAppDocument extends AppDocument {
  naam: string;
  versie: string;
}

export function findAppVersion(db: RegistryDb, naam: string, versie: string): Promise<AppVersieRow | undefined> {
  return db.selectFrom('appVersie').selectAll().where('naam', '=', naam).where('versie', '=', versie).executeTakeFirst();
}

export function findAppDocuments(db: RegistryDb, appVersieId: number): Promise<AppDocument[]> {
  return db.selectFrom('appDocument').select(['hash', 'document']).where('appVersieId', '=', appVersieId).orderBy('hash').execute();
}

/** Every app version with how many documents it has, by name and then oldest first. */
export async function findAppVersions(db: RegistryDb): Promise<Array<AppVersieRow & { documenten: number }>> {
  const rows = await db
    .selectFrom('appVersie')
    .leftJoin('appDocument', 'appDocument.appVersieId', 'appVersie.id')
    .selectAll('appVersie')
    .select((eb) => eb.fn.count<number>('appDocument.hash').as('documenten'))
    .groupBy(['appVersie.id', 'appVersie.naam', 'appVersie.versie', 'appVersie.status', 'appVersie.door', 'appVersie.op', 'appVersie.ingetrokkenDoor', 'appVersie.ingetrokkenOp'])
    .orderBy('appVersie.naam')
    .orderBy('appVersie.id')
    .execute();
  return rows.map((row) => ({ ...row, documenten: Number(row.documenten) }));
}

/** The ids of the active versions, oldest first: with immutable documents they fix what the gateways get. */
export async function findActiveAppVersionIds(db: RegistryDb): Promise<number[]> {
  const rows = await db.selectFrom('appVersie').select('id').where('status', '=', 'actief').orderBy('id').execute();
  return rows.map((row) => row.id);
}

export function findActiveAppDocuments(db: RegistryDb): Promise<ActiveAppDocument[]> {
  return db
    .selectFrom('appDocument')
    .innerJoin('appVersie', 'appVersie.id', 'appDocument.appVersieId')
    .select(['appVersie.naam', 'appVersie.versie', 'appDocument.hash', 'appDocument.document'])
    .where('appVersie.status', '=', 'actief')
    .orderBy('appVersie.id')
    .orderBy('appDocument.hash')
    .execute();
}

/** The version and its documents in one transaction, so a gateway never sees a version half registered. */
export async function insertAppVersion(db: RegistryDb, versie: NewAppVersie, documenten: AppDocument[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx.insertInto('appVersie').values(versie).returning('id').executeTakeFirstOrThrow();
    // 3 columns a row: far below the bound parameters SQLite and PostgreSQL take in one statement.
    for (let start = 0; start < documenten.length; start += 500) {
      await trx
        .insertInto('appDocument')
        .values(documenten.slice(start, start + 500).map((document) => ({ appVersieId: id, ...document })))
        .execute();
    }
    return id;
  });
}

/** Retires an active version; false when it was not active (already retired). */
export async function retireAppVersion(db: RegistryDb, id: number, door: string, op: string): Promise<boolean> {
  const result = await db
    .updateTable('appVersie')
    .set({ status: 'ingetrokken', ingetrokkenDoor: door, ingetrokkenOp: op })
    .where('id', '=', id)
    .where('status', '=', 'actief')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The last hour each client version was reported in since an hour, for the clients named. */
export async function findLastUseOfClients(db: RegistryDb, namen: string[], sinds: string): Promise<Map<string, string>> {
  if (namen.length === 0) return new Map();
  const rows = await db
    .selectFrom('gebruik')
    .select(['clientNaam', 'clientVersie'])
    .select((eb) => eb.fn.max('uur').as('laatste'))
    .where('uur', '>=', sinds)
    .where('clientNaam', 'in', namen)
    .groupBy(['clientNaam', 'clientVersie'])
    .execute();
  return new Map(rows.map((row) => [`${row.clientNaam}\n${row.clientVersie}`, String(row.laatste)]));
}
