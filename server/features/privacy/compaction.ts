/**
 * Erasure's last step (a TRUNCATE checkpoint: file-hygiene.ts) off the request thread. The checkpoint waits
 * for readers to leave the WAL (up to the busy timeout, a backup may be reading): on the server's own
 * connection that wait would hold every user. Here a worker thread opens its own connection to the same
 * file. It no longer rewrites the file (VACUUM): with secure_delete on every connection nothing deleted is
 * left to rewrite, and VACUUM held every writer — and so, through a write's synchronous busy wait, the
 * server's thread — for as long as the rewrite took.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { REQUIRED_PRAGMAS } from '../../../db/client';
import type { Compaction } from './file-hygiene';
import { writingElsewhere } from '../../write-gate';

// Plain JavaScript, evaluated in the worker: nothing to bundle or compile, it only needs the driver.
const COMPACTOR = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = ' + workerData.busyTimeout);
let walTruncated = false;
try { walTruncated = db.pragma('wal_checkpoint(TRUNCATE)')[0].busy === 0; } catch {}
db.close();
parentPort.postMessage({ walTruncated });
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Empties the connection's WAL in a worker thread; says whether it could (file-hygiene.ts compactFile). */
export function compactOffThread(sqlite: Database.Database): Promise<Compaction> {
  // Inside a transaction (the authorization matrix rolls every call back) nothing is committed to compact.
  if (sqlite.inTransaction || sqlite.memory) return Promise.resolve({ walTruncated: false });
  // A TRUNCATE checkpoint blocks writers while it runs: requests wait at the server's door (write-gate.ts).
  return writingElsewhere(sqlite.name, () => compactInWorker(sqlite.name));
}

function compactInWorker(path: string): Promise<Compaction> {
  return new Promise((resolve) => {
    const worker = new Worker(COMPACTOR, {
      eval: true,
      workerData: { driver, path, busyTimeout: REQUIRED_PRAGMAS.busy_timeout },
    });
    let settled = false;
    const finish = (outcome: Compaction) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    worker.once('message', finish);
    // The erasure itself is committed: a compaction that fails says so in the answer, it is no error.
    worker.once('error', () => finish({ walTruncated: false }));
    worker.once('exit', () => finish({ walTruncated: false }));
  });
}
