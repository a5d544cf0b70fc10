/**
 * A run or a comparison whose worker reads the round and writes the output on a connection of its own
 * (worker-round-job.ts, docs/decisions/086): the request only posts messages and awaits. The request
 * still answers as before — a snapshot the engine refuses is refused to the request; otherwise it
 * returns the run's id, recorded with the inputs revision the worker's snapshot was read at.
 */
import type { ServiceContext } from '../scope';
import type { Db } from '../../../db/client';
import { AppError } from '../../errors';
import { writingElsewhere } from '../../write-gate';
import type { RoundRow } from './access';
import { startJob, type JobSpec } from './jobs';
import { refuseWhileRunning } from './run-state';
import { converse, EngineError, type Conversation, type Reply } from './runner';

/**
 * Inside a transaction (the tests that roll every call back) another connection cannot see what the
 * transaction wrote, and would wait for its lock: there the snapshot and the write stay on the server's
 * connection, as before. An in-memory database cannot be opened twice at all.
 */
export const offThread = (db: Db): boolean => !db.$client.inTransaction && !db.$client.memory;

/** Rounds whose snapshot a worker is reading for a job about to start: a second request is refused at once. */
const checking = new Set<number>();

async function expectReply<T extends Reply['type']>(
  worker: Conversation,
  type: T,
): Promise<Extract<Reply, { type: T }>> {
  const reply = await worker.next();
  if (reply.type !== type) throw new EngineError(`expected ${type}, got ${reply.type}`);
  return reply as Extract<Reply, { type: T }>;
}

export async function startFromDatabase(
  ctx: ServiceContext,
  round: RoundRow,
  kind: 'run' | 'compare',
  audit: (students: number) => JobSpec['audit'],
): Promise<{ runId: number }> {
  refuseWhileRunning(ctx, round.id);
  if (checking.has(round.id)) throw new AppError('CONFLICT', 'e.placements.running');
  checking.add(round.id);
  const actor = { userId: ctx.actor.userId, partnershipId: ctx.actor.partnershipId };
  const worker = converse({
    kind: 'fromDatabase',
    source: { kind, path: ctx.db.$client.name, roundId: round.id, actor },
  });
  try {
    const checked = await expectReply(worker, 'checked');
    return startJob(ctx, round, {
      kind,
      inputsRevision: checked.inputsRevision,
      audit: audit(checked.students),
      perform: async (runId, setStage) => {
        try {
          worker.onStage = setStage;
          await worker.takeSlot();
          worker.send({ type: 'go', runId });
          await expectReply(worker, 'solved');
          setStage('opslaan');
          // The worker writes in one transaction (BEGIN IMMEDIATE); requests that may write wait for it
          // asynchronously at the server's door (write-gate.ts), not on the busy timeout in this thread.
          await writingElsewhere(ctx.db.$client.name, () => {
            worker.send({ type: 'apply', now: ctx.clock.now() });
            return expectReply(worker, 'applied');
          });
        } finally {
          worker.stop();
        }
      },
    });
  } catch (error) {
    worker.stop();
    throw error;
  } finally {
    checking.delete(round.id);
  }
}
