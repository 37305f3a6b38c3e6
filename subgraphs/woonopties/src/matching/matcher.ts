import { MinCostFlow } from './min-cost-flow.js';

/**
 * The Transferpunt / Matchingspunt matcher: which kandidaat (someone leaving maatschappelijke opvang
 * or beschermd wonen) can go to which woning, how strongly each pair is preferred, and one set of
 * proposals for a whole round. Pure functions; no I/O.
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
 *
 * Objective of stelVoorstellenOp: among all sets of haalbare pairs that use each kandidaat and each
 * woning at most once and put at most maxPerWijk proposals in any wijk and at most maxPerComplex in
 * any complex, one with the largest sum of scores (doelwaarde). Every score is positive, so the
 * optimum never leaves a pair out that it could add without breaking a constraint.
 *
 * Spread. M is the largest number of placements possible among haalbare pairs when spread is
 * ignored (a maximum-cardinality bipartite matching). maxPerWijk = max(1, ceil(maxAandeelPerWijk × M))
 * and likewise per complex. Caps are derived from what is achievable, not from the number of homes
 * offered, so a round with few feasible placements is not forced into one wijk or held back by a cap
 * of zero.
 *
 * Identity of places: a wijk is a wijk name within a gemeente ("Centrum" in two gemeenten is two
 * wijken), a complex is a complex name within that wijk; a null complex means no complex cap.
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

export interface Voorstel {
  kandidaatId: string;
  woningId: string;
  score: number;
}

export interface Voorstelset {
  voorstellen: Voorstel[];
  doelwaarde: number;
  maxPerWijk: number;
  maxPerComplex: number;
  haalbareParen: number;
}

const DEFAULT_AANDEEL = 0.34;
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

export function spreidingsgrenzen(
  kandidaten: Kandidaat[],
  woningen: Woning[],
  options: MatchOptions,
): { maxPerWijk: number; maxPerComplex: number } {
  const graaf = haalbaarheidsgraaf(kandidaten, woningen, options);
  return grenzen(maximumPlaatsingen(graaf, woningen.length), options);
}

/**
 * Solved as a min-cost flow (costs = −score) on source → kandidaat (cap 1) → woning (cap 1,
 * cost −score) → complex (cap maxPerComplex) → wijk (cap maxPerWijk) → sink, augmenting along
 * shortest paths while they still lower the cost. A woning without complex goes straight to its
 * wijk. Kandidaten and woningen that cannot meet through a haalbaar pair or a shared wijk never
 * compete for anything, so each connected part is solved on its own: a national round becomes
 * many regional ones.
 */
export function stelVoorstellenOp(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions): Voorstelset {
  const graaf = haalbaarheidsgraaf(kandidaten, woningen, options);
  const { maxPerWijk, maxPerComplex } = grenzen(maximumPlaatsingen(graaf, woningen.length), options);
  const plaatsen = plaatsSleutels(woningen);
  const voorstellen: Voorstel[] = [];

  for (const deel of samenhangendeDelen(graaf, kandidaten.length, woningen.length, plaatsen.wijkVan)) {
    const woningNode = new Map<number, number>();
    const complexNode = new Map<number, number>();
    const wijkNode = new Map<number, number>();
    let nodes = 2 + deel.kandidaten.length;
    for (const w of deel.woningen) woningNode.set(w, nodes++);
    for (const w of deel.woningen) {
      const complex = plaatsen.complexVan[w]!;
      if (complex >= 0 && !complexNode.has(complex)) complexNode.set(complex, nodes++);
      const wijk = plaatsen.wijkVan[w]!;
      if (!wijkNode.has(wijk)) wijkNode.set(wijk, nodes++);
    }
    let paren = 0;
    for (const k of deel.kandidaten) paren += graaf.start[k + 1]! - graaf.start[k]!;
    const netwerk = new MinCostFlow(nodes, paren + deel.kandidaten.length + deel.woningen.length + complexNode.size + wijkNode.size);
    const SOURCE = 0;
    const SINK = 1;

    const paarEdges = new Int32Array(paren);
    let paar = 0;
    deel.kandidaten.forEach((k, index) => {
      netwerk.addEdge(SOURCE, 2 + index, 1, 0);
      for (let i = graaf.start[k]!; i < graaf.start[k + 1]!; i++) {
        paarEdges[paar++] = netwerk.addEdge(2 + index, woningNode.get(graaf.woning[i]!)!, 1, -graaf.score[i]!);
      }
    });
    const complexWijk = new Map<number, number>();
    for (const w of deel.woningen) {
      const complex = plaatsen.complexVan[w]!;
      const wijk = wijkNode.get(plaatsen.wijkVan[w]!)!;
      if (complex < 0) netwerk.addEdge(woningNode.get(w)!, wijk, 1, 0);
      else {
        netwerk.addEdge(woningNode.get(w)!, complexNode.get(complex)!, 1, 0);
        complexWijk.set(complex, wijk);
      }
    }
    for (const [complex, node] of complexNode) netwerk.addEdge(node, complexWijk.get(complex)!, maxPerComplex, 0);
    for (const node of wijkNode.values()) netwerk.addEdge(node, SINK, maxPerWijk, 0);

    netwerk.run(SOURCE, SINK, { onlyNegativePaths: true });

    paar = 0;
    for (const k of deel.kandidaten) {
      for (let i = graaf.start[k]!; i < graaf.start[k + 1]!; i++) {
        if (netwerk.flowOn(paarEdges[paar++]!) === 1) {
          voorstellen.push({ kandidaatId: kandidaten[k]!.id, woningId: woningen[graaf.woning[i]!]!.id, score: graaf.score[i]! });
        }
      }
    }
  }

  const aangemeldOp = new Map(kandidaten.map((kandidaat) => [kandidaat.id, kandidaat.aangemeldOp]));
  voorstellen.sort(
    (a, b) =>
      b.score - a.score ||
      compareStrings(aangemeldOp.get(a.kandidaatId)!, aangemeldOp.get(b.kandidaatId)!) ||
      compareStrings(a.kandidaatId, b.kandidaatId),
  );
  const doelwaarde = voorstellen.reduce((sum, voorstel) => sum + voorstel.score, 0);
  return { voorstellen, doelwaarde, maxPerWijk, maxPerComplex, haalbareParen: graaf.start[kandidaten.length]! };
}

/** Haalbare pairs per kandidaat (CSR): kandidaat k's pairs are woning[start[k] .. start[k+1]) with their scores. */
interface Haalbaarheidsgraaf {
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
function haalbaarheidsgraaf(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions): Haalbaarheidsgraaf {
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

/** M of the spread rule: Hopcroft-Karp with iterative search, since augmenting paths can be long. */
function maximumPlaatsingen(graaf: Haalbaarheidsgraaf, woningCount: number): number {
  const kandidaatCount = graaf.start.length - 1;
  const { start, woning } = graaf;
  const partnerVanKandidaat = new Int32Array(kandidaatCount).fill(-1);
  const partnerVanWoning = new Int32Array(woningCount).fill(-1);
  let plaatsingen = 0;
  for (let k = 0; k < kandidaatCount; k++) {
    for (let i = start[k]!; i < start[k + 1]!; i++) {
      if (partnerVanWoning[woning[i]!] === -1) {
        partnerVanWoning[woning[i]!] = k;
        partnerVanKandidaat[k] = woning[i]!;
        plaatsingen++;
        break;
      }
    }
  }

  const UNREACHED = 0x7fffffff;
  const laag = new Int32Array(kandidaatCount);
  const queue = new Int32Array(kandidaatCount);
  const next = new Int32Array(kandidaatCount);
  const stack = new Int32Array(kandidaatCount);
  for (;;) {
    let head = 0;
    let tail = 0;
    for (let k = 0; k < kandidaatCount; k++) {
      if (partnerVanKandidaat[k] === -1 && start[k]! < start[k + 1]!) {
        laag[k] = 0;
        queue[tail++] = k;
      } else laag[k] = UNREACHED;
    }
    let vrijeWoningBereikt = false;
    while (head < tail) {
      const k = queue[head++]!;
      for (let i = start[k]!; i < start[k + 1]!; i++) {
        const andere = partnerVanWoning[woning[i]!]!;
        if (andere === -1) vrijeWoningBereikt = true;
        else if (laag[andere] === UNREACHED) {
          laag[andere] = laag[k]! + 1;
          queue[tail++] = andere;
        }
      }
    }
    if (!vrijeWoningBereikt) return plaatsingen;

    for (let k = 0; k < kandidaatCount; k++) next[k] = start[k]!;
    for (let vrij = 0; vrij < kandidaatCount; vrij++) {
      if (partnerVanKandidaat[vrij] !== -1 || laag[vrij] !== 0) continue;
      let depth = 0;
      stack[depth++] = vrij;
      while (depth > 0) {
        const k = stack[depth - 1]!;
        if (next[k] === start[k + 1]) {
          laag[k] = UNREACHED;
          depth--;
          continue;
        }
        const w = woning[next[k]!++]!;
        const andere = partnerVanWoning[w]!;
        if (andere === -1) {
          // Each kandidaat on the stack takes the woning it last tried; the one it held passes up the stack.
          for (let d = depth - 1; d >= 0; d--) {
            const kd = stack[d]!;
            const wd = woning[next[kd]! - 1]!;
            partnerVanWoning[wd] = kd;
            partnerVanKandidaat[kd] = wd;
          }
          plaatsingen++;
          break;
        }
        if (laag[andere] === laag[k]! + 1) stack[depth++] = andere;
      }
    }
  }
}

function grenzen(plaatsingen: number, options: MatchOptions): { maxPerWijk: number; maxPerComplex: number } {
  return {
    maxPerWijk: grens(options.maxAandeelPerWijk, 'maxAandeelPerWijk', plaatsingen),
    maxPerComplex: grens(options.maxAandeelPerComplex, 'maxAandeelPerComplex', plaatsingen),
  };
}

function grens(aandeel: number | undefined, naam: string, plaatsingen: number): number {
  const share = aandeel ?? DEFAULT_AANDEEL;
  if (!(share > 0 && share <= 1)) throw new RangeError(`${naam} must be in (0, 1], got ${share}`);
  // Rounded to 12 significant digits first: in binary 0.34 × 150 is 51.000000000000007, and ceil must see 51.
  return Math.max(1, Math.ceil(Number((share * plaatsingen).toPrecision(12))));
}

/** Dense wijk and complex numbers per woning; a complex is -1 when the woning has none. */
function plaatsSleutels(woningen: Woning[]): { wijkVan: Int32Array; complexVan: Int32Array } {
  const wijken = new Map<string, number>();
  const complexen = new Map<string, number>();
  const wijkVan = new Int32Array(woningen.length);
  const complexVan = new Int32Array(woningen.length);
  woningen.forEach((woning, w) => {
    // JSON keeps the parts apart whatever characters the names contain.
    const wijkSleutel = JSON.stringify([woning.gemeente, woning.wijk]);
    let wijk = wijken.get(wijkSleutel);
    if (wijk === undefined) wijken.set(wijkSleutel, (wijk = wijken.size));
    wijkVan[w] = wijk;
    if (woning.complex === null) complexVan[w] = -1;
    else {
      const complexSleutel = JSON.stringify([woning.gemeente, woning.wijk, woning.complex]);
      let complex = complexen.get(complexSleutel);
      if (complex === undefined) complexen.set(complexSleutel, (complex = complexen.size));
      complexVan[w] = complex;
    }
  });
  return { wijkVan, complexVan };
}

/**
 * Groups kandidaten and woningen that are linked by haalbare pairs or, for woningen, by sharing a
 * wijk (the wijk cap couples them; complexes lie inside a wijk, so they need no link of their own).
 * Kandidaten and woningen without any haalbaar pair are left out: they cannot take part.
 */
function samenhangendeDelen(
  graaf: Haalbaarheidsgraaf,
  kandidaatCount: number,
  woningCount: number,
  wijkVan: Int32Array,
): Array<{ kandidaten: number[]; woningen: number[] }> {
  const parent = new Int32Array(kandidaatCount + woningCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const up = parent[x]!;
      parent[x] = root;
      x = up;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const gekoppeld = new Uint8Array(woningCount);
  for (let k = 0; k < kandidaatCount; k++) {
    for (let i = graaf.start[k]!; i < graaf.start[k + 1]!; i++) {
      gekoppeld[graaf.woning[i]!] = 1;
      union(k, kandidaatCount + graaf.woning[i]!);
    }
  }
  const eersteInWijk = new Map<number, number>();
  for (let w = 0; w < woningCount; w++) {
    if (gekoppeld[w] === 0) continue;
    const eerste = eersteInWijk.get(wijkVan[w]!);
    if (eerste === undefined) eersteInWijk.set(wijkVan[w]!, w);
    else union(kandidaatCount + eerste, kandidaatCount + w);
  }

  const delen = new Map<number, { kandidaten: number[]; woningen: number[] }>();
  const deelVan = (node: number) => {
    const root = find(node);
    let deel = delen.get(root);
    if (deel === undefined) delen.set(root, (deel = { kandidaten: [], woningen: [] }));
    return deel;
  };
  for (let k = 0; k < kandidaatCount; k++) if (graaf.start[k + 1]! > graaf.start[k]!) deelVan(k).kandidaten.push(k);
  for (let w = 0; w < woningCount; w++) if (gekoppeld[w] === 1) deelVan(kandidaatCount + w).woningen.push(w);
  return [...delen.values()];
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

function compareStrings(a: string, b: string): number {
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
