import { and, eq } from 'drizzle-orm';
import { placementAssignments, placementRounds, placementRuns } from '../../../db/schema';
import { insertEnginePlacements, replaceExplanations } from '../../../db/placement-results';
import type { Objective } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import type { RoundResult } from './engine/index';
import { comparisonView, type StoredComparison } from './comparison-view';
import { requireEditable, requireRound, type RoundRow, type Tx } from './access';
import { checkEngineRound, startJob } from './jobs';
import { loadRoundData, type RoundData } from './round-data';
import { latestRun } from './run-state';
import { fromEngineAssignments, storedExplanations, toEngineRound } from './snapshot';
import type { WorkerOutput } from './worker-protocol';

/** Starts the engine on the round: locked placements stay, all others are placed afresh. */
export function startRun(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  requireEditable(round);
  const data = loadRoundData(ctx, roundId);
  const engineRound = toEngineRound(round.objective as Objective, data);
  checkEngineRound(engineRound);
  return startJob(ctx, round, {
    kind: 'run',
    job: { kind: 'run', round: engineRound },
    audit: {
      action: 'placement_round.run',
      detail: { objective: round.objective, students: data.participants.length },
    },
    apply: (tx, output, runId) => applyRun(ctx, tx, { round, data, runId }, output),
  });
}

function applyRun(
  ctx: ServiceContext,
  tx: Tx,
  { round, data, runId }: { round: RoundRow; data: RoundData; runId: number },
  output: WorkerOutput,
) {
  if (output.kind !== 'run') throw new AppError('CONFLICT', 'e.placements.engineFailed');
  const now = tx
    .select({ status: placementRounds.status, inputsRevision: placementRounds.inputsRevision })
    .from(placementRounds)
    .where(eq(placementRounds.id, round.id))
    .get();
  // A run applies only over the state it started from: the same inputs (revision) and the same placements
  // it had to keep. An override or (un)lock made while it ran is newer than the run: the run is refused.
  const lockedNow = tx
    .select()
    .from(placementAssignments)
    .where(and(eq(placementAssignments.roundId, round.id), eq(placementAssignments.locked, true)))
    .all();
  if (
    !now ||
    now.status === 'gepubliceerd' ||
    now.inputsRevision !== round.inputsRevision ||
    keptPlacements(lockedNow) !== keptPlacements(data.assignments.filter((a) => a.locked))
  )
    throw new AppError('CONFLICT', 'e.placements.inputsChanged');
  const locked = new Set(data.assignments.filter((a) => a.locked).map((a) => a.participantId));
  tx.delete(placementAssignments)
    .where(and(eq(placementAssignments.roundId, round.id), eq(placementAssignments.locked, false)))
    .run();
  const stamp = { updatedBy: ctx.actor.userId, updatedAt: ctx.clock.now() };
  // One statement each for placements and explanations, whatever the size; same connection, so inside `tx`.
  const placements = fromEngineAssignments(data, output.result.assignments).filter((a) => !locked.has(a.participantId));
  insertEnginePlacements(ctx.db, round.id, placements, stamp);
  replaceExplanations(ctx.db, round.id, storedExplanations(data, output.explanations));
  tx.update(placementRounds)
    .set({ status: 'gedraaid', resultRevision: round.inputsRevision, updatedAt: stamp.updatedAt })
    .where(eq(placementRounds.id, round.id))
    .run();
  const stats = summaryOf(output.result, data.participants.length);
  tx.update(placementRuns).set({ result: stats }).where(eq(placementRuns.id, runId)).run();
  auditAs(ctx, {
    action: 'placement_round.result',
    subjectType: 'placement_round',
    subjectId: round.id,
    detail: stats,
  });
}

/** The placements a run keeps, as one comparable string. */
function keptPlacements(
  rows: { participantId: number; roundLocationId: number; supervisorId: number | null; days: number[] }[],
): string {
  return rows
    .map((a) => `${a.participantId}:${a.roundLocationId}:${a.supervisorId ?? ''}:${a.days.join(',')}`)
    .sort()
    .join(';');
}

function summaryOf(result: RoundResult, students: number) {
  return {
    students,
    placed: result.assignments.length,
    unplaced: result.unassigned.length,
    rankCost: result.stats.rankCost,
    solveMs: result.stats.solveMs,
  };
}

/** Both objectives on the same round, side by side (in a worker: it solves the round twice). */
export function startCompare(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  const engineRound = toEngineRound(round.objective as Objective, loadRoundData(ctx, roundId));
  checkEngineRound(engineRound);
  return startJob(ctx, round, {
    kind: 'compare',
    job: { kind: 'compare', round: engineRound },
    audit: { action: 'placement_round.compare' },
    apply: (tx, output, runId) => {
      if (output.kind !== 'compare') throw new AppError('CONFLICT', 'e.placements.engineFailed');
      const stored: StoredComparison = { ...output.comparison, fixed: engineRound.fixed.length };
      tx.update(placementRuns).set({ result: stored }).where(eq(placementRuns.id, runId)).run();
    },
  });
}

/** The latest comparison and whether it still matches the inputs. Aggregates only: no names. */
export function comparison(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  const run = latestRun(ctx, roundId, 'compare');
  if (!run) return { run: null, result: null, current: false };
  const result =
    run.state === 'klaar'
      ? comparisonView(
          ctx.db.select({ result: placementRuns.result }).from(placementRuns).where(eq(placementRuns.id, run.id)).get()!
            .result as StoredComparison,
        )
      : null;
  return { run, result, current: run.inputsRevision === round.inputsRevision };
}

/** The round's latest job, for the progress display (polled while it runs). */
export function runStatus(ctx: ServiceContext, roundId: number) {
  requireRound(ctx, roundId);
  const run = latestRun(ctx, roundId);
  if (!run) return null;
  const detail =
    run.state === 'mislukt'
      ? ((
          ctx.db.select({ result: placementRuns.result }).from(placementRuns).where(eq(placementRuns.id, run.id)).get()
            ?.result as { detail?: string } | null
        )?.detail ?? null)
      : null;
  return { ...run, detail };
}
