import { wijzigingenpagina } from '../../../../lib/directory-changes.js';
import { badUserInput } from '../../../../lib/errors.js';
import { decodeWijzigingCursor, peildatumVan } from '../../../../lib/history.js';
import { readPageRequest } from '../../../../lib/pagination.js';
import { nameKey, searchKey } from '../../../../lib/text.js';
import { assertKvkNummer, assertRegioCode, assertText } from '../../../../lib/validation.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { volgSamenvoeging } from '../changes.js';
import { findGelijkendePartners, findPartnerPage } from '../db/partner-queries.js';

export const Query: QueryResolvers = {
  async partner(_parent, { id }, { loaders }) {
    return volgSamenvoeging(await loaders.partnerById.load(id), (next) => loaders.partnerById.load(next));
  },
  partners(_parent, { zoek, regio, rol, soort, peildatum, first, after }, { db }) {
    const page = readPageRequest(first, after);
    const zoeksleutel = zoek ? searchKey(zoek) : null;
    if (zoek && !zoeksleutel) throw badUserInput(`zoek "${zoek}" has no letters or digits to search for`, 'zoek');
    return findPartnerPage(
      db,
      { zoeksleutel, regioCode: regio ? assertRegioCode(regio, 'regio') : null, rol: rol ?? null, soort: soort ?? null, peildatum: peildatumVan(peildatum) },
      page,
    );
  },
  gelijkendeOrganisaties(_parent, { naam, kvkNummer }, { db }) {
    const kvk = kvkNummer ? assertKvkNummer(kvkNummer) : null;
    return findGelijkendePartners(db, [nameKey(assertText(naam, 'naam'))], kvk ? [kvk] : []);
  },
  partnerwijzigingen: (_parent, { na, regio, first, vanBeheerders }, { db }) => wijzigingenpagina(db, decodeWijzigingCursor(na), readPageRequest(first, null).limit, { regioCode: regio ? assertRegioCode(regio, 'regio') : null, vanBeheerders }),
};
