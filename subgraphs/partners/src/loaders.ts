import type DataLoader from 'dataloader';
import { createEntityLoader, createGroupLoader, perArguments } from '../../../lib/loaders.js';
import type { PartnerRolRow, PartnerRow, PartnersDb } from './db/database.js';
import { findPartnersByIds, findPartnersByRegios, findRollenByPartners, type PartnerInRegioRow } from './db/partner-queries.js';
import { findPartnerVersies, findRolVersies } from './db/versie-queries.js';

export interface RegioPartnerFilter {
  rol: string | null;
  soort: string | null;
  peildatum: string;
}

/** Created per request, so a cached row never outlives the request that read it. */
export function createPartnersLoaders(db: PartnersDb) {
  return {
    partnerById: createEntityLoader((ids: readonly string[]) => findPartnersByIds(db, ids), (row) => row.id),
    /** A role list as of a day; `null` gives every role in its latest version, ended ones too. */
    rollenByPartner: perArguments(
      (peildatum: string | null): DataLoader<string, PartnerRolRow[]> =>
        createGroupLoader((ids: readonly string[]) => findRollenByPartners(db, ids, peildatum), (row) => row.partnerId),
    ),
    partnersByRegio: perArguments(
      (filter: RegioPartnerFilter): DataLoader<string, PartnerInRegioRow[]> =>
        createGroupLoader((codes: readonly string[]) => findPartnersByRegios(db, codes, filter), (row) => row.regioCode),
    ),
    partnerVersies: createGroupLoader((ids: readonly string[]) => findPartnerVersies(db, ids), (row: PartnerRow) => row.id),
    rolVersies: createGroupLoader((ids: readonly string[]) => findRolVersies(db, ids), (row: PartnerRolRow) => row.id),
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
