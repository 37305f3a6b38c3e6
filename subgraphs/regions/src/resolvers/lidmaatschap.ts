import { toBron } from '../../../../lib/bron.js';
import { vastleggingenVan } from '../../../../lib/history.js';
import { loadExisting } from '../../../../lib/loaders.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import type { LidmaatschapResolvers } from '../__generated__/resolvers-types.js';
import { recordSoorten } from '../db/database.js';
import { toTwijfels } from '../../../../lib/twijfels.js';

export const Lidmaatschap: LidmaatschapResolvers = {
  regio: (lid, _args, { loaders }) => loadExisting(loaders.regioByCode, lid.regioCode, 'regio'),
  gemeente: (lid, _args, { loaders }) => loadExisting(loaders.gemeenteByCbsCode, lid.cbsCode, 'gemeente'),
  bron: (lid) => toBron(lid.bronDocument, lid.bronSectie, lid.bronCitaat),
  twijfels: (lid) => toTwijfels(lid.twijfels),
  geschiedenis: async (lid, _args, { loaders, aanvrager }) => vastleggingenVan(await loaders.lidmaatschapVersies.load(lid.id), recordSoorten.lidmaatschapVersie.velden, toontAuteurs(aanvrager)),
};
