import { badUserInput } from '../../../../lib/errors.js';
import { readPageRequest } from '../../../../lib/pagination.js';
import { searchKey } from '../../../../lib/text.js';
import { assertRegioCode } from '../../../../lib/validation.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { findPartnerPage } from '../db/partner-queries.js';

export const Query: QueryResolvers = {
  partner: (_parent, { id }, { loaders }) => loaders.partnerById.load(id),
  partners(_parent, { zoek, regio, rol, soort, first, after }, { db }) {
    const page = readPageRequest(first, after);
    const zoeksleutel = zoek ? searchKey(zoek) : null;
    if (zoek && !zoeksleutel) throw badUserInput(`zoek "${zoek}" has no letters or digits to search for`, 'zoek');
    return findPartnerPage(
      db,
      { zoeksleutel, regioCode: regio ? assertRegioCode(regio, 'regio') : null, rol: rol ?? null, soort: soort ?? null },
      page,
    );
  },
};
