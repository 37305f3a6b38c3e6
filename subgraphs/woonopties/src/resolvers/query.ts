import { forbidden } from '../../../../lib/auth.js';
import { encodeCursor, readPageRequest } from '../../../../lib/pagination.js';
import { assertKnownRegio, assertRegioCode } from '../../../../lib/validation.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { isTransferpuntVan, magWoningZien, magWoonvraagZien, vereisTransferpuntVan, woningZicht, woonvraagZicht } from '../access.js';
import { gebruikerVan, heeftRol, vereisGebruiker } from '../../../../lib/requester.js';
import { findMatchingspunten } from '../db/matchingspunt-queries.js';
import { findToegangslog } from '../db/toegangslog-queries.js';
import { findWachtendeWoonvragen } from '../db/woonvraag-queries.js';
import { findBeschikbareWoningen, findWoningPage } from '../db/woning-queries.js';
import { findWoonvraagPage } from '../db/woonvraag-queries.js';
import { rangschikKandidaten, rangschikWoningen } from '../matching/constraints-and-scores.js';
import { toKandidaat, toWoning, vandaag } from '../matching-input.js';
import { assertKnownGemeente } from '../../../../lib/validation.js';
import { assertRange } from '../input-validation.js';
import { maakMonitor } from '../monitor/monitor.js';
import { leesPeriode } from '../monitor/period.js';
import { toonWoonvraag, toonWoonvragen } from './shown-woonvragen.js';

const redenen = (onderdelen: Array<{ code: string; omschrijving: string; punten: number }>) =>
  onderdelen.map(({ code, omschrijving, punten }) => ({ code, omschrijving, punten }));

export const Query: QueryResolvers = {
  ik: (_parent, _args, { aanvrager }) => gebruikerVan(aanvrager),
  matchingspunten: (_parent, { regio }, { db, aanvrager }) => {
    gebruikerVan(aanvrager);
    return findMatchingspunten(db, { regioCode: regio ? assertRegioCode(regio, 'regio') : null });
  },
  matchingspunt: (_parent, { id }, { loaders, aanvrager }) => {
    gebruikerVan(aanvrager);
    return loaders.matchingspuntById.load(id);
  },
  async woningen(_parent, { matchingspunt, aanbieder, gemeente, soort, status, first, after }, { db, aanvrager }) {
    const gebruiker = gebruikerVan(aanvrager);
    const page = await findWoningPage(
      db,
      woningZicht(gebruiker),
      {
        matchingspuntId: matchingspunt ?? null,
        aanbiederId: aanbieder ?? null,
        gemeenteCbs: gemeente ? assertKnownGemeente(gemeente, 'gemeente') : null,
        soort: soort ?? null,
        status: status ?? null,
      },
      readPageRequest(first, after),
    );
    const last = page.rows.at(-1);
    return { nodes: page.rows, pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null }, totalCount: () => page.count() };
  },
  async woning(_parent, { id }, { loaders, aanvrager }) {
    const gebruiker = gebruikerVan(aanvrager);
    const woning = await loaders.woningById.load(id);
    return woning && magWoningZien(gebruiker, woning) ? woning : null;
  },
  async woonvragen(_parent, { matchingspunt, status, first, after }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    if (!heeftRol(gebruiker, 'TRANSFERPUNT') && !heeftRol(gebruiker, 'ZORGAANBIEDER')) {
      throw forbidden('Only Transferpunt staff and care providers may see demand');
    }
    const page = await findWoonvraagPage(
      context.db,
      woonvraagZicht(gebruiker),
      { matchingspuntId: matchingspunt ?? null, status: status ?? null },
      readPageRequest(first, after),
    );
    const nodes = await toonWoonvragen(context, page.rows);
    const last = page.rows.at(-1);
    return { nodes, pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null }, totalCount: () => page.count() };
  },
  async woonvraag(_parent, { id }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    const row = await context.loaders.woonvraagById.load(id);
    if (row && !magWoonvraagZien(gebruiker, row)) throw forbidden('You may not see this demand record');
    return toonWoonvraag(context, row);
  },
  async kandidatenVoorWoning(_parent, { woning: woningId, first }, context) {
    const woning = await context.loaders.woningById.load(woningId);
    if (!woning) return [];
    vereisTransferpuntVan(context.aanvrager, woning.regioCode);
    const vragen = await findWachtendeWoonvragen(context.db, woning.matchingspuntId);
    const ranked = rangschikKandidaten(toWoning(woning), vragen.map(toKandidaat), { peildatum: vandaag() }).slice(0, assertRange(first ?? 20, 1, 100, 'first'));
    const byId = new Map(vragen.map((vraag) => [vraag.id, vraag]));
    const shown = await toonWoonvragen(context, ranked.map((entry) => byId.get(entry.kandidaat.id)!));
    return shown.map((vraag, index) => ({ woonvraag: vraag, score: ranked[index]!.beoordeling.score, redenen: redenen(ranked[index]!.beoordeling.onderdelen) }));
  },
  async woningenVoorWoonvraag(_parent, { woonvraag: woonvraagId, first }, context) {
    const gebruiker = vereisGebruiker(context.aanvrager);
    const vraag = await context.loaders.woonvraagById.load(woonvraagId);
    if (!vraag) return [];
    if (!magWoonvraagZien(gebruiker, vraag)) throw forbidden('You may not see this demand record');
    await toonWoonvraag(context, vraag);
    const woningen = await findBeschikbareWoningen(context.db, vraag.matchingspuntId);
    const ranked = rangschikWoningen(toKandidaat(vraag), woningen.map(toWoning), { peildatum: vandaag() }).slice(0, assertRange(first ?? 20, 1, 100, 'first'));
    const byId = new Map(woningen.map((woning) => [woning.id, woning]));
    return ranked.map((entry) => ({ woning: byId.get(entry.woning.id)!, score: entry.beoordeling.score, redenen: redenen(entry.beoordeling.onderdelen) }));
  },
  async toegangslog(_parent, { woonvraag: woonvraagId }, context) {
    const vraag = await context.loaders.woonvraagById.load(woonvraagId);
    if (!vraag) return [];
    vereisTransferpuntVan(context.aanvrager, vraag.regioCode);
    return findToegangslog(context.db, woonvraagId);
  },
  monitor(_parent, { regio, van, tot }, { db, aanvrager }) {
    const gebruiker = gebruikerVan(aanvrager);
    const regioCode = assertKnownRegio(regio, 'regio');
    return maakMonitor(db, regioCode, leesPeriode(van, tot), isTransferpuntVan(gebruiker, regioCode));
  },
};
