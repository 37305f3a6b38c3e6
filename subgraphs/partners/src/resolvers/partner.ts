import { toBron } from '../../../../lib/bron.js';
import { peildatumVan, vastleggingenVan } from '../../../../lib/history.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import { assertRegioCode } from '../../../../lib/validation.js';
import type { PartnerResolvers } from '../__generated__/resolvers-types.js';
import { volgSamenvoeging } from '../changes.js';
import { toTwijfels } from '../../../../lib/twijfels.js';

/** The fields a history compares; search keys and version columns are derived, not facts. */
export const partnerVelden = ['naam', 'naamInBron', 'soort', 'gemeenteCbs', 'website', 'email', 'telefoon', 'kvkNummer', 'agbCode', 'samengevoegdIn', 'samengevoegdOp', 'twijfels'] as const;

export const Partner: PartnerResolvers = {
  async __resolveReference(reference, { loaders }) {
    return volgSamenvoeging(await loaders.partnerById.load(reference.id), (next) => loaders.partnerById.load(next));
  },
  gemeente: (partner) => (partner.gemeenteCbs ? { cbsCode: partner.gemeenteCbs } : null),
  async rollen(partner, { regio, peildatum }, { loaders }) {
    const rollen = await loaders.rollenByPartner(peildatumVan(peildatum)).load(partner.id);
    return regio ? rollen.filter((rol) => rol.regioCode === assertRegioCode(regio, 'regio')) : rollen;
  },
  async regios(partner, { peildatum }, { loaders }) {
    const rollen = await loaders.rollenByPartner(peildatumVan(peildatum)).load(partner.id);
    return [...new Set(rollen.map((rol) => rol.regioCode))].map((code) => ({ code }));
  },
  bron: (partner) => toBron(partner.bronDocument, partner.bronSectie, partner.bronCitaat),
  twijfels: (partner) => toTwijfels(partner.twijfels),
  async geschiedenis(partner, _args, context) {
    return vastleggingenVan(await context.loaders.partnerVersies.load(partner.id), partnerVelden, toontAuteurs(context.aanvrager));
  },
};
