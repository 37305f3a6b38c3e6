import { toBron } from '../../../../lib/bron.js';
import type { BestuursorgaanResolvers } from '../__generated__/resolvers-types.js';
import { loadExisting } from '../../../../lib/loaders.js';

export const Bestuursorgaan: BestuursorgaanResolvers = {
  regio: (orgaan, _args, { loaders }) => loadExisting(loaders.regioByCode, orgaan.regioCode, 'regio'),
  beleidsdocument: (orgaan, _args, { loaders }) => (orgaan.documentId ? loaders.beleidsdocumentById.load(orgaan.documentId) : null),
  taken: (orgaan) => JSON.parse(orgaan.taken) as string[],
  async leden(orgaan, _args, { loaders }) {
    const leden = await loaders.ledenByOrgaan.load(orgaan.id);
    return leden.map((lid) => ({ id: lid.partnerId }));
  },
  bron: (orgaan) => toBron(orgaan.bronDocument, orgaan.bronSectie, orgaan.bronCitaat),
};
