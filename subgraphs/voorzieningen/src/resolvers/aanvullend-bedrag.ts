import { toBron } from '../../../../lib/bron.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import type { AanvullendBedragResolvers } from '../__generated__/resolvers-types.js';

export const AanvullendBedrag: AanvullendBedragResolvers = {
  bedrag: (bedrag) => toGeldbedrag(bedrag.bedragCenten)!,
  begunstigde: (bedrag) => (bedrag.begunstigdeId ? { id: bedrag.begunstigdeId } : null),
  bron: (bedrag) => toBron(bedrag.bronDocument, bedrag.bronSectie, bedrag.bronCitaat),
};
