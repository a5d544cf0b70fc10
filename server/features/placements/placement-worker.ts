/**
 * The matching engine off the request thread: one job per worker, then the worker ends. Bundled as
 * its own entry (scripts/build-server.ts) and started from source under tsx; see runner.ts.
 */
import { parentPort } from 'node:worker_threads';
import { compareObjectives, explainRound, repairRound, solveRound } from './engine/index';
import type { WorkerJob, WorkerMessage, WorkerOutput } from './worker-protocol';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

function work(job: WorkerJob): WorkerOutput {
  post({ type: 'stage', stage: 'oplossen' });
  if (job.kind === 'compare') return { kind: 'compare', comparison: compareObjectives(job.round) };
  if (job.kind === 'repair') return { kind: 'repair', repair: repairRound(job.round, job.published, job.change) };
  const result = solveRound(job.round);
  post({ type: 'stage', stage: 'uitleggen' });
  return { kind: 'run', result, explanations: explainRound(job.round, result) };
}

port.once('message', (job: WorkerJob) => {
  try {
    post({ type: 'done', output: work(job) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
