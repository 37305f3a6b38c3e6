import { peildatumVan } from '../../../../lib/history.js';
import type { RegioResolvers } from '../__generated__/resolvers-types.js';

export const Regio: RegioResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  partners: (regio, { rol, soort, peildatum }, { loaders }) =>
    loaders.partnersByRegio({ rol: rol ?? null, soort: soort ?? null, peildatum: peildatumVan(peildatum) }).load(regio.code),
};
