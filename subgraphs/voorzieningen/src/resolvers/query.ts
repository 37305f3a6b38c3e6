import { decodeWijzigingCursor } from '../../../../lib/history.js';
import { readPageRequest } from '../../../../lib/pagination.js';
import { searchKey } from '../../../../lib/text.js';
import { assertProductCode, assertProductcategorieCode, assertRegioCode } from '../../../../lib/validation.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { findKengetallen } from '../db/kengetal-queries.js';
import { findProductcategorieen, findProductPage } from '../db/product-queries.js';
import { findSubsidies } from '../db/subsidie-queries.js';
import { wijzigingenpagina } from '../../../../lib/directory-changes.js';
import { peildatumVan } from '../../../../lib/history.js';

const optionalRegio = (regio: string | null | undefined) => (regio ? assertRegioCode(regio, 'regio') : null);

export const Query: QueryResolvers = {
  productcategorieen: (_parent, _args, { db }) => findProductcategorieen(db),
  productcategorie: (_parent, { code }, { loaders }) => loaders.productcategorieByCode.load(assertProductcategorieCode(code, 'code')),
  product: (_parent, { code }, { loaders }) => loaders.productByCode.load(assertProductCode(code)),
  producten(_parent, { regio, categorie, situationeel, zoek, peildatum, first, after }, { db }) {
    const page = readPageRequest(first, after);
    return findProductPage(
      db,
      {
        regioCode: optionalRegio(regio),
        categorieCode: categorie ? assertProductcategorieCode(categorie) : null,
        situationeel: situationeel ?? null,
        zoeksleutel: zoek ? searchKey(zoek) || null : null,
        peildatum: peildatumVan(peildatum),
      },
      page,
    );
  },
  subsidie: (_parent, { id }, { loaders }) => loaders.subsidieById.load(id),
  subsidies: (_parent, { regio, ontvanger, doel, soort, peildatum }, { db }) =>
    findSubsidies(db, { regioCode: optionalRegio(regio), ontvangerId: ontvanger ?? null, doel: doel ?? null, soort: soort ?? null, peildatum: peildatumVan(peildatum) }),
  kengetallen: (_parent, { regio, onderwerp, jaar }, { db }) =>
    findKengetallen(db, { regioCode: optionalRegio(regio), onderwerp: onderwerp ?? null, jaar: jaar ?? null }),
  voorzieningwijzigingen: (_parent, { na, regio, first, vanBeheerders }, { db }) => wijzigingenpagina(db, decodeWijzigingCursor(na), readPageRequest(first, null).limit, { regioCode: optionalRegio(regio), vanBeheerders }),
};
