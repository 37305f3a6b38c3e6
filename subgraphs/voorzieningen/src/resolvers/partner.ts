import type { PartnerResolvers } from '../__generated__/resolvers-types.js';
import { peildatumVan } from '../../../../lib/history.js';

export const Partner: PartnerResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  subsidies: (partner, { peildatum }, { loaders }) => loaders.subsidiesByOntvanger(peildatumVan(peildatum)).load(partner.id),
};
