import { toBron } from '../../../../lib/bron.js';
import { vastleggingenVan } from '../../../../lib/history.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import type { AfspraakResolvers } from '../__generated__/resolvers-types.js';
import { recordSoorten } from '../db/database.js';
import { toTwijfels } from '../../../../lib/twijfels.js';

export const Afspraak: AfspraakResolvers = {
  gemeente: (afspraak, _args, { loaders }) => (afspraak.gemeenteCbs ? loaders.gemeenteByCbsCode.load(afspraak.gemeenteCbs) : null),
  bedrag: (afspraak) => toGeldbedrag(afspraak.bedragCenten),
  bron: (afspraak) => toBron(afspraak.bronDocument, afspraak.bronSectie, afspraak.bronCitaat),
  twijfels: (afspraak) => toTwijfels(afspraak.twijfels),
  geschiedenis: async (afspraak, _args, { loaders, aanvrager }) => vastleggingenVan(await loaders.afspraakVersies.load(afspraak.id), recordSoorten.afspraakVersie.velden, toontAuteurs(aanvrager)),
};
