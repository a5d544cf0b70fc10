/**
 * Writing a large workbook off the request thread (decision 098): ExcelJS took 7–8 s of the server's event
 * loop for a year of 200 coaches' hours (37,600 rows). Bundled as its own entry (scripts/build-server.ts).
 */
import { parentPort } from 'node:worker_threads';
import { workbookBase64, type Sheet } from './workbook';

const port = parentPort!;
const sheets: Sheet[] = [];

// The rows arrive in chunks (write-workbook.ts), so copying them never holds the server's thread long.
port.on('message', (message: { name: string; rows: Sheet['rows'] } | 'end') => {
  if (message !== 'end') {
    const sheet = sheets.find((s) => s.name === message.name);
    if (sheet) sheet.rows.push(...message.rows);
    else sheets.push({ name: message.name, rows: message.rows });
    return;
  }
  workbookBase64(sheets).then(
    (content) => {
      port.postMessage({ content });
      port.close(); // the thread then ends by itself (write-workbook.ts)
    },
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
});
