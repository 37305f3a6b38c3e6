import { badUserInput } from '../../../../lib/errors.js';
import { decodeWijzigingCursor, encodeWijzigingCursor, parseDate, today } from '../../../../lib/history.js';
import { readPageRequest } from '../../../../lib/pagination.js';
import { nameKey, searchKey } from '../../../../lib/text.js';
import { assertKvkNummer, assertRegioCode, assertText } from '../../../../lib/validation.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { volgSamenvoeging } from '../changes.js';
import { findGelijkendePartners, findPartnerPage } from '../db/partner-queries.js';
import type { ChangeFeedPage } from '../context.js';
import type { PartnersDb } from '../db/database.js';
import { findWijzigingenNa } from '../db/versie-queries.js';

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
      { zoeksleutel, regioCode: regio ? assertRegioCode(regio, 'regio') : null, rol: rol ?? null, soort: soort ?? null, peildatum: parseDate(peildatum, 'peildatum') ?? today() },
      page,
    );
  },
  gelijkendeOrganisaties(_parent, { naam, kvkNummer }, { db }) {
    const kvk = kvkNummer ? assertKvkNummer(kvkNummer) : null;
    return findGelijkendePartners(db, [nameKey(assertText(naam, 'naam'))], kvk ? [kvk] : []);
  },
  partnerwijzigingen: (_parent, { na, regio, first }, { db }) => wijzigingenpagina(db, decodeWijzigingCursor(na), readPageRequest(first, null).limit, regio ? assertRegioCode(regio, 'regio') : null),
};

/** The changes after change `na`; the cursor of the page is the last one it holds. */
export async function wijzigingenpagina(db: PartnersDb, na: number, limit: number, regioCode: string | null): Promise<ChangeFeedPage> {
  const rows = await findWijzigingenNa(db, na, limit + 1, regioCode);
  const wijzigingen = rows.slice(0, limit);
  return { wijzigingen, cursor: encodeWijzigingCursor(wijzigingen.at(-1)?.nr ?? na), heeftMeer: rows.length > limit };
}
