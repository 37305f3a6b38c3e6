import { toBron } from '../../../../lib/bron.js';
import type { BronafwijkingResolvers } from '../__generated__/resolvers-types.js';

export const Bronafwijking: BronafwijkingResolvers = {
  bronA: (afwijking) => toBron(afwijking.aBronDocument, afwijking.aBronSectie, afwijking.aBronCitaat),
  bronB: (afwijking) => toBron(afwijking.bBronDocument, afwijking.bBronSectie, afwijking.bBronCitaat),
};
