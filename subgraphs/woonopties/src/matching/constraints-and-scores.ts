/**
 * Whether a kandidaat (someone leaving maatschappelijke opvang or beschermd wonen) can go to a
 * woning, and how strongly the pair is preferred. Pure functions; no I/O.
 *
 * Hard constraints. A pair is haalbaar only if all of these hold; every one that fails is reported,
 * so staff see every reason at once instead of fixing one and discovering the next:
 *   HUUR_TE_HOOG             huurCenten <= maxHuurCenten
 *   TE_KLEIN                 huishoudgrootte <= maxBewoners
 *   NIET_TOEGANKELIJK        toegankelijkNodig implies toegankelijk
 *   NIET_PRIKKELARM          prikkelarmNodig implies prikkelarm
 *   TE_WEINIG_ONDERSTEUNING  ondersteuning >= ondersteuningNodig (GEEN < LICHT < MIDDEL < INTENSIEF)
 *   GEMEENTE_UITGESLOTEN     gemeente not in uitgeslotenGemeenten
 *   NOG_NIET_BESCHIKBAAR     beschikbaarVanaf <= peildatum
 *
 * Score, integer points, higher is better:
 *   URGENTIE   urgentie × 1000
 *   WACHTTIJD  whole days from aangemeldOp to peildatum, at least 0 and at most 730
 *   VOORKEUR   with gewensteGemeenten: 100 for the first, 10 less per place, at least 10 for any listed
 *              gemeente, 0 for an unlisted one; without gewensteGemeenten: 50
 * The weights make urgency dominate (a level is worth more than any waiting time plus preference),
 * waiting time orders people of equal urgency, and preference decide between homes for one person.
 */

export type Ondersteuningsniveau = 'GEEN' | 'LICHT' | 'MIDDEL' | 'INTENSIEF';

export interface Kandidaat {
  id: string;
  huishoudgrootte: number;
  maxHuurCenten: number;
  /** CBS codes in order of preference; empty means no preference. */
  gewensteGemeenten: string[];
  /** CBS codes that are never acceptable. */
  uitgeslotenGemeenten: string[];
  toegankelijkNodig: boolean;
  prikkelarmNodig: boolean;
  ondersteuningNodig: Ondersteuningsniveau;
  /** 3 is most urgent. */
  urgentie: 1 | 2 | 3;
  /** YYYY-MM-DD */
  aangemeldOp: string;
}

export interface Woning {
  id: string;
  /** CBS code */
  gemeente: string;
  wijk: string;
  /** null = not part of a complex */
  complex: string | null;
  huurCenten: number;
  maxBewoners: number;
  toegankelijk: boolean;
  prikkelarm: boolean;
  /** Support available at or with the home. */
  ondersteuning: Ondersteuningsniveau;
  /** YYYY-MM-DD */
  beschikbaarVanaf: string;
}

export interface MatchOptions {
  /** YYYY-MM-DD: waiting time counts up to this date; homes must be available on or before it. */
  peildatum: string;
  /** In (0, 1], default 0.34. */
  maxAandeelPerWijk?: number;
  /** In (0, 1], default 0.34. */
  maxAandeelPerComplex?: number;
}

export interface Reden {
  code: string;
  omschrijving: string;
  punten: number;
}

/** score and onderdelen are filled in for unhaalbare pairs too, so staff can see what the pair would have scored. */
export interface Beoordeling {
  haalbaar: boolean;
  uitsluitingen: Reden[];
  score: number;
  onderdelen: Reden[];
}

const MAX_WACHTDAGEN = 730;
const PUNTEN_PER_URGENTIE = 1000;
const VOORKEUR_ZONDER_WENS = 50;
const DAY_MS = 86_400_000;
const NIVEAUS: readonly Ondersteuningsniveau[] = ['GEEN', 'LICHT', 'MIDDEL', 'INTENSIEF'];

export function beoordeel(kandidaat: Kandidaat, woning: Woning, options: MatchOptions): Beoordeling {
  const peildag = dayNumber(options.peildatum, 'peildatum');
  checkKandidaat(kandidaat);
  checkWoning(woning);
  const uitsluitingen: Reden[] = [];
  const uitsluiting = (code: string, omschrijving: string) => uitsluitingen.push({ code, omschrijving, punten: 0 });

  if (!(woning.huurCenten <= kandidaat.maxHuurCenten)) {
    uitsluiting('HUUR_TE_HOOG', `De huur van ${euro(woning.huurCenten)} is hoger dan de maximale huur van ${euro(kandidaat.maxHuurCenten)}.`);
  }
  if (!(kandidaat.huishoudgrootte <= woning.maxBewoners)) {
    uitsluiting('TE_KLEIN', `De woning is voor hoogstens ${personen(woning.maxBewoners)}; het huishouden telt ${personen(kandidaat.huishoudgrootte)}.`);
  }
  if (kandidaat.toegankelijkNodig && !woning.toegankelijk) {
    uitsluiting('NIET_TOEGANKELIJK', 'De kandidaat heeft een toegankelijke woning nodig; deze woning is dat niet.');
  }
  if (kandidaat.prikkelarmNodig && !woning.prikkelarm) {
    uitsluiting('NIET_PRIKKELARM', 'De kandidaat heeft een prikkelarme woonomgeving nodig; deze woning biedt die niet.');
  }
  if (niveau(woning.ondersteuning) < niveau(kandidaat.ondersteuningNodig)) {
    uitsluiting(
      'TE_WEINIG_ONDERSTEUNING',
      `De kandidaat heeft ondersteuning op niveau ${kandidaat.ondersteuningNodig} nodig; bij deze woning is ${woning.ondersteuning} beschikbaar.`,
    );
  }
  if (kandidaat.uitgeslotenGemeenten.includes(woning.gemeente)) {
    uitsluiting('GEMEENTE_UITGESLOTEN', `Gemeente ${woning.gemeente} is voor deze kandidaat uitgesloten.`);
  }
  if (dayNumber(woning.beschikbaarVanaf, 'beschikbaarVanaf') > peildag) {
    uitsluiting('NOG_NIET_BESCHIKBAAR', `De woning is pas beschikbaar vanaf ${woning.beschikbaarVanaf}, na de peildatum ${options.peildatum}.`);
  }

  const wachtdagen = wachtdagenOp(kandidaat, peildag);
  const rang = kandidaat.gewensteGemeenten.indexOf(woning.gemeente);
  const onderdelen: Reden[] = [
    {
      code: 'URGENTIE',
      omschrijving: `Urgentie ${kandidaat.urgentie} (van 3) geeft ${kandidaat.urgentie} × ${PUNTEN_PER_URGENTIE} punten.`,
      punten: kandidaat.urgentie * PUNTEN_PER_URGENTIE,
    },
    {
      code: 'WACHTTIJD',
      omschrijving:
        wachtdagen === MAX_WACHTDAGEN
          ? `Aangemeld op ${kandidaat.aangemeldOp}: wachttijd telt tot het maximum van ${MAX_WACHTDAGEN} dagen.`
          : `Aangemeld op ${kandidaat.aangemeldOp}: ${wachtdagen} ${wachtdagen === 1 ? 'dag' : 'dagen'} wachttijd tot de peildatum.`,
      punten: wachtdagen,
    },
    {
      code: 'VOORKEUR',
      omschrijving:
        kandidaat.gewensteGemeenten.length === 0
          ? 'De kandidaat heeft geen voorkeur voor een gemeente opgegeven.'
          : rang < 0
            ? `Gemeente ${woning.gemeente} staat niet bij de gewenste gemeenten.`
            : `Gemeente ${woning.gemeente} is keuze ${rang + 1} van de kandidaat.`,
      punten: voorkeurspunten(kandidaat, rang),
    },
  ];
  const score = onderdelen.reduce((sum, onderdeel) => sum + onderdeel.punten, 0);
  return { haalbaar: uitsluitingen.length === 0, uitsluitingen, score, onderdelen };
}

/** Only haalbare kandidaten, best first; equal scores go to whoever registered first, then by id so the order is total. */
export function rangschikKandidaten(
  woning: Woning,
  kandidaten: Kandidaat[],
  options: MatchOptions,
): Array<{ kandidaat: Kandidaat; beoordeling: Beoordeling }> {
  return kandidaten
    .map((kandidaat) => ({ kandidaat, beoordeling: beoordeel(kandidaat, woning, options) }))
    .filter((entry) => entry.beoordeling.haalbaar)
    .sort(
      (a, b) =>
        b.beoordeling.score - a.beoordeling.score ||
        compareStrings(a.kandidaat.aangemeldOp, b.kandidaat.aangemeldOp) ||
        compareStrings(a.kandidaat.id, b.kandidaat.id),
    );
}

/** Only haalbare woningen, best first; equal scores go to the home available earliest, then by id. */
export function rangschikWoningen(
  kandidaat: Kandidaat,
  woningen: Woning[],
  options: MatchOptions,
): Array<{ woning: Woning; beoordeling: Beoordeling }> {
  return woningen
    .map((woning) => ({ woning, beoordeling: beoordeel(kandidaat, woning, options) }))
    .filter((entry) => entry.beoordeling.haalbaar)
    .sort(
      (a, b) =>
        b.beoordeling.score - a.beoordeling.score ||
        compareStrings(a.woning.beschikbaarVanaf, b.woning.beschikbaarVanaf) ||
        compareStrings(a.woning.id, b.woning.id),
    );
}

/** Haalbare pairs per kandidaat (CSR): kandidaat k's pairs are woning[start[k] .. start[k+1]) with their scores. */
export interface Haalbaarheidsgraaf {
  start: Int32Array;
  woning: Int32Array;
  score: Int32Array;
}

/**
 * Lists haalbare pairs without visiting all kandidaat × woning combinations: homes not yet available
 * are dropped once, the rest are bucketed by gemeente and sorted by rent, and each kandidaat only
 * scans the buckets of gemeenten it does not exclude, up to its maximum rent. The remaining checks
 * run on typed arrays. The rules are the ones beoordeel applies; the tests hold the two together.
 */
export function haalbaarheidsgraaf(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions): Haalbaarheidsgraaf {
  const peildag = dayNumber(options.peildatum, 'peildatum');
  const bucketVan = new Map<string, number>();
  const bucketWoningen: number[][] = [];
  const gemeenteVan: string[] = [];
  woningen.forEach((woning, w) => {
    checkWoning(woning);
    if (dayNumber(woning.beschikbaarVanaf, 'beschikbaarVanaf') > peildag) return;
    let bucket = bucketVan.get(woning.gemeente);
    if (bucket === undefined) {
      bucket = bucketWoningen.length;
      bucketVan.set(woning.gemeente, bucket);
      bucketWoningen.push([]);
      gemeenteVan.push(woning.gemeente);
    }
    bucketWoningen[bucket]!.push(w);
  });
  const buckets = bucketWoningen.length;
  const bucketStart = new Int32Array(buckets + 1);
  const volgorde = new Int32Array(woningen.length);
  let gevuld = 0;
  bucketWoningen.forEach((lijst, bucket) => {
    lijst.sort((a, b) => woningen[a]!.huurCenten - woningen[b]!.huurCenten);
    bucketStart[bucket] = gevuld;
    for (const w of lijst) volgorde[gevuld++] = w;
  });
  bucketStart[buckets] = gevuld;
  const huur = new Float64Array(gevuld);
  const bewoners = new Float64Array(gevuld);
  const kenmerken = new Uint8Array(gevuld);
  for (let i = 0; i < gevuld; i++) {
    const woning = woningen[volgorde[i]!]!;
    huur[i] = woning.huurCenten;
    bewoners[i] = woning.maxBewoners;
    // bits 0-1: support level, bit 2: toegankelijk, bit 3: prikkelarm
    kenmerken[i] = niveau(woning.ondersteuning) | (woning.toegankelijk ? 4 : 0) | (woning.prikkelarm ? 8 : 0);
  }

  const start = new Int32Array(kandidaten.length + 1);
  let woningVan = new Int32Array(Math.max(16, kandidaten.length * 4));
  let scoreVan = new Int32Array(woningVan.length);
  let paren = 0;
  const uitgesloten = new Int32Array(buckets).fill(-1);
  kandidaten.forEach((kandidaat, k) => {
    checkKandidaat(kandidaat);
    start[k] = paren;
    for (const gemeente of kandidaat.uitgeslotenGemeenten) {
      const bucket = bucketVan.get(gemeente);
      if (bucket !== undefined) uitgesloten[bucket] = k;
    }
    const basis = kandidaat.urgentie * PUNTEN_PER_URGENTIE + wachtdagenOp(kandidaat, peildag);
    const nodig = niveau(kandidaat.ondersteuningNodig);
    const vereist = (kandidaat.toegankelijkNodig ? 4 : 0) | (kandidaat.prikkelarmNodig ? 8 : 0);
    const { huishoudgrootte, maxHuurCenten } = kandidaat;
    for (let bucket = 0; bucket < buckets; bucket++) {
      if (uitgesloten[bucket] === k) continue;
      const score = basis + voorkeurspunten(kandidaat, kandidaat.gewensteGemeenten.indexOf(gemeenteVan[bucket]!));
      const eind = firstAbove(huur, bucketStart[bucket]!, bucketStart[bucket + 1]!, maxHuurCenten);
      for (let i = bucketStart[bucket]!; i < eind; i++) {
        const kenmerk = kenmerken[i]!;
        if ((kenmerk & vereist) !== vereist || (kenmerk & 3) < nodig || bewoners[i]! < huishoudgrootte) continue;
        if (paren === woningVan.length) {
          woningVan = widen(woningVan);
          scoreVan = widen(scoreVan);
        }
        woningVan[paren] = volgorde[i]!;
        scoreVan[paren] = score;
        paren++;
      }
    }
  });
  start[kandidaten.length] = paren;
  return { start, woning: woningVan.subarray(0, paren), score: scoreVan.subarray(0, paren) };
}

function voorkeurspunten(kandidaat: Kandidaat, rang: number): number {
  if (kandidaat.gewensteGemeenten.length === 0) return VOORKEUR_ZONDER_WENS;
  if (rang < 0) return 0;
  return Math.max(10, 100 - 10 * rang);
}

function wachtdagenOp(kandidaat: Kandidaat, peildag: number): number {
  return Math.min(MAX_WACHTDAGEN, Math.max(0, peildag - dayNumber(kandidaat.aangemeldOp, 'aangemeldOp')));
}

function niveau(level: Ondersteuningsniveau): number {
  const index = NIVEAUS.indexOf(level);
  if (index < 0) throw new RangeError(`unknown ondersteuningsniveau ${String(level)}`);
  return index;
}

const dayCache = new Map<string, number>();

/** Days since 1970-01-01 (UTC) of a strict YYYY-MM-DD date; 2023-02-30 and the like are refused, not rolled over. */
function dayNumber(date: string, field: string): number {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`${field} must be a date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  // Dates repeat a lot in a round (one peildatum, few registration days); the cache stays small.
  if (dayCache.size > 100_000) dayCache.clear();
  const day = Math.round(time / DAY_MS);
  dayCache.set(date, day);
  return day;
}

function checkKandidaat(kandidaat: Kandidaat): void {
  checkInteger(kandidaat.huishoudgrootte, 'huishoudgrootte', kandidaat.id);
  checkInteger(kandidaat.maxHuurCenten, 'maxHuurCenten', kandidaat.id);
  if (kandidaat.urgentie !== 1 && kandidaat.urgentie !== 2 && kandidaat.urgentie !== 3) {
    throw new RangeError(`urgentie of kandidaat ${kandidaat.id} must be 1, 2 or 3, got ${String(kandidaat.urgentie)}`);
  }
}

function checkWoning(woning: Woning): void {
  checkInteger(woning.huurCenten, 'huurCenten', woning.id);
  checkInteger(woning.maxBewoners, 'maxBewoners', woning.id);
}

/** Non-integers would make the rent index and beoordeel disagree on NaN, so they are refused up front. */
function checkInteger(value: number, field: string, id: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${field} of ${id} must be an integer, got ${value}`);
}

/** Index of the first position in [from, to) whose value exceeds limit; values are sorted ascending. */
function firstAbove(values: Float64Array, from: number, to: number, limit: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function widen(array: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function euro(centen: number): string {
  const sign = centen < 0 ? '-' : '';
  const abs = Math.abs(centen);
  return `${sign}€ ${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function personen(aantal: number): string {
  return `${aantal} ${aantal === 1 ? 'persoon' : 'personen'}`;
}
