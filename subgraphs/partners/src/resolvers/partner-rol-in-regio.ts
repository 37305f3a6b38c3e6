import { toBron } from '../../../../lib/bron.js';
import { vastleggingenVan } from '../../../../lib/history.js';
import type { PartnerRolInRegioResolvers } from '../__generated__/resolvers-types.js';
import { toTwijfels } from '../../../../lib/twijfels.js';
import { toontAuteurs } from '../../../../lib/requester.js';

const rolVelden = ['partnerId', 'regioCode', 'rol', 'toelichting', 'vanaf', 'tot', 'twijfels'] as const;

export const PartnerRolInRegio: PartnerRolInRegioResolvers = {
  regio: (rol) => ({ code: rol.regioCode }),
  bron: (rol) => toBron(rol.bronDocument, rol.bronSectie, rol.bronCitaat),
  twijfels: (rol) => toTwijfels(rol.twijfels),
  async geschiedenis(rol, _args, context) {
    return vastleggingenVan(await context.loaders.rolVersies.load(rol.id), rolVelden, toontAuteurs(context.aanvrager));
  },
};
