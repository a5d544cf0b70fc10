import ExcelJS from 'exceljs';
import { IMPORT_SHEETS, type ImportSheet } from '../../../../shared/schemas/placements';

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

/** RFC 4180 with either delimiter: quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(raw: string): Table {
  const text = raw.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const rows: Table = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field.trim()]);
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
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

/** The sheets of a workbook whose name starts with a known kind ("Studenten en voorkeuren" is studenten). */
export async function readWorkbook(base64: string): Promise<Map<ImportSheet, Table>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const tables = new Map<ImportSheet, Table>();
  workbook.eachSheet((sheet) => {
    const kind = IMPORT_SHEETS.find((k) => sheet.name.trim().toLowerCase().startsWith(k));
    if (!kind || tables.has(kind)) return;
    const rows: Table = [];
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
