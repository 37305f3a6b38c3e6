import type { NewSupergraphVersie, RegistryDb, SupergraphVersieRow } from './database.js';

/** The live supergraph: the newest version, since a rollback is written as a new version too. */
export function findLatestSupergraphVersion(db: RegistryDb): Promise<SupergraphVersieRow | undefined> {
  return db.selectFrom('supergraphVersie').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function findSupergraphVersion(db: RegistryDb, id: number): Promise<SupergraphVersieRow | undefined> {
  return db.selectFrom('supergraphVersie').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The version just before this one, or undefined for the first. */
export function findPreviousSupergraphVersion(db: RegistryDb, id: number): Promise<SupergraphVersieRow | undefined> {
  return db.selectFrom('supergraphVersie').selectAll().where('id', '<', id).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Every version without its SDL, oldest first. */
export function findSupergraphVersions(db: RegistryDb) {
  return db.selectFrom('supergraphVersie').select(['id', 'oorzaak', 'door', 'op']).orderBy('id').execute();
}

export async function insertSupergraphVersion(db: RegistryDb, versie: NewSupergraphVersie): Promise<number> {
  const row = await db.insertInto('supergraphVersie').values(versie).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
