import { assertRegioCode } from '../../../../lib/validation.js';
import type { ProductcategorieResolvers } from '../__generated__/resolvers-types.js';
import { peildatumVan } from '../../../../lib/history.js';

export const Productcategorie: ProductcategorieResolvers = {
  async producten(categorie, { regio, peildatum }, { loaders }) {
    const producten = await loaders.productenByCategorie(peildatumVan(peildatum)).load(categorie.code);
    return regio ? producten.filter((product) => product.regioCode === assertRegioCode(regio, 'regio')) : producten;
  },
};
