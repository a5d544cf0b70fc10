/**
 * Reading an uploaded file off the request thread: the CSV parse or the workbook's checks and ExcelJS's
 * walk of it run here, so a hostile file costs this thread (capped in memory and time by read-upload.ts),
 * never the server's event loop. Bundled as its own entry (scripts/build-server.ts).
 */
import { parentPort } from 'node:worker_threads';
import { readTables, type ReadOutcome, type UploadToRead } from './tables';

const port = parentPort!;

port.once('message', (upload: UploadToRead) => {
  readTables(upload).then(
    (outcome) => port.postMessage(outcome),
    () => port.postMessage({ kind: 'error', error: unreadable(upload) } satisfies ReadOutcome),
  );
});

function unreadable(upload: UploadToRead) {
  return {
    sheet: null,
    row: 0,
    column: '',
    message: 'v.placements.import.unreadable',
    params: { value: upload.format.toUpperCase() },
  };
}
