import ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';
import { IMPORT_SHEETS, type ImportSheet } from '../../../../shared/schemas/placements';
import type { RowError } from './cells';
import { checkWorkbook } from './workbook-limits';

/**
 * Uploaded files as plain tables of trimmed text: a header row, then data rows. CSV as Dutch Excel
 * writes it (semicolons) or as others do (commas), UTF-8 with or without a byte-order mark; XLSX with
 * one sheet per kind, found by its name.
 */
export type Table = string[][];
export const MAX_ROWS = 20_000;

/** The delimiter is the one of ; and , that occurs more often in the header line (outside quotes). */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 with either delimiter, through csv-parse: quoted fields may hold delimiters, quotes ("") and
 * line breaks; fields are trimmed; rows may differ in length. A quote that is never closed is an error at
 * the row where it opens — not, as a hand-written parser did, the rest of the file swallowed into one field.
 */
export function parseCsv(raw: string, sheet: ImportSheet): Table | RowError {
  const text = raw.replace(/^\uFEFF/, '');
  let rows: Table;
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const unclosed = error.code === 'CSV_QUOTE_NOT_CLOSED';
    const row = typeof error.records === 'number' ? error.records : 0;
    return {
      sheet,
      row: row + 1,
      column: '',
      message: unclosed ? 'v.placements.import.unclosedQuote' : 'v.placements.import.badCsvRow',
    };
  }
  // Empty lines stay, so row numbers match what a spreadsheet shows; trailing ones go.
  while (rows.length && isEmptyRow(rows[rows.length - 1]!)) rows.pop();
  return rows;
}

export const isEmptyRow = (row: string[]) => row.every((cell) => cell === '');

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return String(value.text).trim();
  return '';
}

/**
 * The sheets of a workbook whose name starts with a known kind ("Studenten en voorkeuren" is studenten),
 * once the file is known to be within the limits (workbook-limits.ts): only then may ExcelJS walk it.
 */
export async function readWorkbook(base64: string): Promise<Map<ImportSheet, Table> | RowError> {
  const buffer = Buffer.from(base64, 'base64');
  const refused = await checkWorkbook(buffer);
  if (refused) return refused;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const tables = new Map<ImportSheet, Table>();
  workbook.eachSheet((sheet) => {
    const kind = IMPORT_SHEETS.find((k) => sheet.name.trim().toLowerCase().startsWith(k));
    if (!kind || tables.has(kind)) return;
    // sparse: eachRow skips the empty rows before the last one with text
    const rows: (string[] | undefined)[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows[n - 1] = cells;
    });
    // Keep row numbers as Excel shows them: empty rows stay (as empty arrays) until the last one with text.
    tables.set(
      kind,
      Array.from(rows, (r) => r ?? []),
    );
  });
  return tables;
}

export type UploadToRead = { format: 'csv'; sheet: ImportSheet; content: string } | { format: 'xlsx'; content: string };
export type ReadOutcome = { kind: 'tables'; tables: [ImportSheet, Table][] } | { kind: 'error'; error: RowError };

/** What the reader's worker does with an upload (read-worker.ts). */
export async function readTables(upload: UploadToRead): Promise<ReadOutcome> {
  if (upload.format === 'csv') {
    const table = parseCsv(upload.content, upload.sheet);
    return Array.isArray(table) ? { kind: 'tables', tables: [[upload.sheet, table]] } : { kind: 'error', error: table };
  }
  const tables = await readWorkbook(upload.content);
  if (!(tables instanceof Map)) return { kind: 'error', error: tables };
  if (tables.size === 0)
    return { kind: 'error', error: { sheet: null, row: 0, column: '', message: 'v.placements.import.noSheets' } };
  return { kind: 'tables', tables: [...tables] };
}
