import { badUserInput } from '../../../../lib/errors.js';

/** The longest period one request may ask for: five years of months. */
export const MAX_MAANDEN = 60;

export interface Periode {
  /** First month, YYYY-MM. */
  van: string;
  /** Last month, YYYY-MM. */
  tot: string;
  /** Every month from `van` to `tot`, in order. */
  maanden: string[];
  /** The first day of `van` (YYYY-MM-01): dates and timestamps from here on count. */
  vanaf: string;
  /** The first day after `tot`: dates and timestamps before it count. ISO text compares in time order, so both bounds work on dates and on UTC timestamps alike. */
  totVoor: string;
}

const maandPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function leesMaand(value: string, argumentName: string): number {
  const parsed = maandPattern.exec(value);
  if (!parsed) throw badUserInput(`${argumentName} must be a month as YYYY-MM, such as "2026-03", got "${value}"`, argumentName);
  return Number(parsed[1]) * 12 + Number(parsed[2]) - 1;
}

function alsMaand(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Months are calendar months in UTC, because steps are stored as UTC timestamps and grouping them
 * in SQL has to work alike on SQLite and PostgreSQL: a step in the first hour or two of a month,
 * Dutch time, counts in the month before.
 */
export function leesPeriode(van: string | null | undefined, tot: string | null | undefined, nu: Date = new Date()): Periode {
  const dezeMaand = nu.getUTCFullYear() * 12 + nu.getUTCMonth();
  const totIndex = tot ? leesMaand(tot, 'tot') : dezeMaand;
  const vanIndex = van ? leesMaand(van, 'van') : totIndex - 11;
  if (vanIndex > totIndex) throw badUserInput(`van (${alsMaand(vanIndex)}) must not be after tot (${alsMaand(totIndex)})`, 'van');
  const aantal = totIndex - vanIndex + 1;
  if (aantal > MAX_MAANDEN) throw badUserInput(`the period from van to tot may cover at most ${MAX_MAANDEN} months, got ${aantal}`, 'van');
  return {
    van: alsMaand(vanIndex),
    tot: alsMaand(totIndex),
    maanden: Array.from({ length: aantal }, (_, offset) => alsMaand(vanIndex + offset)),
    vanaf: `${alsMaand(vanIndex)}-01`,
    totVoor: `${alsMaand(totIndex + 1)}-01`,
  };
}
