import DataLoader from 'dataloader';
import { createEntityLoader, createGroupLoader, perArguments } from '../../../lib/loaders.js';
import type { KengetalRow, ProductRow, SubsidieBedragRow, SubsidieRow, VoorzieningenDb } from './db/database.js';
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
  type SubsidieSom,
} from './db/subsidie-queries.js';
import { findVersies } from './db/versie-queries.js';

/** Created per request, so a cached row never outlives the request that read it. */
export function createVoorzieningenLoaders(db: VoorzieningenDb) {
  return {
    productByCode: createEntityLoader((codes: readonly string[]) => findProductenByCodes(db, codes), (row) => row.code),
    productcategorieByCode: createEntityLoader((codes: readonly string[]) => findProductcategorieenByCodes(db, codes), (row) => row.code),
    productenByRegio: perArguments(
      (peildatum: string): DataLoader<string, ProductRow[]> => createGroupLoader((codes: readonly string[]) => findProductenByRegios(db, codes, peildatum), (row) => row.regioCode),
    ),
    productenByCategorie: perArguments(
      (peildatum: string): DataLoader<string, ProductRow[]> => createGroupLoader((codes: readonly string[]) => findProductenByCategorieen(db, codes, peildatum), (row) => row.categorieCode),
    ),
    subsidieById: createEntityLoader((ids: readonly string[]) => findSubsidiesByIds(db, ids), (row) => row.id),
    subsidiesByRegio: perArguments(
      (peildatum: string): DataLoader<string, SubsidieRow[]> => createGroupLoader((codes: readonly string[]) => findSubsidiesByRegios(db, codes, peildatum), (row) => row.regioCode),
    ),
    subsidiesByOntvanger: perArguments(
      (peildatum: string): DataLoader<string, SubsidieRow[]> => createGroupLoader((ids: readonly string[]) => findSubsidiesByOntvangers(db, ids, peildatum), (row) => row.ontvangerId),
    ),
    bedragenBySubsidie: createGroupLoader((ids: readonly string[]) => findBedragenBySubsidies(db, ids), (row) => row.subsidieId),
    subsidietotalenByRegio: createGroupLoader((codes: readonly string[]) => findSubsidietotalenByRegios(db, codes), (row) => row.regioCode),
    // sumSubsidiesByRegios answers every key, in key order.
    subsidieSomByRegio: perArguments((peildatum: string) => new DataLoader<string, SubsidieSom>((codes) => sumSubsidiesByRegios(db, codes, peildatum))),
    kengetallenByRegio: createGroupLoader((codes: readonly string[]) => findKengetallenByRegios(db, codes), (row) => row.regioCode),
    productVersies: createGroupLoader((codes: readonly string[]) => findVersies(db, 'productVersie', codes), (row: ProductRow) => row.code),
    subsidieVersies: createGroupLoader((ids: readonly string[]) => findVersies(db, 'subsidieVersie', ids), (row: SubsidieRow) => row.id),
    bedragVersies: createGroupLoader((ids: readonly string[]) => findVersies(db, 'subsidieBedragVersie', ids), (row: SubsidieBedragRow) => row.id),
    kengetalVersies: createGroupLoader((ids: readonly string[]) => findVersies(db, 'kengetalVersie', ids), (row: KengetalRow) => row.id),
  };
}

export type VoorzieningenLoaders = ReturnType<typeof createVoorzieningenLoaders>;
