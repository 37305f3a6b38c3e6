import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../../lib/errors.js';
import { parseDate, parseVerantwoording } from '../../../../lib/history.js';
import { vereisBeheerder, type Aanvrager } from '../../../../lib/requester.js';
import { assertText, optionalText } from '../../../../lib/validation.js';
import type { SubsidieBedragRow, SubsidieRow, VoorzieningenDb } from '../db/database.js';
import { findBedragenBySubsidies } from '../db/subsidie-queries.js';
import { findHoogsteVolgorde, findLatestVersie, insertVersies } from '../db/versie-queries.js';
import { bestaatNiet, gelukt, geweigerd, verouderd, weigering, type BedragResult, type SubsidieResult } from './uitkomst.js';
import { assertJaar, assertKnownRegio, assertPartnerId, gewijzigd, optionalCenten, parseCenten } from '../../../../lib/validation.js';
import { periodeKlopt, vastleggen, versieVoor } from '../../../../lib/directory-changes.js';
import { teWijzigen, type Verantwoordingsinvoer } from './vastleggen.js';
import { geenTwijfels, twijfelsNaWijziging } from '../../../../lib/twijfels.js';
import { subsidieTwijfelKolommen } from '../twijfels.js';

export interface SubsidieInvoer {
  ontvanger: string;
  omschrijving: string;
  doel: string;
  soort: string;
  bedragPerJaarInCenten?: string | null;
  vanaf?: string | null;
  tot?: string | null;
  looptijdTot?: string | null;
  looptijdInBron?: string | null;
  toelichting?: string | null;
}

export type SubsidieWijzigingInvoer = { [K in keyof SubsidieInvoer]?: SubsidieInvoer[K] | null };

export interface SubsidiebedragInvoer {
  bedragInCenten: string;
  omschrijving: string;
  begunstigde?: string | null;
}

const geweigerdeSubsidie = geweigerd<'subsidie', SubsidieRow>;
const geweigerdBedrag = geweigerd<'bedrag', SubsidieBedragRow>;

type Subsidiegegevens = Pick<SubsidieRow, 'ontvangerId' | 'omschrijving' | 'doel' | 'soort' | 'bedragPerJaarCenten' | 'vanaf' | 'tot' | 'looptijdTot' | 'looptijdInBron' | 'toelichting'>;

/** A subsidy's details as entered, or as changed on top of `huidig`: absent keeps, null clears. */
function parseSubsidie(invoer: SubsidieWijzigingInvoer, huidig: Subsidiegegevens | null): Subsidiegegevens {
  const verplicht = <T>(value: T | null | undefined, argumentName: string, kept: T | undefined): T => {
    if (value !== null && value !== undefined) return value;
    if (kept !== undefined) return kept;
    throw badUserInput(`${argumentName} is required`, argumentName);
  };
  const optioneel = <T>(value: string | null | undefined, kept: T | null, parse: (value: string) => T | null): T | null => (huidig ? gewijzigd(value, kept, parse) : value ? parse(value) : null);
  return {
    ontvangerId: assertPartnerId(verplicht(invoer.ontvanger, 'subsidie.ontvanger', huidig?.ontvangerId), 'subsidie.ontvanger'),
    omschrijving: assertText(verplicht(invoer.omschrijving, 'subsidie.omschrijving', huidig?.omschrijving), 'subsidie.omschrijving', 500),
    doel: verplicht(invoer.doel, 'subsidie.doel', huidig?.doel),
    soort: verplicht(invoer.soort, 'subsidie.soort', huidig?.soort),
    bedragPerJaarCenten: optioneel(invoer.bedragPerJaarInCenten, huidig?.bedragPerJaarCenten ?? null, (value) => optionalCenten(value, 'subsidie.bedragPerJaarInCenten')),
    vanaf: optioneel(invoer.vanaf, huidig?.vanaf ?? null, (value) => parseDate(value, 'subsidie.vanaf')),
    tot: optioneel(invoer.tot, huidig?.tot ?? null, (value) => parseDate(value, 'subsidie.tot')),
    looptijdTot: optioneel(invoer.looptijdTot, huidig?.looptijdTot ?? null, (value) => parseDate(value, 'subsidie.looptijdTot')),
    looptijdInBron: optioneel(invoer.looptijdInBron, huidig?.looptijdInBron ?? null, (value) => optionalText(value, 'subsidie.looptijdInBron', 500)),
    toelichting: optioneel(invoer.toelichting, huidig?.toelichting ?? null, (value) => optionalText(value, 'subsidie.toelichting', 2_000)),
  };
}

const verkeerdePeriode = weigering('ONGELDIGE_PERIODE', 'De subsidie eindigt voordat ze begint. Controleer de begin- en einddatum.');

export async function maakSubsidie(db: VoorzieningenDb, aanvrager: Aanvrager, args: { regio: string; subsidie: SubsidieInvoer; verantwoording: Verantwoordingsinvoer }): Promise<SubsidieResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const gegevens = parseSubsidie(args.subsidie, null);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  if (!periodeKlopt(gegevens.vanaf, gegevens.tot)) return geweigerdeSubsidie('subsidie', verkeerdePeriode);
  const id = `${regioCode}-subsidie-${randomUUID().slice(0, 8)}`;
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'SUBSIDIE', sleutel: id, vorige: 0, actie: 'AANGEMAAKT', regioCodes: [regioCode] }, op);
    const volgorde = (await findHoogsteVolgorde(trx, { table: 'subsidieVersie', regioCode })) + 1;
    const row: SubsidieRow = { id, regioCode, volgorde, ...gegevens, ...versie, twijfels: geenTwijfels };
    await insertVersies(trx, 'subsidieVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdeSubsidie('subsidie', verouderd);
  return gelukt('subsidie', resultaat);
}

/** A new version of a subsidy: other details, yearly amount or period; ending it is the same with a last day. */
export async function wijzigSubsidie(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; subsidie: SubsidieWijzigingInvoer; verantwoording: Verantwoordingsinvoer },
  actie: 'GEWIJZIGD' | 'BEEINDIGD' = 'GEWIJZIGD',
): Promise<SubsidieResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const { gebruiker, huidig } = await teWijzigen(db, aanvrager, 'subsidieVersie', args.id);
  if (!huidig) return geweigerdeSubsidie('subsidie', bestaatNiet(`Subsidie ${args.id}`));
  const gegevens = parseSubsidie(args.subsidie, huidig);
  if (huidig.versie !== args.versie) return geweigerdeSubsidie('subsidie', verouderd);
  if (actie === 'BEEINDIGD' && huidig.tot !== null) {
    return geweigerdeSubsidie('subsidie', weigering('AL_BEEINDIGD', `Deze subsidie is al beëindigd per ${huidig.tot}. Wil je die datum veranderen, wijzig dan de subsidie.`));
  }
  if (!periodeKlopt(gegevens.vanaf, gegevens.tot)) return geweigerdeSubsidie('subsidie', verkeerdePeriode);
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'SUBSIDIE', sleutel: huidig.id, vorige: huidig.versie, actie, regioCodes: [huidig.regioCode] }, op);
    const row: SubsidieRow = { ...huidig, ...gegevens, ...versie, twijfels: twijfelsNaWijziging(huidig, { ...huidig, ...gegevens }, subsidieTwijfelKolommen) };
    await insertVersies(trx, 'subsidieVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdeSubsidie('subsidie', verouderd);
  return gelukt('subsidie', resultaat);
}

export function beeindigSubsidie(db: VoorzieningenDb, aanvrager: Aanvrager, args: { id: string; versie: number; tot: string; verantwoording: Verantwoordingsinvoer }): Promise<SubsidieResult> {
  if (parseDate(args.tot, 'tot') === null) throw badUserInput('tot is required: the last day the subsidy is granted', 'tot');
  return wijzigSubsidie(db, aanvrager, { id: args.id, versie: args.versie, subsidie: { tot: args.tot }, verantwoording: args.verantwoording }, 'BEEINDIGD');
}

/** Whether a subsidy is granted on some day of a year: its period and the year overlap. */
function loopt(subsidie: SubsidieRow, jaar: number): boolean {
  return (subsidie.vanaf === null || subsidie.vanaf <= `${jaar}-12-31`) && (subsidie.tot === null || subsidie.tot >= `${jaar}-01-01`);
}

/**
 * Sets the amount of a subsidy for a year (INCIDENTEEL) or every year (JAARLIJKS): there is one of
 * each per subsidy, so the year is what names it. A steward who saw no amount for that year gives no
 * version; finding one then means someone else added it meanwhile.
 */
export async function zetSubsidiebedrag(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  args: { subsidie: string; soort?: string | null; jaar?: number | null; versie?: number | null; bedrag: SubsidiebedragInvoer; verantwoording: Verantwoordingsinvoer },
): Promise<BedragResult> {
  const soort = args.soort ?? 'INCIDENTEEL';
  const jaar = args.jaar === null || args.jaar === undefined ? null : assertJaar(args.jaar, 'jaar');
  if (soort === 'INCIDENTEEL' && jaar === null) throw badUserInput('jaar is required for an INCIDENTEEL amount: the year it is for', 'jaar');
  if (soort === 'JAARLIJKS' && jaar !== null) throw badUserInput('jaar must be empty for a JAARLIJKS amount, which comes back every year', 'jaar');
  const gegevens = {
    bedragCenten: parseCenten(args.bedrag.bedragInCenten, 'bedrag.bedragInCenten'),
    omschrijving: assertText(args.bedrag.omschrijving, 'bedrag.omschrijving', 500),
    begunstigdeId: args.bedrag.begunstigde ? assertPartnerId(args.bedrag.begunstigde, 'bedrag.begunstigde') : null,
  };
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const { gebruiker, huidig: subsidie } = await teWijzigen(db, aanvrager, 'subsidieVersie', args.subsidie);
  if (!subsidie) return geweigerdBedrag('bedrag', bestaatNiet(`Subsidie ${args.subsidie}`));
  const welk = jaar === null ? 'de jaarlijkse aanvulling' : `het bedrag voor ${jaar}`;
  if (jaar !== null && !loopt(subsidie, jaar)) {
    return geweigerdBedrag('bedrag', weigering('ONGELDIGE_PERIODE', `De subsidie loopt ${subsidie.vanaf ? `van ${subsidie.vanaf} ` : ''}tot ${subsidie.tot ?? 'nu'}; ${jaar} valt daarbuiten. Kies een jaar binnen de looptijd, of wijzig eerst de periode van de subsidie.`));
  }
  const huidig = (await findBedragenBySubsidies(db, [subsidie.id])).find((bedrag) => bedrag.soort === soort && bedrag.jaar === jaar) ?? null;
  if (huidig && (args.versie === null || args.versie === undefined)) {
    return geweigerdBedrag('bedrag', weigering('VERSIE_VEROUDERD', `Iemand anders heeft ${welk} bij deze subsidie intussen vastgelegd. Laad het opnieuw en wijzig dat bedrag.`));
  }
  if (!huidig && args.versie !== null && args.versie !== undefined) {
    return geweigerdBedrag('bedrag', bestaatNiet(jaar === null ? 'De jaarlijkse aanvulling bij deze subsidie' : `Het bedrag voor ${jaar} bij deze subsidie`));
  }
  if (huidig && huidig.versie !== args.versie) return geweigerdBedrag('bedrag', verouderd);
  const id = huidig?.id ?? `${subsidie.id}-bedrag-${jaar ?? 'jaarlijks'}`;
  // An amount withdrawn as a seed error keeps its history; a new one with its id continues its versions.
  const vorige = huidig?.versie ?? (await findLatestVersie(db, 'subsidieBedragVersie', id))?.versie ?? 0;
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'SUBSIDIEBEDRAG', sleutel: id, vorige, actie: huidig ? 'GEWIJZIGD' : 'AANGEMAAKT', regioCodes: [subsidie.regioCode] }, op);
    const volgorde = huidig?.volgorde ?? (await findHoogsteVolgorde(trx, { table: 'subsidieBedragVersie', subsidieId: subsidie.id })) + 1;
    const row: SubsidieBedragRow = { id, subsidieId: subsidie.id, volgorde, soort, jaar, ...gegevens, ...versie };
    await insertVersies(trx, 'subsidieBedragVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdBedrag('bedrag', verouderd);
  return gelukt('bedrag', resultaat);
}
