/**
 * Runs engine jobs in worker threads, so a 10,000-student round never blocks the server's event
 * loop. At most MAX_WORKERS jobs run at once (the server has few cores; the rest wait their turn).
 *
 * Where the worker's code is: in the esbuild bundle it is its own entry, dist/server/features/
 * placements/placement-worker.js; from source (vitest, tsx) this module is a .ts file and the worker
 * starts from placement-worker.dev.mjs, which loads the .ts entry through tsx.
 */
import { Worker } from 'node:worker_threads';
import { threadLimit, workerEntry } from '../../worker-threads';
import type { RunStage } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import type { ServerMessage, WorkerJob, WorkerMessage, WorkerOutput } from './worker-protocol';

const MAX_WORKERS = 2;
/** A job that takes longer is stopped; the run counts as failed (run-state.ts uses the same limit). */
export const RUN_TIMEOUT_MS = 10 * 60_000;

const workerFile = workerEntry(['features', 'placements'], 'placement-worker');
const slot = threadLimit(MAX_WORKERS);

export class EngineError extends Error {}

// A worker's heap is capped, so a runaway job fails alone instead of taking the server with it.
const spawn = () => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });

function runOnce(job: WorkerJob, onStage: (stage: RunStage) => void): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = spawn();
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
      else if (message.type === 'error') finish(() => reject(new EngineError(message.message)));
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

export type Reply = Exclude<WorkerMessage, { type: 'stage' | 'error' | 'done' }>;

/** A worker the server talks with: a `fromDatabase` job (worker-protocol.ts). */
export interface Conversation {
  /** The worker's next message (stages go to `onStage`); a failure, the thread's end or the time limit rejects. */
  next(): Promise<Reply>;
  send(message: ServerMessage): void;
  onStage: (stage: RunStage) => void;
  /** Waits for a free worker slot (the engine's work starts only then); `stop` gives it back. */
  takeSlot(): Promise<void>;
  stop(): void;
}

/** Starts a worker on `job` at once, without a slot: reading and checking a snapshot is not the engine's work. */
export function converse(job: WorkerJob): Conversation {
  const worker = spawn();
  const inbox: Reply[] = [];
  let failure: Error | null = null;
  let waiter: { resolve: (m: Reply) => void; reject: (e: Error) => void } | null = null;
  let release: (() => void) | null = null;
  const deliver = () => {
    const w = waiter;
    if (!w) return;
    if (inbox.length) w.resolve(inbox.shift()!);
    else if (failure) w.reject(failure);
    else return;
    waiter = null;
  };
  const fail = (error: Error) => {
    failure ??= error;
    deliver();
  };
  const timer = setTimeout(() => fail(new EngineError('timeout')), RUN_TIMEOUT_MS);
  timer.unref();
  const conversation: Conversation = {
    next: () =>
      new Promise<Reply>((resolve, reject) => {
        waiter = { resolve, reject };
        deliver();
      }),
    send: (message) => worker.postMessage(message),
    onStage: () => {},
    takeSlot: async () => {
      release = await slot();
    },
    stop: () => {
      clearTimeout(timer);
      release?.();
      release = null;
      void worker.terminate();
    },
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'stage') conversation.onStage(message.stage);
    else if (message.type === 'error')
      fail(
        message.refusal ? new AppError(message.refusal.code, message.refusal.key) : new EngineError(message.message),
      );
    else if (message.type !== 'done') {
      inbox.push(message);
      deliver();
    }
  });
  worker.on('error', (error) => fail(new EngineError(error.message)));
  worker.on('exit', (code) => fail(new EngineError(`worker stopped (${code})`)));
  worker.postMessage(job);
  return conversation;
}
