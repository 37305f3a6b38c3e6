import { wijzigingenpagina } from '../../../../lib/directory-changes.js';
import { decodeDirectoryCursor, decodeWijzigingCursor, parseDate, peildatumVan } from '../../../../lib/history.js';
import { readPageRequest } from '../../../../lib/pagination.js';
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
  beleidsdocumenten: (_parent, { regio, soort, peildatum }, { db }) =>
    findBeleidsdocumenten(db, { regioCode: regio ? assertRegioCode(regio, 'regio') : null, soort: soort ?? null, peildatum: parseDate(peildatum, 'peildatum') }),
  bestuursorganen: (_parent, { regio, soort, peildatum }, { db }) =>
    findBestuursorganen(db, { regioCode: regio ? assertRegioCode(regio, 'regio') : null, soort: soort ?? null, peildatum: peildatumVan(peildatum) }),
  directorywijzigingen(_parent, { na }) {
    decodeDirectoryCursor(na);
    return { na: na ?? '' };
  },
  regiowijzigingen: (_parent, { na, regio, first, vanBeheerders }, { db }) =>
    wijzigingenpagina(db, decodeWijzigingCursor(na), readPageRequest(first, null).limit, { regioCode: regio ? assertRegioCode(regio, 'regio') : null, vanBeheerders }),
};
