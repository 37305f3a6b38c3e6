import { maximumPlaatsingen, optimaleToewijzing, type Plaatsen, type Spreidingsgrenzen } from './assignment.js';
import { compareStrings, haalbaarheidsgraaf, type Kandidaat, type MatchOptions, type Woning } from './constraints-and-scores.js';

/**
 * One set of proposals for a whole round of the Transferpunt / Matchingspunt. Pure functions; no I/O.
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

export function spreidingsgrenzen(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions): Spreidingsgrenzen {
  const graaf = haalbaarheidsgraaf(kandidaten, woningen, options);
  return grenzen(maximumPlaatsingen(graaf, woningen.length), options);
}

export function stelVoorstellenOp(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions): Voorstelset {
  const graaf = haalbaarheidsgraaf(kandidaten, woningen, options);
  const { maxPerWijk, maxPerComplex } = grenzen(maximumPlaatsingen(graaf, woningen.length), options);
  const voorstellen: Voorstel[] = optimaleToewijzing(graaf, woningen.length, plaatsSleutels(woningen), { maxPerWijk, maxPerComplex }).map(
    (toewijzing) => ({ kandidaatId: kandidaten[toewijzing.kandidaat]!.id, woningId: woningen[toewijzing.woning]!.id, score: toewijzing.score }),
  );

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

function grenzen(plaatsingen: number, options: MatchOptions): Spreidingsgrenzen {
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

function plaatsSleutels(woningen: Woning[]): Plaatsen {
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
