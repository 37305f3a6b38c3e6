import { peildatumVan } from '../../../../lib/history.js';
import type { GemeenteResolvers } from '../__generated__/resolvers-types.js';

export const Gemeente: GemeenteResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.gemeenteByCbsCode.load(reference.cbsCode),
  lidmaatschappen: (gemeente, { peildatum }, { loaders }) => loaders.lidmaatschappenByGemeente(peildatumVan(peildatum)).load(gemeente.cbsCode),
};
