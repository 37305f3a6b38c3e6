import { createEntityLoader, createGroupLoader } from '../../../lib/loaders.js';
import {
  findAfsprakenByDocumenten,
  findAfwijkingenByDocumenten,
  findBeleidsdocumentenByIds,
  findBeleidsdocumentenByRegios,
  findPartijenByDocumenten,
} from './db/beleidsdocument-queries.js';
import { findBestuursorganenByRegios, findLedenByOrganen } from './db/bestuursorgaan-queries.js';
import type { RegionsDb } from './db/database.js';
import { findGemeentenByCbsCodes } from './db/gemeente-queries.js';
import { findLidmaatschappenByGemeenten, findLidmaatschappenByRegios, findRegiosByCodes } from './db/regio-queries.js';

/** Created per request, so a cached row never outlives the request that read it. */
export function createRegionsLoaders(db: RegionsDb) {
  return {
    regioByCode: createEntityLoader((codes: readonly string[]) => findRegiosByCodes(db, codes), (row) => row.code),
    gemeenteByCbsCode: createEntityLoader((codes: readonly string[]) => findGemeentenByCbsCodes(db, codes), (row) => row.cbsCode),
    lidmaatschappenByRegio: createGroupLoader((codes: readonly string[]) => findLidmaatschappenByRegios(db, codes), (row) => row.regioCode),
    lidmaatschappenByGemeente: createGroupLoader((codes: readonly string[]) => findLidmaatschappenByGemeenten(db, codes), (row) => row.cbsCode),
    beleidsdocumentById: createEntityLoader((ids: readonly string[]) => findBeleidsdocumentenByIds(db, ids), (row) => row.id),
    beleidsdocumentenByRegio: createGroupLoader((codes: readonly string[]) => findBeleidsdocumentenByRegios(db, codes), (row) => row.regioCode),
    partijenByDocument: createGroupLoader((ids: readonly string[]) => findPartijenByDocumenten(db, ids), (row) => row.documentId),
    afsprakenByDocument: createGroupLoader((ids: readonly string[]) => findAfsprakenByDocumenten(db, ids), (row) => row.documentId),
    afwijkingenByDocument: createGroupLoader((ids: readonly string[]) => findAfwijkingenByDocumenten(db, ids), (row) => row.documentId),
    bestuursorganenByRegio: createGroupLoader((codes: readonly string[]) => findBestuursorganenByRegios(db, codes), (row) => row.regioCode),
    ledenByOrgaan: createGroupLoader((ids: readonly string[]) => findLedenByOrganen(db, ids), (row) => row.orgaanId),
  };
}

export type RegionsLoaders = ReturnType<typeof createRegionsLoaders>;
