import type { ImportSheet } from '../../../../shared/schemas/placements';
import type { Table } from './tables';

/** One problem in an uploaded file: where (sheet, row as the spreadsheet numbers it, column) and what. */
export interface RowError {
  /** Null for a problem with the file as a whole (an unreadable workbook). */
  sheet: ImportSheet | null;
  row: number;
  column: string;
  /** A message key of shared/i18n/messages.ts; the screen translates it with `params`. */
  message: string;
  params?: Record<string, string | number>;
}

export class ErrorList {
  readonly list: RowError[] = [];
  constructor(private readonly sheet: ImportSheet) {}
  add(row: number, column: string, message: string, params?: Record<string, string | number>): void {
    // A file with thousands of the same mistake needs the first hundred, not all of them.
    if (this.list.length < 200)
      this.list.push({ sheet: this.sheet, row, column, message, ...(params ? { params } : {}) });
  }
}

/** A header as people type it: case, extra spaces and a trailing "*" do not matter. */
export const normalHeader = (header: string) => header.toLowerCase().replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** The columns of a table by normalised header; required ones that are missing are reported at row 1. */
export function columnsOf(table: Table, required: string[], errors: ErrorList): Map<string, number> | null {
  const header = table[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normalHeader(h);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const missing = required.filter((r) => !columns.has(r));
  for (const column of missing) errors.add(1, column, 'v.placements.import.missingColumn', { value: column });
  return missing.length ? null : columns;
}

export function cellOf(row: string[], columns: Map<string, number>, name: string): string {
  const i = columns.get(name);
  return i === undefined ? '' : (row[i] ?? '').trim();
}

/** A whole number in [min, max], or null after reporting why not. */
export function intCell(
  value: string,
  min: number,
  max: number,
  report: (message: string, params: Record<string, string | number>) => void,
): number | null {
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n >= min && n <= max) return n;
  }
  report('v.placements.import.number', { value, min, max });
  return null;
}

/** "12,5" or "12.5" km. */
export function decimalCell(value: string): number | null {
  if (!/^\d+([.,]\d+)?$/.test(value)) return null;
  return Number(value.replace(',', '.'));
}

/** Data rows with their spreadsheet row number (the header is row 1); empty rows are skipped. */
export function dataRows(table: Table): { row: string[]; n: number }[] {
  return table.slice(1).flatMap((row, i) => (row.every((c) => c.trim() === '') ? [] : [{ row, n: i + 2 }]));
}
