import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One data row of a spreadsheet: its row number as the user sees it, and its cells by column name. */
export interface SpreadsheetRow {
  regel: number;
  cellen: Record<string, string>;
}

export class SpreadsheetError extends Error {}

/**
 * Column names as people write them ("KvK-nummer", "E-mail", "Rol in regio") become one key each
 * ("kvknummer", "email", "rolinregio"), so a file made by hand still matches.
 */
export function columnKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function rowsFromTable(table: string[][], firstRowNumber: number): SpreadsheetRow[] {
  const [header, ...body] = table;
  if (!header || header.every((cell) => cell.trim() === '')) throw new SpreadsheetError('The file has no header row: the first row must name the columns');
  const keys = header.map(columnKey);
  return body
    .map((cells, index) => ({
      regel: firstRowNumber + index + 1,
      cellen: Object.fromEntries(keys.map((key, column) => [key, (cells[column] ?? '').trim()]).filter(([key]) => key !== '')),
    }))
    .filter((row) => Object.values(row.cellen).some((value) => value !== ''));
}

/** CSV as regions export it: comma- or semicolon-separated (Dutch Excel writes `;`), UTF-8 with or without BOM. */
export function readCsv(bytes: Buffer): SpreadsheetRow[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let table: string[][];
  try {
    table = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new SpreadsheetError(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  return rowsFromTable(table, 1);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook; dates become YYYY-MM-DD, formulas their result. */
export async function readXlsx(bytes: Buffer): Promise<SpreadsheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpreadsheetError(`The XLSX file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('The XLSX file has no worksheet');
  const table: string[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    table.push(cells);
  }
  return rowsFromTable(table, 1);
}

/** A file by its name: `.csv` or `.xlsx`; anything else is refused with what to send instead. */
export async function readSpreadsheet(name: string, bytes: Buffer): Promise<SpreadsheetRow[]> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(bytes);
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  throw new SpreadsheetError(`"${name}" is neither a .csv nor an .xlsx file`);
}
