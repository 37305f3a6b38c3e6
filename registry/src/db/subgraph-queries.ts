import type { NewSubgraphVersie, RegistryDb, SubgraphVersieRow } from './database.js';

export function findSubgraphVersionsByIds(db: RegistryDb, ids: number[]): Promise<SubgraphVersieRow[]> {
  return db.selectFrom('subgraphVersie').selectAll().where('id', 'in', ids).orderBy('naam').execute();
}

/** Every published version of one subgraph without its SDL, oldest first. */
export function findSubgraphVersions(db: RegistryDb, naam: string) {
  return db.selectFrom('subgraphVersie').select(['id', 'url', 'uitgever', 'op']).where('naam', '=', naam).orderBy('id').execute();
}

export async function insertSubgraphVersion(db: RegistryDb, versie: NewSubgraphVersie): Promise<number> {
  const row = await db.insertInto('subgraphVersie').values(versie).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
