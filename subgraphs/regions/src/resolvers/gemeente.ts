import type { GemeenteResolvers } from '../__generated__/resolvers-types.js';

export const Gemeente: GemeenteResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.gemeenteByCbsCode.load(reference.cbsCode),
  lidmaatschappen: (gemeente, _args, { loaders }) => loaders.lidmaatschappenByGemeente.load(gemeente.cbsCode),
};
