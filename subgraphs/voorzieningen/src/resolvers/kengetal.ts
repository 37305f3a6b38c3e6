import { toBron } from '../../../../lib/bron.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import type { KengetalResolvers } from '../__generated__/resolvers-types.js';
import { kengetalVelden } from '../db/seed.js';
import { geschiedenisVan } from './geschiedenis.js';

// Money is stored as cents in the same column as counts; the unit says which it is.
const isMoney = (eenheid: string) => eenheid === 'EURO_CENT';

export const Kengetal: KengetalResolvers = {
  regio: (kengetal) => ({ code: kengetal.regioCode }),
  aantal: (kengetal) => (isMoney(kengetal.eenheid) ? null : kengetal.waarde),
  bedrag: (kengetal) => (isMoney(kengetal.eenheid) ? toGeldbedrag(kengetal.waarde) : null),
  minimaal: (kengetal) => kengetal.waardeMin,
  maximaal: (kengetal) => kengetal.waardeMax,
  bron: (kengetal) => toBron(kengetal.bronDocument, kengetal.bronSectie, kengetal.bronCitaat),
  async geschiedenis(kengetal, _args, context) {
    return geschiedenisVan(await context.loaders.kengetalVersies.load(kengetal.id), kengetalVelden, context);
  },
};
