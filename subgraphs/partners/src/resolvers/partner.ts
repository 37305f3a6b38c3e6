import { toBron } from '../../../../lib/bron.js';
import { parseDate, today, vastleggingenVan } from '../../../../lib/history.js';
import { gebruikerVan, heeftRol } from '../../../../lib/requester.js';
import { assertRegioCode } from '../../../../lib/validation.js';
import type { PartnerResolvers } from '../__generated__/resolvers-types.js';
import { volgSamenvoeging } from '../changes.js';
import type { PartnersContext } from '../context.js';
import { toTwijfels } from '../twijfels.js';

/** The fields a history compares; search keys and version columns are derived, not facts. */
export const partnerVelden = ['naam', 'naamInBron', 'soort', 'gemeenteCbs', 'website', 'email', 'telefoon', 'kvkNummer', 'agbCode', 'samengevoegdIn', 'samengevoegdOp', 'twijfels'] as const;

/** Who recorded a version is a person: stewards see it, everyone else sees on whose behalf. */
export function toontAuteurs({ aanvrager }: PartnersContext): boolean {
  if (aanvrager.tokenFout) return false;
  const gebruiker = gebruikerVan(aanvrager);
  return heeftRol(gebruiker, 'REGIOBEHEERDER') || heeftRol(gebruiker, 'HUBBEHEERDER');
}

export const Partner: PartnerResolvers = {
  async __resolveReference(reference, { loaders }) {
    return volgSamenvoeging(await loaders.partnerById.load(reference.id), (next) => loaders.partnerById.load(next));
  },
  gemeente: (partner) => (partner.gemeenteCbs ? { cbsCode: partner.gemeenteCbs } : null),
  async rollen(partner, { regio, peildatum }, { loaders }) {
    const rollen = await loaders.rollenByPartner(parseDate(peildatum, 'peildatum') ?? today()).load(partner.id);
    return regio ? rollen.filter((rol) => rol.regioCode === assertRegioCode(regio, 'regio')) : rollen;
  },
  async regios(partner, { peildatum }, { loaders }) {
    const rollen = await loaders.rollenByPartner(parseDate(peildatum, 'peildatum') ?? today()).load(partner.id);
    return [...new Set(rollen.map((rol) => rol.regioCode))].map((code) => ({ code }));
  },
  bron: (partner) => toBron(partner.bronDocument, partner.bronSectie, partner.bronCitaat),
  twijfels: (partner) => toTwijfels(partner.twijfels),
  async geschiedenis(partner, _args, context) {
    return vastleggingenVan(await context.loaders.partnerVersies.load(partner.id), partnerVelden, toontAuteurs(context));
  },
};
