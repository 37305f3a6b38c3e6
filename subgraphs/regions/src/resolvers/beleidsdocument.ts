import { toBron } from '../../../../lib/bron.js';
import { vastleggingenVan } from '../../../../lib/history.js';
import { loadExisting } from '../../../../lib/loaders.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import type { BeleidsdocumentResolvers } from '../__generated__/resolvers-types.js';
import { recordSoorten } from '../db/database.js';
import { toTwijfels } from '../../../../lib/twijfels.js';

export const Beleidsdocument: BeleidsdocumentResolvers = {
  regio: (document, _args, { loaders }) => loadExisting(loaders.regioByCode, document.regioCode, 'regio'),
  async partijen(document, _args, { loaders }) {
    const partijen = await loaders.partijenByDocument.load(document.id);
    return partijen.map((partij) => ({ id: partij.partnerId }));
  },
  async afspraken(document, { soort }, { loaders }) {
    const afspraken = await loaders.afsprakenByDocument.load(document.id);
    return soort ? afspraken.filter((afspraak) => afspraak.soort === soort) : afspraken;
  },
  afwijkingen: (document, _args, { loaders }) => loaders.afwijkingenByDocument.load(document.id),
  bron: (document) => toBron(document.bronDocument, document.bronSectie, document.bronCitaat),
  twijfels: (document) => toTwijfels(document.twijfels),
  geschiedenis: async (document, _args, { loaders, aanvrager }) => vastleggingenVan(await loaders.beleidsdocumentVersies.load(document.id), recordSoorten.beleidsdocumentVersie.velden, toontAuteurs(aanvrager)),
};
