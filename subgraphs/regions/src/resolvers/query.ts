import { assertCbsCode, assertRegioCode } from '../../../../lib/validation.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { findBeleidsdocumenten } from '../db/beleidsdocument-queries.js';
import { findBestuursorganen } from '../db/bestuursorgaan-queries.js';
import { findGemeenten } from '../db/gemeente-queries.js';
import { findAllRegios } from '../db/regio-queries.js';

export const Query: QueryResolvers = {
  regios: (_parent, _args, { db }) => findAllRegios(db),
  regio: (_parent, { code }, { loaders }) => loaders.regioByCode.load(assertRegioCode(code)),
  gemeente: (_parent, { cbsCode }, { loaders }) => loaders.gemeenteByCbsCode.load(assertCbsCode(cbsCode)),
  gemeenten: (_parent, { provincie }, { db }) => findGemeenten(db, { provincie: provincie ?? null }),
  beleidsdocument: (_parent, { id }, { loaders }) => loaders.beleidsdocumentById.load(id),
  beleidsdocumenten: (_parent, { regio, soort }, { db }) =>
    findBeleidsdocumenten(db, { regioCode: regio ? assertRegioCode(regio, 'regio') : null, soort: soort ?? null }),
  bestuursorganen: (_parent, { regio, soort }, { db }) =>
    findBestuursorganen(db, { regioCode: regio ? assertRegioCode(regio, 'regio') : null, soort: soort ?? null }),
};
