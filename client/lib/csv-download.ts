import { saveFile } from './download';

/** Hands a CSV text (already with its BOM) to the browser as a file download. */
export function downloadCsv(filename: string, content: string): void {
  saveFile({ filename, mimeType: 'text/csv;charset=utf-8', encoding: 'utf8', content });
}
