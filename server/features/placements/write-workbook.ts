/**
 * Writes a workbook here when it is small, else in a worker thread (workbook-worker.ts), at most two at
 * once: the same bytes either way, but a large one no longer holds every other request (decision 098).
 */
import { Worker } from 'node:worker_threads';
import { threadLimit, workerEntry } from '../../worker-threads';
import { workbookBase64, type Sheet } from './workbook';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Fewer cells than this are written in tens of milliseconds: a thread would cost more than it saves. */
export const IN_PROCESS_CELLS = 20_000;
const MAX_WRITERS = 2;

const workerFile = workerEntry(['features', 'placements'], 'workbook-worker');
const turn = threadLimit(MAX_WRITERS);

function inWorker(sheets: Sheet[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    // On success the worker closes its port and ends by itself (workbook-worker.ts): terminate() while it
    // still held the workbook's heap was followed by a 0.55 s gap in /healthz once (decision 101).
    worker.once('message', (answer: { content?: string; error?: string }) => {
      if (answer.content === undefined) {
        void worker.terminate();
        reject(new Error(answer.error));
      } else resolve(answer.content);
    });
    worker.once('error', reject);
    void send(worker, sheets).catch(reject);
  });
}

/** A few thousand rows per message, the event loop free between them: one copy of 400,000 cells took ~0.3 s. */
const ROWS_PER_MESSAGE = 2_000;

async function send(worker: Worker, sheets: Sheet[]) {
  for (const sheet of sheets)
    for (let i = 0; i < Math.max(1, sheet.rows.length); i += ROWS_PER_MESSAGE) {
      worker.postMessage({ name: sheet.name, rows: sheet.rows.slice(i, i + ROWS_PER_MESSAGE) });
      await nextTurn();
    }
  worker.postMessage('end');
}

export async function writeWorkbook(sheets: Sheet[]): Promise<string> {
  const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  if (cells < IN_PROCESS_CELLS) return workbookBase64(sheets);
  const release = await turn();
  try {
    return await inWorker(sheets);
  } finally {
    release();
  }
}
