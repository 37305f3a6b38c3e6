import { toBron } from '../../../../lib/bron.js';
import type { PartnerRolInRegioResolvers } from '../__generated__/resolvers-types.js';

export const PartnerRolInRegio: PartnerRolInRegioResolvers = {
  regio: (rol) => ({ code: rol.regioCode }),
  bron: (rol) => toBron(rol.bronDocument, rol.bronSectie, rol.bronCitaat),
};
