import { toBron } from '../../../../lib/bron.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import type { SubsidieResolvers } from '../__generated__/resolvers-types.js';
import { subsidieVelden } from '../db/seed.js';
import { toTwijfels } from '../../../../lib/twijfels.js';
import { geschiedenisVan } from './geschiedenis.js';

export const Subsidie: SubsidieResolvers = {
  regio: (subsidie) => ({ code: subsidie.regioCode }),
  ontvanger: (subsidie) => ({ id: subsidie.ontvangerId }),
  bedragPerJaar: (subsidie) => toGeldbedrag(subsidie.bedragPerJaarCenten),
  aanvullendeBedragen: (subsidie, _args, { loaders }) => loaders.bedragenBySubsidie.load(subsidie.id),
  bron: (subsidie) => toBron(subsidie.bronDocument, subsidie.bronSectie, subsidie.bronCitaat),
  twijfels: (subsidie) => toTwijfels(subsidie.twijfels),
  async geschiedenis(subsidie, _args, context) {
    return geschiedenisVan(await context.loaders.subsidieVersies.load(subsidie.id), subsidieVelden, context);
  },
};
