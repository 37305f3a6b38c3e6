import { toBron } from '../../../../lib/bron.js';
import { peildatumVan, vastleggingenVan } from '../../../../lib/history.js';
import { loadExisting } from '../../../../lib/loaders.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import type { BestuursorgaanResolvers } from '../__generated__/resolvers-types.js';
import { recordSoorten } from '../db/database.js';
import { toTwijfels } from '../../../../lib/twijfels.js';

export const Bestuursorgaan: BestuursorgaanResolvers = {
  regio: (orgaan, _args, { loaders }) => loadExisting(loaders.regioByCode, orgaan.regioCode, 'regio'),
  beleidsdocument: (orgaan, _args, { loaders }) => (orgaan.documentId ? loaders.beleidsdocumentById.load(orgaan.documentId) : null),
  taken: (orgaan) => JSON.parse(orgaan.taken) as string[],
  async leden(orgaan, { peildatum }, { loaders }) {
    const leden = await loaders.orgaanledenByOrgaan(peildatumVan(peildatum)).load(orgaan.id);
    return leden.map((lid) => ({ id: lid.partnerId }));
  },
  orgaanleden: (orgaan, { peildatum }, { loaders }) => loaders.orgaanledenByOrgaan(peildatumVan(peildatum)).load(orgaan.id),
  bron: (orgaan) => toBron(orgaan.bronDocument, orgaan.bronSectie, orgaan.bronCitaat),
  twijfels: (orgaan) => toTwijfels(orgaan.twijfels),
  geschiedenis: async (orgaan, _args, { loaders, aanvrager }) => vastleggingenVan(await loaders.bestuursorgaanVersies.load(orgaan.id), recordSoorten.bestuursorgaanVersie.velden, toontAuteurs(aanvrager)),
};
