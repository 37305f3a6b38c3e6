import type DataLoader from 'dataloader';
import { createEntityLoader, createGroupLoader, perArguments } from '../../../lib/loaders.js';
import {
  findAfsprakenByDocumenten,
  findAfwijkingenByDocumenten,
  findBeleidsdocumentenByIds,
  findBeleidsdocumentenByRegios,
  findPartijenByDocumenten,
} from './db/beleidsdocument-queries.js';
import { findBestuursorganenByRegios, findOrgaanledenByOrganen } from './db/bestuursorgaan-queries.js';
import type { BeleidsdocumentRow, BestuursorgaanRow, LidmaatschapRow, OrgaanLidRow, RegionsDb, VersieTabel } from './db/database.js';
import { findGemeentenByCbsCodes } from './db/gemeente-queries.js';
import { findLidmaatschappenByGemeenten, findLidmaatschappenByRegios, findRegiosByCodes } from './db/regio-queries.js';
import { findVersies } from './db/versie-queries.js';

/** Every version of one kind of record, grouped by record: the histories of a request in one query. */
function versiesLoader<T extends VersieTabel>(db: RegionsDb, table: T) {
  return createGroupLoader((ids: readonly string[]) => findVersies(db, table, ids), (row) => (row as { id: string }).id);
}

/**
 * Created per request, so a cached row never outlives the request that read it. Lists that are
 * read as of a day get one loader per day, so every parent asked for the same day shares a query.
 */
export function createRegionsLoaders(db: RegionsDb) {
  return {
    regioByCode: createEntityLoader((codes: readonly string[]) => findRegiosByCodes(db, codes), (row) => row.code),
    gemeenteByCbsCode: createEntityLoader((codes: readonly string[]) => findGemeentenByCbsCodes(db, codes), (row) => row.cbsCode),
    lidmaatschappenByRegio: perArguments(
      (peildatum: string): DataLoader<string, LidmaatschapRow[]> => createGroupLoader((codes: readonly string[]) => findLidmaatschappenByRegios(db, codes, peildatum), (row) => row.regioCode),
    ),
    lidmaatschappenByGemeente: perArguments(
      (peildatum: string): DataLoader<string, LidmaatschapRow[]> => createGroupLoader((codes: readonly string[]) => findLidmaatschappenByGemeenten(db, codes, peildatum), (row) => row.cbsCode),
    ),
    beleidsdocumentById: createEntityLoader((ids: readonly string[]) => findBeleidsdocumentenByIds(db, ids), (row) => row.id),
    /** Null gives every document of the region, whatever its period. */
    beleidsdocumentenByRegio: perArguments(
      (peildatum: string | null): DataLoader<string, BeleidsdocumentRow[]> => createGroupLoader((codes: readonly string[]) => findBeleidsdocumentenByRegios(db, codes, peildatum), (row) => row.regioCode),
    ),
    partijenByDocument: createGroupLoader((ids: readonly string[]) => findPartijenByDocumenten(db, ids), (row) => row.documentId),
    afsprakenByDocument: createGroupLoader((ids: readonly string[]) => findAfsprakenByDocumenten(db, ids), (row) => row.documentId),
    afwijkingenByDocument: createGroupLoader((ids: readonly string[]) => findAfwijkingenByDocumenten(db, ids), (row) => row.documentId),
    bestuursorganenByRegio: perArguments(
      (peildatum: string): DataLoader<string, BestuursorgaanRow[]> => createGroupLoader((codes: readonly string[]) => findBestuursorganenByRegios(db, codes, peildatum), (row) => row.regioCode),
    ),
    orgaanledenByOrgaan: perArguments(
      (peildatum: string): DataLoader<string, OrgaanLidRow[]> => createGroupLoader((ids: readonly string[]) => findOrgaanledenByOrganen(db, ids, peildatum), (row) => row.orgaanId),
    ),
    lidmaatschapVersies: versiesLoader(db, 'lidmaatschapVersie'),
    beleidsdocumentVersies: versiesLoader(db, 'beleidsdocumentVersie'),
    afspraakVersies: versiesLoader(db, 'afspraakVersie'),
    bestuursorgaanVersies: versiesLoader(db, 'bestuursorgaanVersie'),
    orgaanLidVersies: versiesLoader(db, 'orgaanLidVersie'),
  };
}

export type RegionsLoaders = ReturnType<typeof createRegionsLoaders>;
