import type DataLoader from 'dataloader';
import { createEntityLoader, createGroupLoader } from '../../../lib/loaders.js';
import type { PartnersDb } from './db/database.js';
import { findPartnersByIds, findPartnersByRegios, findRollenByPartners, type PartnerInRegioRow } from './db/partner-queries.js';

export interface RegioPartnerFilter {
  rol: string | null;
  soort: string | null;
}

/** Created per request, so a cached row never outlives the request that read it. */
export function createPartnersLoaders(db: PartnersDb) {
  // `Regio.partners(rol:, soort:)` takes arguments; every distinct argument set gets its own loader,
  // so all regions asked with the same arguments share one query.
  const partnersByRegioPerFilter = new Map<string, DataLoader<string, PartnerInRegioRow[]>>();
  return {
    partnerById: createEntityLoader((ids: readonly string[]) => findPartnersByIds(db, ids), (row) => row.id),
    rollenByPartner: createGroupLoader((ids: readonly string[]) => findRollenByPartners(db, ids), (row) => row.partnerId),
    partnersByRegio(filter: RegioPartnerFilter): DataLoader<string, PartnerInRegioRow[]> {
      const key = `${filter.rol ?? ''}|${filter.soort ?? ''}`;
      let loader = partnersByRegioPerFilter.get(key);
      if (!loader) {
        loader = createGroupLoader((codes: readonly string[]) => findPartnersByRegios(db, codes, filter), (row) => row.regioCode);
        partnersByRegioPerFilter.set(key, loader);
      }
      return loader;
    },
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
