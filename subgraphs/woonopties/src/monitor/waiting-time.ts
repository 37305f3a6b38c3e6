const msPerDag = 86_400_000;

/**
 * Whole days from the registration date to the UTC date of the GEHUISVEST step. A registration
 * dated after the housing (a typing error in aangemeldOp) counts as 0 days rather than as negative.
 */
export function wachtdagen(aangemeldOp: string, gehuisvestOp: string): number {
  const van = Date.parse(`${aangemeldOp.slice(0, 10)}T00:00:00Z`);
  const tot = Date.parse(`${gehuisvestOp.slice(0, 10)}T00:00:00Z`);
  return Math.max(0, Math.round((tot - van) / msPerDag));
}

/**
 * The p-th percentile by nearest rank: of the n values in ascending order, the one at rank
 * ⌈p/100 · n⌉ (1-based). It is always one of the values, never an interpolation, so no day count
 * appears that nobody waited; the median (p = 50) of an even n is the lower of the middle two.
 */
export function nearestRank(oplopend: readonly number[], p: number): number | null {
  if (oplopend.length === 0) return null;
  const rang = Math.max(1, Math.ceil((p / 100) * oplopend.length));
  return oplopend[rang - 1]!;
}
