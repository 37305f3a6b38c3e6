import DataLoader from 'dataloader';
import { createEntityLoader, createGroupLoader } from '../../../lib/loaders.js';
import type { VoorzieningenDb } from './db/database.js';
import { findKengetallenByRegios } from './db/kengetal-queries.js';
import {
  findProductcategorieenByCodes,
  findProductenByCategorieen,
  findProductenByCodes,
  findProductenByRegios,
} from './db/product-queries.js';
import {
  findBedragenBySubsidies,
  findSubsidiesByIds,
  findSubsidiesByOntvangers,
  findSubsidiesByRegios,
  findSubsidietotalenByRegios,
  sumSubsidiesByRegios,
} from './db/subsidie-queries.js';

/** Created per request, so a cached row never outlives the request that read it. */
export function createVoorzieningenLoaders(db: VoorzieningenDb) {
  return {
    productByCode: createEntityLoader((codes: readonly string[]) => findProductenByCodes(db, codes), (row) => row.code),
    productcategorieByCode: createEntityLoader((codes: readonly string[]) => findProductcategorieenByCodes(db, codes), (row) => row.code),
    productenByRegio: createGroupLoader((codes: readonly string[]) => findProductenByRegios(db, codes), (row) => row.regioCode),
    productenByCategorie: createGroupLoader((codes: readonly string[]) => findProductenByCategorieen(db, codes), (row) => row.categorieCode),
    subsidieById: createEntityLoader((ids: readonly string[]) => findSubsidiesByIds(db, ids), (row) => row.id),
    subsidiesByRegio: createGroupLoader((codes: readonly string[]) => findSubsidiesByRegios(db, codes), (row) => row.regioCode),
    subsidiesByOntvanger: createGroupLoader((ids: readonly string[]) => findSubsidiesByOntvangers(db, ids), (row) => row.ontvangerId),
    bedragenBySubsidie: createGroupLoader((ids: readonly string[]) => findBedragenBySubsidies(db, ids), (row) => row.subsidieId),
    subsidietotalenByRegio: createGroupLoader((codes: readonly string[]) => findSubsidietotalenByRegios(db, codes), (row) => row.regioCode),
    // sumSubsidiesByRegios answers every key, in key order.
    subsidieSomByRegio: new DataLoader((codes: readonly string[]) => sumSubsidiesByRegios(db, codes)),
    kengetallenByRegio: createGroupLoader((codes: readonly string[]) => findKengetallenByRegios(db, codes), (row) => row.regioCode),
  };
}

export type VoorzieningenLoaders = ReturnType<typeof createVoorzieningenLoaders>;
