/*
 * What every directory import shares (a region's partner list, its product list): the file as the
 * mutation receives it, columns found by the names people give them, the plain-Dutch checks of one
 * cell, and the shape of the outcome (new, changed, ended, unchanged, invalid with every reason).
 */
import { badUserInput } from './errors.js';
import type { Versiewijziging } from './history.js';
import { readSpreadsheet, SpreadsheetError, type SpreadsheetRow } from './spreadsheet.js';

/** The `BestandInvoer` of the graph: a file name (its extension says how to read it) and base64 bytes. */
export interface Bestand {
  naam: string;
  inhoud: string;
}

/** The data rows of an uploaded file; an unreadable or empty file is bad input, not a refused row. */
export async function readImportFile(bestand: Bestand): Promise<SpreadsheetRow[]> {
  let rows: SpreadsheetRow[];
  try {
    rows = await readSpreadsheet(bestand.naam, Buffer.from(bestand.inhoud, 'base64'));
  } catch (error) {
    if (error instanceof SpreadsheetError) throw badUserInput(error.message, 'bestand');
    throw error;
  }
  if (rows.length === 0) throw badUserInput('The file has a header row but no data rows', 'bestand');
  return rows;
}

/**
 * A reader of one row's cells by what the column means: each meaning lists the column keys (see
 * `columnKey`) a region's list may use for it, and the first the row fills is taken.
 */
export function cellReader<Kolom extends string>(kolommen: Record<Kolom, readonly string[]>) {
  return (row: SpreadsheetRow, kolom: Kolom): string => {
    for (const key of kolommen[kolom]) if (row.cellen[key]) return row.cellen[key]!;
    return '';
  };
}

/**
 * Checks one cell and collects its problem in `redenen` instead of stopping at the first, so a
 * refused file lists every reason of every row at once. An empty cell is null: it leaves the
 * directory's value as it is.
 */
export function cellChecker(redenen: string[]) {
  return <T>(value: string, fout: string, validate: (value: string) => T): T | null => {
    if (!value) return null;
    try {
      return validate(value);
    } catch {
      redenen.push(`${fout}: "${value}"`);
      return null;
    }
  };
}

/** "Maatschappelijke opvang", "maatschappelijke-opvang" and "MAATSCHAPPELIJKE_OPVANG" are one enum value. */
export function enumValue(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const ja = new Set(['JA', 'J', 'WAAR', 'X', '*', '1', 'TRUE', 'YES']);
const nee = new Set(['NEE', 'N', 'ONWAAR', '0', 'FALSE', 'NO', '-']);

/** A yes/no cell as regions fill it in ("ja", "x", "*", "nee", ...); throws on anything else. */
export function yesNo(text: string): boolean {
  const value = text.trim().toUpperCase();
  if (ja.has(value)) return true;
  if (nee.has(value)) return false;
  throw new Error(`not a yes/no value: ${text}`);
}

/** The day before a date: a record the list no longer names ended the day before the import. */
export function dayBefore(datum: string): string {
  const date = new Date(`${datum}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** One row of the outcome: its line in the file (null for a record the file no longer names) and what changes. */
export interface ImportLine {
  regel: number | null;
  velden: Versiewijziging[];
}

export interface InvalidLine {
  regel: number;
  redenen: string[];
}

/** The outcome of an import: applied only when it is no dry run, no row is invalid and something changes. */
export interface ImportOutcome<Line extends ImportLine> {
  regio: string;
  proef: boolean;
  toegepast: boolean;
  nieuw: Line[];
  gewijzigd: Line[];
  beeindigd: Line[];
  ongewijzigd: Line[];
  ongeldig: InvalidLine[];
}

export function emptyOutcome<Line extends ImportLine>(regio: string, proef: boolean): ImportOutcome<Line> {
  return { regio, proef, toegepast: false, nieuw: [], gewijzigd: [], beeindigd: [], ongewijzigd: [], ongeldig: [] };
}

/** Invalid rows in file order: some checks (a code twice) can only run once every row was read. */
export function byLine(a: { regel: number }, b: { regel: number }): number {
  return a.regel - b.regel;
}

/** Whether an outcome is to be written: a file with one invalid row, a dry run or no change writes nothing. */
export function shouldApply(uitkomst: ImportOutcome<ImportLine>, changes: number): boolean {
  return uitkomst.ongeldig.length === 0 && !uitkomst.proef && changes > 0;
}

export const staleImportMessage = 'The directory changed while the file was being applied; nothing was applied. Run the import again.';
