import JSZip from 'jszip';
import type { RowError } from './cells';

/**
 * What an uploaded workbook may hold, checked on the zip itself before ExcelJS reads a cell. ExcelJS
 * builds every cell up to the last column of a row: a 9 KB file with one cell per row in column XFD
 * (16,384) took 62 s and 4 GB. Here the entries are inflated with a running count (a zip's own size
 * fields can lie) and each sheet's XML is scanned for its cells; beyond a limit the file is refused.
 */
export const WORKBOOK_LIMITS = {
  entries: 200,
  unzippedBytes: 50 * 1024 * 1024,
  columns: 50,
  cells: 400_000,
} as const;

const fileError = (message: string, params: Record<string, string | number>): RowError => ({
  sheet: null,
  row: 0,
  column: '',
  message,
  params,
});

/** Inflates one entry, counting; null as soon as it passes `budget` bytes. The content only when kept. */
function inflateWithin(
  entry: JSZip.JSZipObject,
  budget: number,
  keep: boolean,
): Promise<{ bytes: number; content: Buffer } | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > budget) {
        stream.pause(); // the worker ends after its answer; nothing more is inflated
        resolve(null);
      } else if (keep) chunks.push(chunk);
    });
    stream.on('end', () => resolve({ bytes, content: Buffer.concat(chunks) }));
    stream.on('error', reject);
  });
}

/** "XFD" → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells and the widest row of a worksheet's XML, by a scan of its tags (nothing is built). */
export function sheetExtent(xml: string): { cells: number; columns: number; widestColumn: string } {
  let cells = 0;
  let columns = 0;
  let widestColumn = '';
  for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    let inRow = 0;
    for (const cell of row[1]!.matchAll(/<c\b([^>]*)>/g)) {
      inRow++;
      const ref = /\br="([A-Z]{1,3})\d+"/.exec(cell[1]!);
      const column = ref ? columnNumber(ref[1]!) : inRow;
      if (column > columns) [columns, widestColumn] = [column, ref ? ref[1]! : String(column)];
    }
    cells += inRow;
  }
  return { cells, columns, widestColumn };
}

/** Null when the workbook is within the limits; otherwise the error for the whole file. */
export async function checkWorkbook(buffer: Buffer): Promise<RowError | null> {
  const zip = await JSZip.loadAsync(buffer); // reads the zip's directory; inflates nothing yet
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > WORKBOOK_LIMITS.entries) return fileError('v.placements.import.unreadable', { value: 'XLSX' });
  let budget: number = WORKBOOK_LIMITS.unzippedBytes;
  let cells = 0;
  for (const entry of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const inflated = await inflateWithin(entry, budget, isSheet);
    if (inflated === null)
      return fileError('v.placements.import.tooLarge', { value: WORKBOOK_LIMITS.unzippedBytes / 1024 / 1024 });
    budget -= inflated.bytes;
    if (!isSheet) continue;
    const extent = sheetExtent(inflated.content.toString('utf8'));
    if (extent.columns > WORKBOOK_LIMITS.columns)
      return fileError('v.placements.import.tooManyColumns', {
        value: WORKBOOK_LIMITS.columns,
        column: extent.widestColumn,
      });
    cells += extent.cells;
    if (cells > WORKBOOK_LIMITS.cells)
      return fileError('v.placements.import.tooManyCells', { value: WORKBOOK_LIMITS.cells });
  }
  return null;
}
