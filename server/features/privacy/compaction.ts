/**
 * Erasure's file compaction (VACUUM, then a TRUNCATE checkpoint: file-hygiene.ts) off the request thread.
 * VACUUM rewrites the whole file: on the server's own connection that held the event loop for as long as
 * it took, every user waiting. Here a worker thread opens its own connection to the same file and compacts
 * it; the server keeps answering. Reads go on meanwhile (WAL); a write waits for VACUUM's lock (up to the
 * busy timeout) — rare during an erasure, and a wait rather than every request's.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { REQUIRED_PRAGMAS } from '../../../db/client';
import type { Compaction } from './file-hygiene';

// Plain JavaScript, evaluated in the worker: nothing to bundle or compile, it only needs the driver.
const COMPACTOR = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = ' + workerData.busyTimeout);
db.pragma('secure_delete = ON');
let vacuumed = false;
try { db.exec('VACUUM'); vacuumed = true; } catch {}
let walTruncated = false;
try { walTruncated = db.pragma('wal_checkpoint(TRUNCATE)')[0].busy === 0; } catch {}
db.close();
parentPort.postMessage({ vacuumed, walTruncated });
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Compacts the connection's file in a worker thread; says what happened (file-hygiene.ts compactFile). */
export function compactOffThread(sqlite: Database.Database): Promise<Compaction> {
  // Inside a transaction (the authorization matrix rolls every call back) nothing is committed to compact.
  if (sqlite.inTransaction || sqlite.memory) return Promise.resolve({ vacuumed: false, walTruncated: false });
  return new Promise((resolve) => {
    const worker = new Worker(COMPACTOR, {
      eval: true,
      workerData: { driver, path: sqlite.name, busyTimeout: REQUIRED_PRAGMAS.busy_timeout },
    });
    let settled = false;
    const finish = (outcome: Compaction) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    worker.once('message', finish);
    // The erasure itself is committed: a compaction that fails says so in the answer, it is no error.
    worker.once('error', () => finish({ vacuumed: false, walTruncated: false }));
    worker.once('exit', () => finish({ vacuumed: false, walTruncated: false }));
  });
}
