import { readGemeentenReference } from '../../../../lib/reference.js';
import type { WoonoptiesDb } from '../db/database.js';
import {
  countAangemeldPerMaand,
  countBeschikbareWoningenInRegio,
  countUitkomstenPerMaand,
  countWachtendeWoonvragenInRegio,
  findGehuisvestenInPeriode,
  uitkomsten,
  type Gehuisveste,
} from '../db/monitor-queries.js';
import { statusNamen } from '../workflow.js';
import type { Periode } from './period.js';
import { DREMPEL, onderdrukDelen, telling, type Telling } from './suppression.js';
import { nearestRank, wachtdagen } from './waiting-time.js';

export type Uitkomst = (typeof uitkomsten)[number];

export interface Monitorcijfers {
  regio: { code: string };
  van: string;
  tot: string;
  drempel: number;
  uitsplitsingen: boolean;
  openVraag: Telling;
  beschikbareWoningen: number;
  perMaand: Array<{ maand: string; aangemeld: Telling; gehuisvest: Telling; verwijzingenNaarUitkomst: Array<{ uitkomst: Uitkomst; uitkomstNaam: string; telling: Telling }> | null }>;
  wachttijdNaarHerkomst: Wachttijd[] | null;
  wachttijdNaarGemeente: Wachttijd[] | null;
}

export interface Wachttijd {
  groep: string;
  naam: string;
  gehuisvest: Telling;
  mediaanDagen: number | null;
  p90Dagen: number | null;
}

export const herkomstNamen: Record<string, string> = {
  MAATSCHAPPELIJKE_OPVANG: 'maatschappelijke opvang',
  BESCHERMD_WONEN: 'beschermd wonen',
  BESCHERMD_THUIS: 'beschermd thuis',
  VROUWENOPVANG: 'vrouwenopvang',
  OVERIG: 'overig',
};

const gemeenteNamen = new Map(readGemeentenReference().map((gemeente) => [gemeente.cbsCode, gemeente.naam]));

/**
 * The groups of one breakdown are parts of one total (everyone housed in the period, which the
 * months add up to), so they are suppressed together; a hidden group hides its median and p90 too.
 */
function wachttijden(groepen: Array<{ groep: string; naam: string }>, mensen: Gehuisveste[], groepVan: (persoon: Gehuisveste) => string): Wachttijd[] {
  const dagenPerGroep = new Map<string, number[]>(groepen.map(({ groep }) => [groep, []]));
  for (const persoon of mensen) dagenPerGroep.get(groepVan(persoon))?.push(wachtdagen(persoon.aangemeldOp, persoon.gehuisvestOp));
  const tellingen = onderdrukDelen(groepen.map(({ groep }) => dagenPerGroep.get(groep)!.length));
  return groepen.map(({ groep, naam }, index) => {
    const dagen = dagenPerGroep.get(groep)!.sort((a, b) => a - b);
    const zichtbaar = !tellingen[index]!.onderdrukt;
    return { groep, naam, gehuisvest: tellingen[index]!, mediaanDagen: zichtbaar ? nearestRank(dagen, 50) : null, p90Dagen: zichtbaar ? nearestRank(dagen, 90) : null };
  });
}

/** The monitor of one region: totals for anyone, breakdowns only with `uitsplitsingen`. */
export async function maakMonitor(db: WoonoptiesDb, regioCode: string, periode: Periode, uitsplitsingen: boolean): Promise<Monitorcijfers> {
  const [openVraag, beschikbareWoningen, aangemeld, uitkomstRows, gehuisvesten] = await Promise.all([
    countWachtendeWoonvragenInRegio(db, regioCode),
    countBeschikbareWoningenInRegio(db, regioCode),
    countAangemeldPerMaand(db, regioCode, periode.vanaf, periode.totVoor),
    countUitkomstenPerMaand(db, regioCode, periode.vanaf, periode.totVoor),
    uitsplitsingen ? findGehuisvestenInPeriode(db, regioCode, periode.vanaf, periode.totVoor) : Promise.resolve([]),
  ]);
  const aangemeldIn = new Map(aangemeld.map((row) => [row.maand, row.aantal]));
  const uitkomstIn = new Map(uitkomstRows.map((row) => [`${row.maand}|${row.uitkomst}`, row.aantal]));
  const perMaand = periode.maanden.map((maand) => {
    const aantallen = uitkomsten.map((uitkomst) => uitkomstIn.get(`${maand}|${uitkomst}`) ?? 0);
    const tellingen = onderdrukDelen(aantallen);
    return {
      maand,
      aangemeld: telling(aangemeldIn.get(maand) ?? 0),
      gehuisvest: telling(uitkomstIn.get(`${maand}|GEHUISVEST`) ?? 0),
      verwijzingenNaarUitkomst: uitsplitsingen ? uitkomsten.map((uitkomst, index) => ({ uitkomst, uitkomstNaam: statusNamen[uitkomst], telling: tellingen[index]! })) : null,
    };
  });
  const gemeenten = [...new Set(gehuisvesten.map((persoon) => persoon.gemeenteCbs))]
    .map((cbsCode) => ({ groep: cbsCode, naam: gemeenteNamen.get(cbsCode) ?? cbsCode }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.groep.localeCompare(b.groep));
  return {
    regio: { code: regioCode },
    van: periode.van,
    tot: periode.tot,
    drempel: DREMPEL,
    uitsplitsingen,
    openVraag: telling(openVraag),
    beschikbareWoningen,
    perMaand,
    wachttijdNaarHerkomst: uitsplitsingen
      ? wachttijden(Object.entries(herkomstNamen).map(([groep, naam]) => ({ groep, naam })), gehuisvesten, (persoon) => persoon.herkomst)
      : null,
    wachttijdNaarGemeente: uitsplitsingen ? wachttijden(gemeenten, gehuisvesten, (persoon) => persoon.gemeenteCbs) : null,
  };
}
