import { assertRegioCode } from '../../../../lib/validation.js';
import type { ProductcategorieResolvers } from '../__generated__/resolvers-types.js';

export const Productcategorie: ProductcategorieResolvers = {
  async producten(categorie, { regio }, { loaders }) {
    const producten = await loaders.productenByCategorie.load(categorie.code);
    return regio ? producten.filter((product) => product.regioCode === assertRegioCode(regio, 'regio')) : producten;
  },
};
