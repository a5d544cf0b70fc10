import type { Sheet } from './workbook';
import { writeWorkbook } from './write-workbook';
import { csvFromParts, csvLines, decimalComma, toCsv } from '../../http/csv';
import { withJsonBytes } from '../../cache/read-cache';
import { setImmediate as nextTurn } from 'node:timers/promises';

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
const dutch = (rows: (string | number)[][]) =>
  rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isInteger(cell) ? decimalComma(cell) : cell)),
  );

const csvDownload = (filename: string, content: string): DownloadFile => ({
  filename,
  mimeType: 'text/csv;charset=utf-8',
  encoding: 'utf8',
  content,
});

export function csvFile(filename: string, rows: (string | number)[][]): DownloadFile {
  return csvDownload(filename, toCsv(dutch(rows)));
}

/** A large CSV a part at a time, the event loop free between parts: `csvFileOfParts(name, rows.map(csvPart))`. */
export const csvPart = (rows: (string | number)[][]): string => csvLines(dutch(rows));

/**
 * The file, and its answer's JSON made a part at a time too (decision 101): JSON.stringify of a 4.8 MB
 * CSV and its UTF-8 took ~0.3 s at once. JSON escapes character by character and a part ends with a line
 * end, so the parts' escaped texts joined are exactly the whole's.
 */
export async function csvFileOfParts(filename: string, parts: string[]): Promise<DownloadFile> {
  const file = csvDownload(filename, csvFromParts(parts));
  const json = [Buffer.from(JSON.stringify({ ...file, content: csvFromParts([]) }).slice(0, -2))];
  for (const part of parts) {
    await nextTurn();
    json.push(Buffer.from(JSON.stringify(part).slice(1, -1)));
  }
  json.push(Buffer.from('"}'));
  return withJsonBytes(file, Buffer.concat(json));
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
