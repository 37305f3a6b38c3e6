import { forbidden, type Gebruiker, type Rol } from '../../../lib/auth.js';
import { uniqueViolation } from '../../../lib/database.js';
import { newId } from '../../../lib/ids.js';
import type { VerwijzingRow, WoningRow, WoonoptiesDb, WoonvraagRow } from './db/database.js';
import { logToegang } from './db/toegangslog-queries.js';
import {
  findOpenParenByWoonvragen,
  findOtherOpenVerwijzingen,
  findVerwijzingWithWoningAndWoonvraag,
  insertVerwijzingen,
  insertVerwijzingStappen,
  updateVerwijzingStatus,
  updateVerwijzingStatusAtVersie,
} from './db/verwijzing-queries.js';
import { updateWoningStatus, updateWoningStatusFrom } from './db/woning-queries.js';
import { updateWoonvraagStatus } from './db/woonvraag-queries.js';
import { isAanbiederVan, isTransferpuntVan } from './access.js';
import { heeftRol } from '../../../lib/requester.js';
import { beoordeel } from './matching/constraints-and-scores.js';
import type { Voorstel } from './matching/proposal-set.js';
import { toKandidaat, toWoning, vandaag } from './matching-input.js';

export type VerwijzingStatus =
  | 'VOORGESTELD'
  | 'AANGEBODEN'
  | 'GEACCEPTEERD'
  | 'AFGEWEZEN_DOOR_PERSOON'
  | 'AFGEWEZEN_DOOR_AANBIEDER'
  | 'GEHUISVEST'
  | 'INGETROKKEN';

export type WeigeringCode =
  | 'OVERGANG_NIET_TOEGESTAAN'
  | 'WONING_AL_AANGEBODEN'
  | 'WOONVRAAG_AL_GEACCEPTEERD'
  | 'NIET_HAALBAAR'
  | 'STATUS_GEWIJZIGD'
  | 'REDEN_VERPLICHT'
  | 'AL_VOORGESTELD';

export interface Weigering {
  code: WeigeringCode;
  bericht: string;
}

export type Resultaat = { ok: true; verwijzing: VerwijzingRow } | { ok: false; weigering: Weigering };

/** The referral workflow of the Transferpunt, as comparable systems (Coordinated Entry) run it. */
export const toegestaneOvergangen: Record<VerwijzingStatus, VerwijzingStatus[]> = {
  VOORGESTELD: ['AANGEBODEN', 'AFGEWEZEN_DOOR_AANBIEDER', 'INGETROKKEN'],
  AANGEBODEN: ['GEACCEPTEERD', 'AFGEWEZEN_DOOR_PERSOON', 'AFGEWEZEN_DOOR_AANBIEDER', 'INGETROKKEN'],
  GEACCEPTEERD: ['GEHUISVEST', 'INGETROKKEN'],
  AFGEWEZEN_DOOR_PERSOON: [],
  AFGEWEZEN_DOOR_AANBIEDER: [],
  GEHUISVEST: [],
  INGETROKKEN: [],
};

/** The statuses in plain Dutch, for refusals and for every screen (`Verwijzing.statusNaam`). */
export const statusNamen: Record<VerwijzingStatus, string> = {
  VOORGESTELD: 'voorgesteld',
  AANGEBODEN: 'aangeboden',
  GEACCEPTEERD: 'geaccepteerd',
  AFGEWEZEN_DOOR_PERSOON: 'afgewezen door de persoon',
  AFGEWEZEN_DOOR_AANBIEDER: 'afgewezen door de aanbieder',
  GEHUISVEST: 'gehuisvest',
  INGETROKKEN: 'ingetrokken',
};

const redenVerplicht: VerwijzingStatus[] = ['AFGEWEZEN_DOOR_PERSOON', 'AFGEWEZEN_DOOR_AANBIEDER', 'INGETROKKEN'];

/**
 * Who may take which step: the region's Transferpunt every step; the home's provider offers,
 * declines on its own behalf and marks housed; the organisation that registered the person accepts,
 * declines or withdraws on the person's behalf.
 */
function rolVoorStap(gebruiker: Gebruiker, naar: VerwijzingStatus, woning: WoningRow, vraag: WoonvraagRow): Rol | null {
  if (isTransferpuntVan(gebruiker, vraag.regioCode)) return 'TRANSFERPUNT';
  if (isAanbiederVan(gebruiker, woning) && ['AANGEBODEN', 'AFGEWEZEN_DOOR_AANBIEDER', 'GEHUISVEST'].includes(naar)) {
    return heeftRol(gebruiker, 'WONINGCORPORATIE') ? 'WONINGCORPORATIE' : 'ZORGAANBIEDER';
  }
  if (heeftRol(gebruiker, 'ZORGAANBIEDER') && gebruiker.organisatie === vraag.aangemeldDoor && ['GEACCEPTEERD', 'AFGEWEZEN_DOOR_PERSOON', 'INGETROKKEN'].includes(naar)) {
    return 'ZORGAANBIEDER';
  }
  return null;
}

function weiger(code: WeigeringCode, bericht: string): Resultaat {
  return { ok: false, weigering: { code, bericht } };
}

async function schrijfStap(
  db: WoonoptiesDb,
  verwijzingId: string,
  van: VerwijzingStatus | null,
  naar: VerwijzingStatus,
  gebruiker: Gebruiker,
  rol: Rol,
  reden: string | null,
): Promise<void> {
  await insertVerwijzingStappen(db, [
    { id: newId('stap'), verwijzingId, van, naar, door: gebruiker.id, namens: gebruiker.organisatie, rol, op: new Date().toISOString(), reden },
  ]);
}

/** Referrals that can no longer lead anywhere once a person is housed or a home is let. */
async function trekAndereVerwijzingenIn(db: WoonoptiesDb, gehuisvest: VerwijzingRow, gebruiker: Gebruiker, rol: Rol): Promise<void> {
  const andere = await findOtherOpenVerwijzingen(db, gehuisvest);
  for (const verwijzing of andere) {
    await updateVerwijzingStatus(db, verwijzing, 'INGETROKKEN');
    await schrijfStap(db, verwijzing.id, verwijzing.status as VerwijzingStatus, 'INGETROKKEN', gebruiker, rol, `automatisch: verwijzing ${gehuisvest.id} is gehuisvest`);
    if (verwijzing.status === 'AANGEBODEN' || verwijzing.status === 'GEACCEPTEERD') {
      await updateWoningStatusFrom(db, verwijzing.woningId, 'AANGEBODEN', 'BESCHIKBAAR');
    }
  }
}

/**
 * One step of a referral, all or nothing in one transaction. The conditional update on `versie`
 * and the partial unique indexes decide races: of many simultaneous accepts exactly one wins, and
 * the others get a refusal while nothing of theirs is written.
 */
export async function zetStap(
  db: WoonoptiesDb,
  gebruiker: Gebruiker,
  verwijzingId: string,
  naar: VerwijzingStatus,
  reden: string | null,
): Promise<Resultaat | null> {
  try {
    return await db.transaction().execute(async (trx) => {
      const gevonden = await findVerwijzingWithWoningAndWoonvraag(trx, verwijzingId);
      if (!gevonden) return null;
      const { verwijzing, woning, vraag } = gevonden;
      const rol = rolVoorStap(gebruiker, naar, woning, vraag);
      if (!rol) throw forbidden(`You may not set this referral to ${naar}: it belongs to region ${vraag.regioCode}`);
      const van = verwijzing.status as VerwijzingStatus;
      if (!toegestaneOvergangen[van].includes(naar)) {
        return weiger('OVERGANG_NIET_TOEGESTAAN', `Een verwijzing die ${statusNamen[van]} is, kan niet ${statusNamen[naar]} worden.`);
      }
      if (redenVerplicht.includes(naar) && !reden?.trim()) {
        return weiger('REDEN_VERPLICHT', `Geef een reden op wanneer een verwijzing ${statusNamen[naar]} wordt.`);
      }
      if (!(await updateVerwijzingStatusAtVersie(trx, verwijzing, naar))) {
        return weiger('STATUS_GEWIJZIGD', 'Iemand anders heeft deze verwijzing net gewijzigd; laad haar opnieuw.');
      }
      await schrijfStap(trx, verwijzing.id, van, naar, gebruiker, rol, reden?.trim() || null);
      if (naar === 'AANGEBODEN') await updateWoningStatus(trx, woning.id, 'AANGEBODEN');
      if (['AFGEWEZEN_DOOR_PERSOON', 'AFGEWEZEN_DOOR_AANBIEDER', 'INGETROKKEN'].includes(naar) && ['AANGEBODEN', 'GEACCEPTEERD'].includes(van)) {
        await updateWoningStatusFrom(trx, woning.id, 'AANGEBODEN', 'BESCHIKBAAR');
      }
      if (naar === 'GEHUISVEST') {
        await updateWoningStatus(trx, woning.id, 'VERHUURD');
        await updateWoonvraagStatus(trx, vraag.id, 'GEHUISVEST');
        await trekAndereVerwijzingenIn(trx, verwijzing, gebruiker, rol);
      }
      await logToegang(trx, gebruiker, 'VERWIJZING', [vraag.id], `${van} -> ${naar}`);
      return { ok: true as const, verwijzing: { ...verwijzing, status: naar, versie: verwijzing.versie + 1 } };
    });
  } catch (error) {
    const columns = uniqueViolation(error);
    if (columns?.includes('woning_id') && !columns.includes('woonvraag_id')) {
      return weiger('WONING_AL_AANGEBODEN', 'Deze woning is al aan iemand anders aangeboden; er kan maar één aanbod tegelijk lopen.');
    }
    if (columns?.includes('woonvraag_id')) {
      return weiger('WOONVRAAG_AL_GEACCEPTEERD', 'Deze persoon heeft al een andere woning geaccepteerd.');
    }
    throw error;
  }
}

/** A proposal for one pair; refused when the pair breaks a hard constraint. */
export async function stelVoor(db: WoonoptiesDb, gebruiker: Gebruiker, vraag: WoonvraagRow, woning: WoningRow): Promise<Resultaat> {
  const beoordeling = beoordeel(toKandidaat(vraag), toWoning(woning), { peildatum: vandaag() });
  if (!beoordeling.haalbaar || woning.status !== 'BESCHIKBAAR' || vraag.status !== 'WACHTEND') {
    const redenen = beoordeling.uitsluitingen.map((reden) => reden.omschrijving);
    if (woning.status !== 'BESCHIKBAAR') redenen.push(`de woning is ${woning.status.toLowerCase()}`);
    if (vraag.status !== 'WACHTEND') redenen.push(`de woonvraag is ${vraag.status.toLowerCase()}`);
    return weiger('NIET_HAALBAAR', `Deze woning past niet bij deze woonvraag: ${redenen.join('; ')}.`);
  }
  const [opgeslagen] = await slaVoorstellenOp(db, gebruiker, [{ kandidaatId: vraag.id, woningId: woning.id, score: beoordeling.score }]);
  return opgeslagen ? { ok: true, verwijzing: opgeslagen } : weiger('AL_VOORGESTELD', 'Deze woonvraag is al bij deze woning voorgesteld.');
}

/** Saves proposals as referrals in one transaction; a pair that is already open is skipped. */
export async function slaVoorstellenOp(db: WoonoptiesDb, gebruiker: Gebruiker, voorstellen: Voorstel[]): Promise<VerwijzingRow[]> {
  if (voorstellen.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const open = await findOpenParenByWoonvragen(trx, voorstellen.map((voorstel) => voorstel.kandidaatId));
    const bestaand = new Set(open.map((row) => `${row.woonvraagId}|${row.woningId}`));
    const nieuw = voorstellen.filter((voorstel) => !bestaand.has(`${voorstel.kandidaatId}|${voorstel.woningId}`));
    if (nieuw.length === 0) return [];
    const aangemaaktOp = new Date().toISOString();
    const rows: VerwijzingRow[] = nieuw.map((voorstel) => ({
      id: newId('vw'),
      woonvraagId: voorstel.kandidaatId,
      woningId: voorstel.woningId,
      status: 'VOORGESTELD',
      score: voorstel.score,
      versie: 1,
      aangemaaktOp,
    }));
    await insertVerwijzingen(trx, rows);
    await insertVerwijzingStappen(
      trx,
      rows.map((row) => ({ id: newId('stap'), verwijzingId: row.id, van: null, naar: 'VOORGESTELD', door: gebruiker.id, namens: gebruiker.organisatie, rol: 'TRANSFERPUNT', op: aangemaaktOp, reden: null })),
    );
    await logToegang(trx, gebruiker, 'VERWIJZING', rows.map((row) => row.woonvraagId), 'voorgesteld');
    return rows;
  });
}
