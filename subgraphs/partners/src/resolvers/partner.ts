import { toBron } from '../../../../lib/bron.js';
import { assertRegioCode } from '../../../../lib/validation.js';
import type { PartnerResolvers } from '../__generated__/resolvers-types.js';

export const Partner: PartnerResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.partnerById.load(reference.id),
  gemeente: (partner) => (partner.gemeenteCbs ? { cbsCode: partner.gemeenteCbs } : null),
  async rollen(partner, { regio }, { loaders }) {
    const rollen = await loaders.rollenByPartner.load(partner.id);
    return regio ? rollen.filter((rol) => rol.regioCode === assertRegioCode(regio, 'regio')) : rollen;
  },
  async regios(partner, _args, { loaders }) {
    const rollen = await loaders.rollenByPartner.load(partner.id);
    return [...new Set(rollen.map((rol) => rol.regioCode))].map((code) => ({ code }));
  },
  bron: (partner) => toBron(partner.bronDocument, partner.bronSectie, partner.bronCitaat),
};
