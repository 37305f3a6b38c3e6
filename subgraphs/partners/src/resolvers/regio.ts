import type { RegioResolvers } from '../__generated__/resolvers-types.js';

export const Regio: RegioResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  partners: (regio, { rol, soort }, { loaders }) =>
    loaders.partnersByRegio({ rol: rol ?? null, soort: soort ?? null }).load(regio.code),
};
