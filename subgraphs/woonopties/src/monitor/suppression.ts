/**
 * Small-cell suppression for the monitor. A count of 1 to 4 people could point at someone the
 * reader knows ("the one woman from the vrouwenopvang housed in Beesel in March"), so it is never
 * shown; 0 points at nobody and is shown.
 */
export const DREMPEL = 5;

export interface Telling {
  aantal: number | null;
  onderdrukt: boolean;
}

export function isKleineCel(aantal: number): boolean {
  return aantal > 0 && aantal < DREMPEL;
}

/** One count on its own, with no total next to it. */
export function telling(aantal: number): Telling {
  return isKleineCel(aantal) ? { aantal: null, onderdrukt: true } : { aantal, onderdrukt: false };
}

/**
 * Counts that are parts of one total, in the order given. A reader who knows the total (or can add
 * it up elsewhere in the answer) could recover a single hidden part by subtraction, so when exactly
 * one non-zero part is hidden, the smallest shown part is hidden too: the smallest non-zero one
 * (it hides the most for the least information lost), or a zero when no non-zero part is left.
 * Ties go to the first in order, so the same counts always hide the same cells. Two or more hidden
 * parts already leave only their sum known.
 */
export function onderdrukDelen(aantallen: readonly number[]): Telling[] {
  const tellingen = aantallen.map(telling);
  if (tellingen.filter((cel) => cel.onderdrukt).length !== 1) return tellingen;
  const kandidaten = aantallen.map((aantal, index) => ({ aantal, index })).filter(({ index }) => !tellingen[index]!.onderdrukt);
  const nietNul = kandidaten.filter(({ aantal }) => aantal > 0);
  const pool = nietNul.length > 0 ? nietNul : kandidaten;
  const kleinste = pool.reduce<{ aantal: number; index: number } | null>((best, cel) => (best === null || cel.aantal < best.aantal ? cel : best), null);
  if (kleinste) tellingen[kleinste.index] = { aantal: null, onderdrukt: true };
  return tellingen;
}
