import type { ImportUitkomstResolvers, ImportregelResolvers } from '../__generated__/resolvers-types.js';

export const ImportUitkomst: ImportUitkomstResolvers = {
  regio: (uitkomst) => ({ code: uitkomst.regio }),
};

export const Importregel: ImportregelResolvers = {
  partner: (regel, _args, { loaders }) => loaders.partnerById.load(regel.partnerId),
};
