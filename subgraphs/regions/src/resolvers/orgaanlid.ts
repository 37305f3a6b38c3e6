import { toBron } from '../../../../lib/bron.js';
import { vastleggingenVan } from '../../../../lib/history.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import type { OrgaanlidResolvers } from '../__generated__/resolvers-types.js';
import { recordSoorten } from '../db/database.js';

export const Orgaanlid: OrgaanlidResolvers = {
  partner: (lid) => ({ id: lid.partnerId }),
  bron: (lid) => toBron(lid.bronDocument, lid.bronSectie, lid.bronCitaat),
  geschiedenis: async (lid, _args, { loaders, aanvrager }) => vastleggingenVan(await loaders.orgaanLidVersies.load(lid.id), recordSoorten.orgaanLidVersie.velden, toontAuteurs(aanvrager)),
};
