/**
 * Runs engine jobs in worker threads, so a 10,000-student round never blocks the server's event
 * loop. At most MAX_WORKERS jobs run at once (the server has few cores; the rest wait their turn).
 *
 * Where the worker's code is: in the esbuild bundle it is its own entry, dist/server/features/
 * placements/placement-worker.js; from source (vitest, tsx) this module is a .ts file and the worker
 * starts from placement-worker.dev.mjs, which loads the .ts entry through tsx.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../paths';
import type { RunStage } from '../../../shared/domain/placements';
import type { WorkerJob, WorkerMessage, WorkerOutput } from './worker-protocol';

const MAX_WORKERS = 2;
/** A job that takes longer is stopped; the run counts as failed (run-state.ts uses the same limit). */
export const RUN_TIMEOUT_MS = 10 * 60_000;

const fromSource = fileURLToPath(import.meta.url).endsWith('.ts');

const workerFile = fromSource
  ? join(projectRoot, 'server', 'features', 'placements', 'placement-worker.dev.mjs')
  : join(projectRoot, 'dist', 'server', 'features', 'placements', 'placement-worker.js');

let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

export class EngineError extends Error {}

function runOnce(job: WorkerJob, onStage: (stage: RunStage) => void): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    // A worker's heap is capped, so a runaway job fails alone instead of taking the server with it.
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new EngineError('timeout'))), RUN_TIMEOUT_MS);
    timer.unref();
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'stage') onStage(message.stage);
      else if (message.type === 'done') finish(() => resolve(message.output));
      else finish(() => reject(new EngineError(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(new EngineError(error.message))));
    worker.on('exit', (code) => finish(() => reject(new EngineError(`worker stopped (${code})`))));
    worker.postMessage(job);
  });
}

/** Runs one job in a fresh worker when a slot is free; rejects with EngineError when the engine fails. */
export async function runInWorker(
  job: WorkerJob,
  onStage: (stage: RunStage) => void = () => {},
): Promise<WorkerOutput> {
  const release = await slot();
  try {
    return await runOnce(job, onStage);
  } finally {
    release();
  }
}
