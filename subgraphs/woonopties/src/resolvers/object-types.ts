import { toBron } from '../../../../lib/bron.js';
import { loadExisting } from '../../../../lib/loaders.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import type {
  GebruikerResolvers,
  MatchingspuntResolvers,
  ToegangsregelResolvers,
  VerwijzingResolvers,
  VerwijzingsstapResolvers,
  VerwijzingStatus,
  WoningConnectionResolvers,
  WoningResolvers,
  WoonvraagConnectionResolvers,
  WoonvraagResolvers,
} from '../__generated__/resolvers-types.js';
import { isAanbiederVan, isTransferpuntVan } from '../access.js';
import { gebruikerVan } from '../../../../lib/requester.js';
import { toonWoonvraag } from './shown-woonvragen.js';
import { statusNamen } from '../workflow.js';

export const Gebruiker: GebruikerResolvers = {
  regio: (gebruiker) => (gebruiker.regio ? { code: gebruiker.regio } : null),
  organisatie: (gebruiker) => (gebruiker.organisatie ? { id: gebruiker.organisatie } : null),
};

export const Matchingspunt: MatchingspuntResolvers = {
  regio: (punt) => ({ code: punt.regioCode }),
  async gemeenten(punt, _args, { loaders }) {
    const rows = await loaders.gemeentenByMatchingspunt.load(punt.id);
    return rows.map((row) => ({ cbsCode: row.cbsCode }));
  },
  statistiek: (punt, _args, { loaders }) => loaders.statistiekByMatchingspunt.load(punt.id),
  bron: (punt) => toBron(punt.bronDocument, punt.bronSectie, punt.bronCitaat),
};

export const Woning: WoningResolvers = {
  matchingspunt: (woning, _args, { loaders }) => loadExisting(loaders.matchingspuntById, woning.matchingspuntId, 'matchingspunt'),
  aanbieder: (woning) => ({ id: woning.aanbiederId }),
  gemeente: (woning) => ({ cbsCode: woning.gemeenteCbs }),
  huur: (woning) => toGeldbedrag(woning.huurCenten)!,
  toegankelijk: (woning) => woning.toegankelijk === 1,
  prikkelarm: (woning) => woning.prikkelarm === 1,
  gepubliceerd: (woning) => woning.gepubliceerd === 1,
  /** Where someone will live is for those who arrange the viewing, never for the public list. */
  adres(woning, _args, { aanvrager }) {
    const gebruiker = gebruikerVan(aanvrager);
    if (!isAanbiederVan(gebruiker, woning) && !isTransferpuntVan(gebruiker, woning.regioCode)) return null;
    if (woning.adresStraat === null || woning.adresHuisnummer === null || woning.adresPostcode === null) return null;
    return { straat: woning.adresStraat, huisnummer: woning.adresHuisnummer, postcode: woning.adresPostcode, plaats: woning.adresPlaats };
  },
  async verwijzingen(woning, _args, { loaders, aanvrager }) {
    const gebruiker = gebruikerVan(aanvrager);
    if (!isAanbiederVan(gebruiker, woning) && !isTransferpuntVan(gebruiker, woning.regioCode)) return [];
    return loaders.verwijzingenByWoning.load(woning.id);
  },
};

export const WoningConnection: WoningConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};

export const WoonvraagConnection: WoonvraagConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};

export const Woonvraag: WoonvraagResolvers = {
  matchingspunt: (vraag, _args, { loaders }) => loadExisting(loaders.matchingspuntById, vraag.matchingspuntId, 'matchingspunt'),
  aangemeldDoor: (vraag) => ({ id: vraag.aangemeldDoor }),
  maxHuur: (vraag) => toGeldbedrag(vraag.maxHuurCenten)!,
  gewensteGemeenten: (vraag) => (JSON.parse(vraag.gewensteGemeenten) as string[]).map((cbsCode) => ({ cbsCode })),
  uitgeslotenGemeenten: (vraag) => (JSON.parse(vraag.uitgeslotenGemeenten) as string[]).map((cbsCode) => ({ cbsCode })),
  toegankelijkNodig: (vraag) => vraag.toegankelijkNodig === 1,
  prikkelarmNodig: (vraag) => vraag.prikkelarmNodig === 1,
  verwijzingen: (vraag, _args, { loaders }) => loaders.verwijzingenByWoonvraag.load(vraag.id),
};

export const Verwijzing: VerwijzingResolvers = {
  woonvraag: async (verwijzing, _args, context) => toonWoonvraag(context, await context.loaders.woonvraagById.load(verwijzing.woonvraagId)),
  woning: (verwijzing, _args, { loaders }) => loadExisting(loaders.woningById, verwijzing.woningId, 'woning'),
  stappen: (verwijzing, _args, { loaders }) => loaders.stappenByVerwijzing.load(verwijzing.id),
  statusNaam: (verwijzing) => statusNamen[verwijzing.status as VerwijzingStatus],
};

export const Verwijzingsstap: VerwijzingsstapResolvers = {
  namens: (stap) => (stap.namens ? { id: stap.namens } : null),
  naarNaam: (stap) => statusNamen[stap.naar as VerwijzingStatus],
};

export const Toegangsregel: ToegangsregelResolvers = {
  woonvraag: (regel) => regel.woonvraagId,
  namens: (regel) => (regel.namens ? { id: regel.namens } : null),
};
