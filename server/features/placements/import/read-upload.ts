/**
 * Starts one worker thread per uploaded file (read-worker.ts) and waits for its tables. The worker's heap
 * and time are capped: a file that slips past the limits fails alone, as "cannot be read", and the thread
 * is ended. At most two read at once; more wait their turn. A small CSV is parsed right here.
 */
import { Worker } from 'node:worker_threads';
import { threadLimit, workerEntry } from '../../../worker-threads';
import type { ImportSheet } from '../../../../shared/schemas/placements';
import type { RowError } from './cells';
import { readTables, type ReadOutcome, type Table, type UploadToRead } from './tables';

export const READ_TIMEOUT_MS = 30_000;
/** A CSV this small is parsed in a few milliseconds: starting a thread for it would cost more than it saves. */
export const IN_PROCESS_CSV_CHARS = 128 * 1024;
const MAX_READERS = 2;

const workerFile = workerEntry(['features', 'placements', 'import'], 'read-worker');
const turn = threadLimit(MAX_READERS);

function readOnce(upload: UploadToRead): Promise<ReadOutcome> {
  const unreadable: ReadOutcome = {
    kind: 'error',
    error: {
      sheet: null,
      row: 0,
      column: '',
      message: 'v.placements.import.unreadable',
      params: { value: upload.format.toUpperCase() },
    },
  };
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    let settled = false;
    const finish = (outcome: ReadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(unreadable), READ_TIMEOUT_MS);
    worker.on('message', finish);
    worker.on('error', () => finish(unreadable));
    worker.on('exit', () => finish(unreadable));
    worker.postMessage(upload);
  });
}

const tablesOf = (outcome: ReadOutcome) => (outcome.kind === 'tables' ? new Map(outcome.tables) : outcome.error);

/** The tables of an uploaded file, or the error for the whole file (or for the row a CSV breaks at). */
export async function readUpload(upload: UploadToRead): Promise<Map<ImportSheet, Table> | RowError> {
  if (upload.format === 'csv' && upload.content.length <= IN_PROCESS_CSV_CHARS)
    return tablesOf(await readTables(upload));
  const release = await turn();
  try {
    return tablesOf(await readOnce(upload));
  } finally {
    release();
  }
}
