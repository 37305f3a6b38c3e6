import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../../lib/errors.js';
import { parseVerantwoording } from '../../../../lib/history.js';
import { vereisBeheerder, type Aanvrager } from '../../../../lib/requester.js';
import { assertText, optionalText } from '../../../../lib/validation.js';
import type { KengetalRow, VoorzieningenDb } from '../db/database.js';
import { findHoogsteVolgorde, insertVersies } from '../db/versie-queries.js';
import { bestaatNiet, gelukt, geweigerd, verouderd, type KengetalResult } from './uitkomst.js';
import { assertAantal, assertJaar, assertKnownRegio, optionalCenten } from '../../../../lib/validation.js';
import { vastleggen, versieVoor } from '../../../../lib/directory-changes.js';
import { teWijzigen, type Verantwoordingsinvoer } from './vastleggen.js';

/** A figure as the GraphQL `Kengetal` shows it: a count, an amount, or a range. */
export interface KengetalInvoer {
  onderwerp: string;
  omschrijving: string;
  jaar?: number | null;
  subregio?: string | null;
  aantal?: number | null;
  bedragInCenten?: string | null;
  minimaal?: number | null;
  maximaal?: number | null;
  eenheid: string;
  aantalAanbieders?: number | null;
  eenheidAanbieders?: string | null;
  toelichting?: string | null;
}

export type KengetalWijzigingInvoer = { [K in keyof KengetalInvoer]?: KengetalInvoer[K] | null };

type Kengetalgegevens = Omit<KengetalRow, 'id' | 'regioCode' | 'volgorde' | 'versie' | 'vastgelegdOp' | 'vastgelegdDoor' | 'namens' | 'reden' | 'wijzigingNr' | 'actie' | 'vervallen' | 'bronDocument' | 'bronSectie' | 'bronCitaat'>;

const geweigerdKengetal = geweigerd<'kengetal', KengetalRow>;

// Money is stored as cents in the same column as counts; the unit says which it is.
const isMoney = (eenheid: string) => eenheid === 'EURO_CENT';

const optionalInt = (value: number | null | undefined, argumentName: string) => (value === null || value === undefined ? null : assertAantal(value, argumentName));

/** A figure as entered, checked as a whole: one kind of value, and a unit that fits it. */
function parseKengetal(invoer: KengetalInvoer): Kengetalgegevens {
  const aantal = optionalInt(invoer.aantal, 'kengetal.aantal');
  const bedrag = optionalCenten(invoer.bedragInCenten, 'kengetal.bedragInCenten');
  const minimaal = optionalInt(invoer.minimaal, 'kengetal.minimaal');
  const maximaal = optionalInt(invoer.maximaal, 'kengetal.maximaal');
  const aantalAanbieders = optionalInt(invoer.aantalAanbieders, 'kengetal.aantalAanbieders');
  if (isMoney(invoer.eenheid)) {
    if (bedrag === null) throw badUserInput('kengetal.bedragInCenten is required for a figure in EURO_CENT', 'kengetal.bedragInCenten');
    if (aantal !== null || minimaal !== null || maximaal !== null) throw badUserInput('a figure in EURO_CENT is an amount (bedragInCenten), not a count or a range', 'kengetal.aantal');
  } else {
    if (bedrag !== null) throw badUserInput('kengetal.bedragInCenten goes with eenheid EURO_CENT; give a count as aantal', 'kengetal.bedragInCenten');
    if (aantal !== null && (minimaal !== null || maximaal !== null)) throw badUserInput('a figure is a number (aantal) or a range (minimaal, maximaal), not both', 'kengetal.aantal');
    if (aantal === null && minimaal === null && maximaal === null) throw badUserInput('a figure needs aantal, bedragInCenten or a range (minimaal, maximaal)', 'kengetal.aantal');
  }
  if (minimaal !== null && maximaal !== null && minimaal > maximaal) throw badUserInput(`kengetal.maximaal (${maximaal}) is below minimaal (${minimaal})`, 'kengetal.maximaal');
  if ((aantalAanbieders === null) !== (invoer.eenheidAanbieders === null || invoer.eenheidAanbieders === undefined)) {
    throw badUserInput('aantalAanbieders and eenheidAanbieders go together: how many, and of what', 'kengetal.eenheidAanbieders');
  }
  return {
    onderwerp: invoer.onderwerp,
    omschrijving: assertText(invoer.omschrijving, 'kengetal.omschrijving', 500),
    jaar: invoer.jaar === null || invoer.jaar === undefined ? null : assertJaar(invoer.jaar, 'kengetal.jaar'),
    subregio: optionalText(invoer.subregio, 'kengetal.subregio', 100),
    waarde: isMoney(invoer.eenheid) ? bedrag : aantal,
    waardeMin: minimaal,
    waardeMax: maximaal,
    eenheid: invoer.eenheid,
    aantalAanbieders,
    eenheidAanbieders: invoer.eenheidAanbieders ?? null,
    toelichting: optionalText(invoer.toelichting, 'kengetal.toelichting', 2_000),
  };
}

/** A stored figure in the shape it is entered in, so a correction can change one field of it. */
function alsInvoer(kengetal: KengetalRow): KengetalInvoer {
  return {
    onderwerp: kengetal.onderwerp,
    omschrijving: kengetal.omschrijving,
    jaar: kengetal.jaar,
    subregio: kengetal.subregio,
    aantal: isMoney(kengetal.eenheid) ? null : kengetal.waarde,
    bedragInCenten: isMoney(kengetal.eenheid) && kengetal.waarde !== null ? String(kengetal.waarde) : null,
    minimaal: kengetal.waardeMin,
    maximaal: kengetal.waardeMax,
    eenheid: kengetal.eenheid,
    aantalAanbieders: kengetal.aantalAanbieders,
    eenheidAanbieders: kengetal.eenheidAanbieders,
    toelichting: kengetal.toelichting,
  };
}

export async function voegKengetalToe(db: VoorzieningenDb, aanvrager: Aanvrager, args: { regio: string; kengetal: KengetalInvoer; verantwoording: Verantwoordingsinvoer }): Promise<KengetalResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const gegevens = parseKengetal(args.kengetal);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  const id = `${regioCode}-kengetal-${randomUUID().slice(0, 8)}`;
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'KENGETAL', sleutel: id, vorige: 0, actie: 'AANGEMAAKT', regioCodes: [regioCode] }, op);
    const volgorde = (await findHoogsteVolgorde(trx, { table: 'kengetalVersie', regioCode })) + 1;
    const row: KengetalRow = { id, regioCode, volgorde, ...gegevens, ...versie };
    await insertVersies(trx, 'kengetalVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdKengetal('kengetal', verouderd);
  return gelukt('kengetal', resultaat);
}

/**
 * Corrects a figure (GEWIJZIGD) or withdraws it (INGETROKKEN: it should never have been recorded,
 * so it leaves every list but keeps its history). Absent fields keep their value, null clears one.
 */
async function volgendeVersie(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; kengetal: KengetalWijzigingInvoer; verantwoording: Verantwoordingsinvoer },
  actie: 'GEWIJZIGD' | 'INGETROKKEN',
): Promise<KengetalResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const { gebruiker, huidig } = await teWijzigen(db, aanvrager, 'kengetalVersie', args.id);
  if (!huidig) return geweigerdKengetal('kengetal', bestaatNiet(`Kengetal ${args.id}`));
  const vorig = alsInvoer(huidig);
  const samen: KengetalInvoer = { ...vorig, ...Object.fromEntries(Object.entries(args.kengetal).filter(([, value]) => value !== undefined)) };
  // Required fields cannot be cleared; null there keeps what the figure says.
  const gegevens = parseKengetal({ ...samen, onderwerp: samen.onderwerp ?? vorig.onderwerp, omschrijving: samen.omschrijving ?? vorig.omschrijving, eenheid: samen.eenheid ?? vorig.eenheid });
  if (huidig.versie !== args.versie) return geweigerdKengetal('kengetal', verouderd);
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'KENGETAL', sleutel: huidig.id, vorige: huidig.versie, actie, regioCodes: [huidig.regioCode] }, op);
    const row: KengetalRow = { ...huidig, ...gegevens, ...versie };
    await insertVersies(trx, 'kengetalVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdKengetal('kengetal', verouderd);
  return gelukt('kengetal', resultaat);
}

export function wijzigKengetal(db: VoorzieningenDb, aanvrager: Aanvrager, args: { id: string; versie: number; kengetal: KengetalWijzigingInvoer; verantwoording: Verantwoordingsinvoer }): Promise<KengetalResult> {
  return volgendeVersie(db, aanvrager, args, 'GEWIJZIGD');
}

export function trekKengetalIn(db: VoorzieningenDb, aanvrager: Aanvrager, args: { id: string; versie: number; verantwoording: Verantwoordingsinvoer }): Promise<KengetalResult> {
  return volgendeVersie(db, aanvrager, { ...args, kengetal: {} }, 'INGETROKKEN');
}
