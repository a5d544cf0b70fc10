import ExcelJS from 'exceljs';
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

export type Sheet = { name: string; rows: (string | number)[][] };

/** Fractions get a decimal comma: Dutch Excel would read "12.5" as a date. */
export function csvFile(filename: string, rows: (string | number)[][]): DownloadFile {
  const dutch = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isInteger(cell) ? decimalComma(cell) : cell)),
  );
  return { filename, mimeType: 'text/csv;charset=utf-8', encoding: 'utf8', content: toCsv(dutch) };
}

/** A workbook with a bold, frozen header row per sheet and columns wide enough for their text. */
export async function xlsxFile(filename: string, sheets: Sheet[]): Promise<DownloadFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Werkplaats';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    const widths = (sheet.rows[0] ?? []).map((_, c) =>
      Math.min(40, Math.max(10, ...sheet.rows.map((r) => String(r[c] ?? '').length + 2))),
    );
    ws.columns.forEach((column, c) => {
      column.width = widths[c] ?? 12;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: Buffer.from(buffer).toString('base64'),
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
