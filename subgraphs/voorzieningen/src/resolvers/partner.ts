import type { PartnerResolvers } from '../__generated__/resolvers-types.js';

export const Partner: PartnerResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  subsidies: (partner, _args, { loaders }) => loaders.subsidiesByOntvanger.load(partner.id),
};
