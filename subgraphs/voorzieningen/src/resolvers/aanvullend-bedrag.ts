import { toBron } from '../../../../lib/bron.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import type { AanvullendBedragResolvers } from '../__generated__/resolvers-types.js';
import { bedragVelden } from '../db/seed.js';
import { geschiedenisVan } from './geschiedenis.js';

export const AanvullendBedrag: AanvullendBedragResolvers = {
  bedrag: (bedrag) => toGeldbedrag(bedrag.bedragCenten)!,
  begunstigde: (bedrag) => (bedrag.begunstigdeId ? { id: bedrag.begunstigdeId } : null),
  bron: (bedrag) => toBron(bedrag.bronDocument, bedrag.bronSectie, bedrag.bronCitaat),
  async geschiedenis(bedrag, _args, context) {
    return geschiedenisVan(await context.loaders.bedragVersies.load(bedrag.id), bedragVelden, context);
  },
};
