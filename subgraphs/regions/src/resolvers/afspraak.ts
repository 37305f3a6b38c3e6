import { toBron } from '../../../../lib/bron.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import type { AfspraakResolvers } from '../__generated__/resolvers-types.js';

export const Afspraak: AfspraakResolvers = {
  gemeente: (afspraak, _args, { loaders }) => (afspraak.gemeenteCbs ? loaders.gemeenteByCbsCode.load(afspraak.gemeenteCbs) : null),
  bedrag: (afspraak) => toGeldbedrag(afspraak.bedragCenten),
  bron: (afspraak) => toBron(afspraak.bronDocument, afspraak.bronSectie, afspraak.bronCitaat),
};
