/**
 * A run or a comparison inside the engine's worker, reading the round and writing the output on the
 * worker's own connection to the database file (docs/decisions/086). For a round of 10,000 students
 * reading the snapshot took ~1.9 s and the write ~1 s: on the server's thread, every user waited.
 * openDb gives this connection every required pragma (secure_delete, busy_timeout, foreign keys).
 */
import { and, eq } from 'drizzle-orm';
import { openDb } from '../../../db/client';
import { placementRounds, placementRuns } from '../../../db/schema';
import type { Objective } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { compareObjectives, explainRound, solveRound } from './engine/index';
import type { Tx } from './access';
import { applyRun, runResultRows, type WriteContext } from './apply-run';
import type { StoredComparison } from './comparison-view';
import { loadRoundData } from './round-data';
import { checkEngineRound, toEngineRound } from './snapshot';
import type { RoundSource, ServerMessage, WorkerMessage } from './worker-protocol';

export async function roundJob(
  source: RoundSource,
  post: (message: WorkerMessage) => void,
  next: () => Promise<ServerMessage>,
): Promise<void> {
  const db = openDb(source.path);
  try {
    // One read transaction: the snapshot is one state of the round, and the revision it reports is that state's.
    const { round, data } = db.transaction(
      () => {
        const round = db
          .select()
          .from(placementRounds)
          .where(
            and(eq(placementRounds.id, source.roundId), eq(placementRounds.partnershipId, source.actor.partnershipId)),
          )
          .get();
        if (!round) throw new AppError('NOT_FOUND', 'e.notFound');
        return { round, data: loadRoundData({ db, actor: source.actor }, round.id) };
      },
      { behavior: 'deferred' },
    );
    const engineRound = toEngineRound(round.objective as Objective, data);
    checkEngineRound(engineRound);
    post({ type: 'checked', inputsRevision: round.inputsRevision, students: data.participants.length });
    const go = await next();
    if (go.type !== 'go') throw new Error(`expected go, got ${go.type}`);
    post({ type: 'stage', stage: 'oplossen' });
    let write: (ctx: WriteContext, tx: Tx) => void;
    if (source.kind === 'compare') {
      const stored: StoredComparison = { ...compareObjectives(engineRound), fixed: engineRound.fixed.length };
      write = (_ctx, tx) =>
        tx.update(placementRuns).set({ result: stored }).where(eq(placementRuns.id, go.runId)).run();
    } else {
      const result = solveRound(engineRound);
      post({ type: 'stage', stage: 'uitleggen' });
      const rows = runResultRows(data, result, explainRound(engineRound, result));
      const basis = { roundId: round.id, inputsRevision: round.inputsRevision, data, runId: go.runId };
      write = (ctx, tx) => applyRun(ctx, tx, basis, rows);
    }
    post({ type: 'solved' });
    const apply = await next();
    if (apply.type !== 'apply') throw new Error(`expected apply, got ${apply.type}`);
    const ctx: WriteContext = { db, clock: { now: () => apply.now }, actor: source.actor };
    // BEGIN IMMEDIATE (openDb's default): the checks re-read and the write share one transaction.
    db.transaction((tx) => {
      write(ctx, tx);
      tx.update(placementRuns)
        .set({ state: 'klaar', stage: 'opslaan', finishedAt: apply.now })
        .where(eq(placementRuns.id, go.runId))
        .run();
    });
    post({ type: 'applied' });
  } finally {
    db.$client.close();
  }
}
