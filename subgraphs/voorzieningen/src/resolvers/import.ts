import type { ProductimportregelResolvers, ProductimportUitkomstResolvers } from '../__generated__/resolvers-types.js';

export const ProductimportUitkomst: ProductimportUitkomstResolvers = {
  regio: (uitkomst) => ({ code: uitkomst.regio }),
};

export const Productimportregel: ProductimportregelResolvers = {
  product: (regel, _args, { loaders }) => loaders.productByCode.load(regel.code),
};
