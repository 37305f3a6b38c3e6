import { forbidden, type Gebruiker } from '../../../../lib/auth.js';
import { badUserInput } from '../../../../lib/errors.js';
import { uniqueViolation } from '../../../../lib/database.js';
import { newId } from '../../../../lib/ids.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { isAanbiederVan, isTransferpuntVan, vereisTransferpuntVan } from '../access.js';
import { heeftRol, vereisGebruiker } from '../../../../lib/requester.js';
import type { MatchingspuntRow } from '../db/database.js';
import { findOpenVerwijzingen } from '../db/verwijzing-queries.js';
import { findBeschikbareWoningen, insertWoning, updateWoningStatusFrom } from '../db/woning-queries.js';
import { findWachtendeWoonvragen, insertAangemeldeWoonvraag } from '../db/woonvraag-queries.js';
import { assertIsoDate, assertKnownGemeente, assertText } from '../../../../lib/validation.js';
import { assertPseudonymousReference, assertRange, leesAdres } from '../input-validation.js';
import { stelVoorstellenOp } from '../matching/proposal-set.js';
import { toKandidaat, toWoning, vandaag } from '../matching-input.js';
import { slaVoorstellenOp, stelVoor, zetStap, type Resultaat } from '../workflow.js';
import type { WoonoptiesContext } from '../context.js';

async function matchingspuntVoor(context: WoonoptiesContext, id: string): Promise<MatchingspuntRow> {
  const punt = await context.loaders.matchingspuntById.load(id);
  if (!punt) throw badUserInput(`matchingspunt ${id} does not exist`, 'matchingspunt');
  return punt;
}

/** Writes are for one's own region only: a token for another region is refused before anything is read. */
function vereisRegio(gebruiker: Gebruiker, punt: MatchingspuntRow): void {
  if (gebruiker.regio !== punt.regioCode) throw forbidden(`Your token is for region ${gebruiker.regio ?? '(none)'}, not ${punt.regioCode}`);
}

function alsMutatieResultaat(resultaat: Resultaat) {
  return resultaat.ok
    ? { ok: true, verwijzing: resultaat.verwijzing, woning: null, weigering: null }
    : { ok: false, verwijzing: null, woning: null, weigering: resultaat.weigering };
}

export const Mutation: MutationResolvers = {
  async registreerWoning(_parent, { invoer }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    if (!(heeftRol(gebruiker, 'WONINGCORPORATIE') || heeftRol(gebruiker, 'ZORGAANBIEDER')) || !gebruiker.organisatie) {
      throw forbidden('Only a housing corporation or care provider may register supply, for its own organisation');
    }
    const punt = await matchingspuntVoor(context, invoer.matchingspunt);
    vereisRegio(gebruiker, punt);
    const woning = await insertWoning(context.db, {
      id: newId('won'),
      matchingspuntId: punt.id,
      regioCode: punt.regioCode,
      aanbiederId: gebruiker.organisatie,
      gemeenteCbs: assertKnownGemeente(invoer.gemeente, 'gemeente'),
      wijk: assertText(invoer.wijk, 'wijk', 100),
      contingent: invoer.contingent ? assertText(invoer.contingent, 'contingent', 100) : null,
      soort: invoer.soort,
      kamers: assertRange(invoer.kamers, 0, 20, 'kamers'),
      maxBewoners: assertRange(invoer.maxBewoners, 1, 20, 'maxBewoners'),
      huurCenten: assertRange(invoer.huurInCenten, 0, 1_000_000, 'huurInCenten'),
      beschikbaarVanaf: assertIsoDate(invoer.beschikbaarVanaf, 'beschikbaarVanaf'),
      toegankelijk: invoer.toegankelijk ? 1 : 0,
      prikkelarm: invoer.prikkelarm ? 1 : 0,
      ondersteuning: invoer.ondersteuning,
      status: 'BESCHIKBAAR',
      gepubliceerd: invoer.gepubliceerd === false ? 0 : 1,
      aangemaaktOp: new Date().toISOString(),
      aangemaaktDoor: gebruiker.id,
      ...(invoer.adres ? leesAdres(invoer.adres) : { adresStraat: null, adresHuisnummer: null, adresPostcode: null, adresPlaats: null }),
    });
    return woning;
  },

  async trekWoningIn(_parent, { woning: woningId }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    const woning = await context.loaders.woningById.load(woningId);
    if (!woning) throw badUserInput(`woning ${woningId} does not exist`, 'woning');
    if (!isAanbiederVan(gebruiker, woning) && !isTransferpuntVan(gebruiker, woning.regioCode)) throw forbidden('Only the provider or the Transferpunt may withdraw this home');
    if (!(await updateWoningStatusFrom(context.db, woning.id, 'BESCHIKBAAR', 'INGETROKKEN'))) {
      return { ok: false, verwijzing: null, woning, weigering: { code: 'OVERGANG_NIET_TOEGESTAAN' as const, bericht: `Een woning die ${woning.status.toLowerCase()} is, kan niet worden ingetrokken.` } };
    }
    return { ok: true, verwijzing: null, woning: { ...woning, status: 'INGETROKKEN' }, weigering: null };
  },

  async registreerWoonvraag(_parent, { invoer }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    if (!heeftRol(gebruiker, 'ZORGAANBIEDER') || !gebruiker.organisatie) {
      throw forbidden('Only a care provider may register demand, for its own clients');
    }
    const punt = await matchingspuntVoor(context, invoer.matchingspunt);
    vereisRegio(gebruiker, punt);
    const gewenst = (invoer.gewensteGemeenten ?? []).map((code) => assertKnownGemeente(code, 'gewensteGemeenten'));
    const uitgesloten = (invoer.uitgeslotenGemeenten ?? []).map((code) => assertKnownGemeente(code, 'uitgeslotenGemeenten'));
    if (gewenst.some((code) => uitgesloten.includes(code))) throw badUserInput('A municipality cannot be both wanted and excluded', 'uitgeslotenGemeenten');
    const woonvraag = {
      id: newId('wv'),
      matchingspuntId: punt.id,
      regioCode: punt.regioCode,
      referentie: assertPseudonymousReference(invoer.referentie),
      aangemeldDoor: gebruiker.organisatie,
      herkomst: invoer.herkomst,
      huishoudgrootte: assertRange(invoer.huishoudgrootte, 1, 12, 'huishoudgrootte'),
      maxHuurCenten: assertRange(invoer.maxHuurInCenten, 0, 1_000_000, 'maxHuurInCenten'),
      gewensteGemeenten: JSON.stringify(gewenst),
      uitgeslotenGemeenten: JSON.stringify(uitgesloten),
      toegankelijkNodig: invoer.toegankelijkNodig ? 1 : 0,
      prikkelarmNodig: invoer.prikkelarmNodig ? 1 : 0,
      ondersteuningNodig: invoer.ondersteuningNodig ?? 'GEEN',
      urgentie: assertRange(invoer.urgentie, 1, 3, 'urgentie'),
      aangemeldOp: invoer.aangemeldOp ? assertIsoDate(invoer.aangemeldOp, 'aangemeldOp') : vandaag(),
      status: 'WACHTEND',
    };
    try {
      return await insertAangemeldeWoonvraag(context.db, gebruiker, woonvraag);
    } catch (error) {
      if (uniqueViolation(error)) throw badUserInput(`Your organisation already registered demand with referentie "${invoer.referentie}"`, 'referentie');
      throw error;
    }
  },

  async stelVoorstellenOp(_parent, { matchingspunt, opslaan, maxAandeelPerWijk }, context) {
    const punt = await matchingspuntVoor(context, matchingspunt);
    const gebruiker = vereisTransferpuntVan(context.aanvrager, punt.regioCode);
    if (maxAandeelPerWijk !== null && maxAandeelPerWijk !== undefined && !(maxAandeelPerWijk > 0 && maxAandeelPerWijk <= 1)) {
      throw badUserInput('maxAandeelPerWijk must be more than 0 and at most 1', 'maxAandeelPerWijk');
    }
    const [vragen, woningen, open] = await Promise.all([
      findWachtendeWoonvragen(context.db, punt.id),
      findBeschikbareWoningen(context.db, punt.id),
      findOpenVerwijzingen(context.db, punt.id),
    ]);
    const bezetVragen = new Set(open.map((row) => row.woonvraagId));
    const bezetWoningen = new Set(open.map((row) => row.woningId));
    const set = stelVoorstellenOp(
      vragen.filter((vraag) => !bezetVragen.has(vraag.id)).map(toKandidaat),
      woningen.filter((woning) => !bezetWoningen.has(woning.id)).map(toWoning),
      { peildatum: vandaag(), ...(maxAandeelPerWijk ? { maxAandeelPerWijk, maxAandeelPerComplex: maxAandeelPerWijk } : {}) },
    );
    const opgeslagen = opslaan === false ? [] : await slaVoorstellenOp(context.db, gebruiker, set.voorstellen);
    const verwijzingVoor = new Map(opgeslagen.map((row) => [`${row.woonvraagId}|${row.woningId}`, row]));
    const vragenById = new Map(vragen.map((vraag) => [vraag.id, vraag]));
    const woningenById = new Map(woningen.map((woning) => [woning.id, woning]));
    await context.inzage.loadMany(set.voorstellen.map((voorstel) => voorstel.kandidaatId));
    return {
      voorstellen: set.voorstellen.map((voorstel) => ({
        woonvraag: vragenById.get(voorstel.kandidaatId)!,
        woning: woningenById.get(voorstel.woningId)!,
        score: voorstel.score,
        verwijzing: verwijzingVoor.get(`${voorstel.kandidaatId}|${voorstel.woningId}`) ?? null,
      })),
      doelwaarde: set.doelwaarde,
      maxPerWijk: set.maxPerWijk,
      maxPerComplex: set.maxPerComplex,
      haalbareParen: set.haalbareParen,
    };
  },

  async stelVoor(_parent, { woonvraag: woonvraagId, woning: woningId }, context) {
    const [vraag, woning] = await Promise.all([context.loaders.woonvraagById.load(woonvraagId), context.loaders.woningById.load(woningId)]);
    if (!vraag) throw badUserInput(`woonvraag ${woonvraagId} does not exist`, 'woonvraag');
    if (!woning) throw badUserInput(`woning ${woningId} does not exist`, 'woning');
    const gebruiker = vereisTransferpuntVan(context.aanvrager, vraag.regioCode);
    if (woning.matchingspuntId !== vraag.matchingspuntId) throw badUserInput('The home and the demand belong to different Matchingspunten', 'woning');
    return alsMutatieResultaat(await stelVoor(context.db, gebruiker, vraag, woning));
  },

  async zetVerwijzingStap(_parent, { verwijzing, naar, reden }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    if (naar === 'VOORGESTELD') throw badUserInput('Use stelVoor or stelVoorstellenOp to propose', 'naar');
    const resultaat = await zetStap(context.db, gebruiker, verwijzing, naar, reden ?? null);
    if (!resultaat) throw badUserInput(`verwijzing ${verwijzing} does not exist`, 'verwijzing');
    return alsMutatieResultaat(resultaat);
  },
};
