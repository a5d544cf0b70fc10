/**
 * Writing a large workbook off the request thread (decision 098): ExcelJS took 7–8 s of the server's event
 * loop for a year of 200 coaches' hours (37,600 rows). Bundled as its own entry (scripts/build-server.ts).
 */
import { parentPort } from 'node:worker_threads';
import { workbookBase64, type Sheet } from './workbook';

const port = parentPort!;

port.once('message', (sheets: Sheet[]) => {
  workbookBase64(sheets).then(
    (content) => port.postMessage({ content }),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
});
