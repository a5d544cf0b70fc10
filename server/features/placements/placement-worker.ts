/**
 * The matching engine off the request thread: one job per worker, then the worker ends. Bundled as
 * its own entry (scripts/build-server.ts) and started from source under tsx; see runner.ts.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../errors';
import { compareObjectives, explainRound, repairRound, solveRound } from './engine/index';
import type { ServerMessage, WorkerJob, WorkerMessage, WorkerOutput } from './worker-protocol';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

function work(job: Exclude<WorkerJob, { kind: 'fromDatabase' }>): WorkerOutput {
  post({ type: 'stage', stage: 'oplossen' });
  if (job.kind === 'compare') return { kind: 'compare', comparison: compareObjectives(job.round) };
  if (job.kind === 'repair') return { kind: 'repair', repair: repairRound(job.round, job.published, job.change) };
  const result = solveRound(job.round);
  post({ type: 'stage', stage: 'uitleggen' });
  return { kind: 'run', result, explanations: explainRound(job.round, result) };
}

// The server's later messages of a conversation (worker-protocol.ts), in order; the server ends the thread.
const inbox: ServerMessage[] = [];
let waiting: ((message: ServerMessage) => void) | null = null;
const next = () =>
  new Promise<ServerMessage>((resolve) => {
    const queued = inbox.shift();
    if (queued) resolve(queued);
    else waiting = resolve;
  });

const fail = (error: unknown) =>
  post({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    refusal: error instanceof AppError ? { code: error.code, key: error.message } : undefined,
  });

port.once('message', (job: WorkerJob) => {
  if (job.kind === 'fromDatabase') {
    port.on('message', (message: ServerMessage) => {
      const resolve = waiting;
      waiting = null;
      if (resolve) resolve(message);
      else inbox.push(message);
    });
    // Loaded only here: the database modules would add to every other job's start (from source, tsx compiles them).
    import('./worker-round-job').then(({ roundJob }) => roundJob(job.source, post, next)).catch(fail);
    return;
  }
  try {
    post({ type: 'done', output: work(job) });
  } catch (error) {
    fail(error);
  }
});
