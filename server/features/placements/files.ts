import type { Sheet } from './workbook';
import { writeWorkbook } from './write-workbook';
import { decimalComma, toCsv } from '../../http/csv';

/**
 * Files the placements screens offer for download, as the browser receives them through tRPC: text
 * for CSV and JSON, base64 for XLSX. CSV as Dutch Excel opens it (semicolons, UTF-8 with BOM, formula
 * injection guarded): the same writer as the mentor teams' hours export.
 */
export interface DownloadFile {
  filename: string;
  mimeType: string;
  /** 'base64' for binary files. */
  encoding: 'utf8' | 'base64';
  content: string;
}

export type { Sheet } from './workbook';

/** Fractions get a decimal comma: Dutch Excel would read "12.5" as a date. */
export function csvFile(filename: string, rows: (string | number)[][]): DownloadFile {
  const dutch = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isInteger(cell) ? decimalComma(cell) : cell)),
  );
  return { filename, mimeType: 'text/csv;charset=utf-8', encoding: 'utf8', content: toCsv(dutch) };
}

/** A workbook with a bold, frozen header row per sheet; a large one is written off the request thread. */
export async function xlsxFile(filename: string, sheets: Sheet[]): Promise<DownloadFile> {
  return {
    filename,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: await writeWorkbook(sheets),
  };
}

export function jsonFile(filename: string, value: unknown): DownloadFile {
  return { filename, mimeType: 'application/json', encoding: 'utf8', content: `${JSON.stringify(value, null, 2)}\n` };
}

/** "Plaatsingsronde 2026-2027 (concept)" → "plaatsingsronde-2026-2027-concept". */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return stem.slice(0, 60) || 'plaatsingsronde';
}
