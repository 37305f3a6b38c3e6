import { toBron } from '../../../../lib/bron.js';
import { loadExisting } from '../../../../lib/loaders.js';
import type { ProductResolvers } from '../__generated__/resolvers-types.js';
import { productVelden } from '../db/seed.js';
import { toTwijfels } from '../../../../lib/twijfels.js';
import { geschiedenisVan } from './geschiedenis.js';

export const Product: ProductResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.productByCode.load(reference.code),
  categorie: (product, _args, { loaders }) => loadExisting(loaders.productcategorieByCode, product.categorieCode, 'productcategorie'),
  situationeel: (product) => product.situationeel === 1,
  regio: (product) => ({ code: product.regioCode }),
  bron: (product) => toBron(product.bronDocument, product.bronSectie, product.bronCitaat),
  twijfels: (product) => toTwijfels(product.twijfels),
  async geschiedenis(product, _args, context) {
    return geschiedenisVan(await context.loaders.productVersies.load(product.code), productVelden, context);
  },
};
