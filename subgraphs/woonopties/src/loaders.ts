import DataLoader from 'dataloader';
import { createEntityLoader, createGroupLoader } from '../../../lib/loaders.js';
import type { WoonoptiesDb } from './db/database.js';
import { countStatistiekByMatchingspunten, findGemeentenByMatchingspunten, findMatchingspuntenByIds } from './db/matchingspunt-queries.js';
import { findStappenByVerwijzingen, findVerwijzingenByIds, findVerwijzingenByWoningen, findVerwijzingenByWoonvragen } from './db/verwijzing-queries.js';
import { findWoningenByIds } from './db/woning-queries.js';
import { findWoonvragenByIds } from './db/woonvraag-queries.js';

/**
 * Created per request. These loaders return rows without access checks: resolvers decide what a
 * user may see before a row leaves the subgraph.
 */
export function createWoonoptiesLoaders(db: WoonoptiesDb) {
  return {
    matchingspuntById: createEntityLoader((ids: readonly string[]) => findMatchingspuntenByIds(db, ids), (row) => row.id),
    gemeentenByMatchingspunt: createGroupLoader((ids: readonly string[]) => findGemeentenByMatchingspunten(db, ids), (row) => row.matchingspuntId),
    // countStatistiekByMatchingspunten answers every key, in key order.
    statistiekByMatchingspunt: new DataLoader((ids: readonly string[]) => countStatistiekByMatchingspunten(db, ids)),
    woningById: createEntityLoader((ids: readonly string[]) => findWoningenByIds(db, ids), (row) => row.id),
    woonvraagById: createEntityLoader((ids: readonly string[]) => findWoonvragenByIds(db, ids), (row) => row.id),
    verwijzingById: createEntityLoader((ids: readonly string[]) => findVerwijzingenByIds(db, ids), (row) => row.id),
    verwijzingenByWoonvraag: createGroupLoader((ids: readonly string[]) => findVerwijzingenByWoonvragen(db, ids), (row) => row.woonvraagId),
    verwijzingenByWoning: createGroupLoader((ids: readonly string[]) => findVerwijzingenByWoningen(db, ids), (row) => row.woningId),
    stappenByVerwijzing: createGroupLoader((ids: readonly string[]) => findStappenByVerwijzingen(db, ids), (row) => row.verwijzingId),
  };
}

export type WoonoptiesLoaders = ReturnType<typeof createWoonoptiesLoaders>;
