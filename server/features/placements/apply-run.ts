import { and, eq } from 'drizzle-orm';
import { placementAssignments, placementRounds, placementRuns } from '../../../db/schema';
import { insertEnginePlacements, replaceExplanations } from '../../../db/placement-results';
import type { Db } from '../../../db/client';
import { audit } from '../../audit';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { RoundResult, StudentExplanation } from './engine/index';
import type { Tx } from './access';
import type { RoundData } from './round-data';
import { fromEngineAssignments, storedExplanations } from './snapshot';

/**
 * The write of a run's result, in one transaction, only over the state the run started from. Used by the
 * engine's worker on its own connection (decision 086) and, inside a transaction a test rolls back, by
 * the server's connection (run.service.ts): the same checks and the same rows either way.
 */
export interface WriteContext {
  db: Db;
  clock: Clock;
  actor: { userId: number; partnershipId: number };
}

/** What the run started from: the round's inputs revision and the snapshot read with it. */
interface RunBasis {
  roundId: number;
  inputsRevision: number;
  data: RoundData;
  runId: number;
}

/**
 * The rows to write, in database ids. Made before the transaction: they depend on the snapshot only, and
 * every millisecond inside it is a millisecond any other writer waits.
 */
export function runResultRows(data: RoundData, result: RoundResult, explanations: StudentExplanation[]) {
  const locked = new Set(data.assignments.filter((a) => a.locked).map((a) => a.participantId));
  return {
    placements: fromEngineAssignments(data, result.assignments).filter((a) => !locked.has(a.participantId)),
    explanations: storedExplanations(data, explanations),
    stats: {
      students: data.participants.length,
      placed: result.assignments.length,
      unplaced: result.unassigned.length,
      rankCost: result.stats.rankCost,
      solveMs: result.stats.solveMs,
    },
  };
}
type RunResultRows = ReturnType<typeof runResultRows>;

export function applyRun(ctx: WriteContext, tx: Tx, basis: RunBasis, rows: RunResultRows): void {
  const now = tx
    .select({ status: placementRounds.status, inputsRevision: placementRounds.inputsRevision })
    .from(placementRounds)
    .where(eq(placementRounds.id, basis.roundId))
    .get();
  // A run applies only over the state it started from: the same inputs (revision) and the same placements
  // it had to keep. An override or (un)lock made while it ran is newer than the run: the run is refused.
  const lockedNow = tx
    .select()
    .from(placementAssignments)
    .where(and(eq(placementAssignments.roundId, basis.roundId), eq(placementAssignments.locked, true)))
    .all();
  if (
    !now ||
    now.status === 'gepubliceerd' ||
    now.inputsRevision !== basis.inputsRevision ||
    keptPlacements(lockedNow) !== keptPlacements(basis.data.assignments.filter((a) => a.locked))
  )
    throw new AppError('CONFLICT', 'e.placements.inputsChanged');
  tx.delete(placementAssignments)
    .where(and(eq(placementAssignments.roundId, basis.roundId), eq(placementAssignments.locked, false)))
    .run();
  const stamp = { updatedBy: ctx.actor.userId, updatedAt: ctx.clock.now() };
  // One statement each for placements and explanations, whatever the size; same connection, so inside `tx`.
  insertEnginePlacements(ctx.db, basis.roundId, rows.placements, stamp);
  replaceExplanations(ctx.db, basis.roundId, rows.explanations);
  tx.update(placementRounds)
    .set({ status: 'gedraaid', resultRevision: basis.inputsRevision, updatedAt: stamp.updatedAt })
    .where(eq(placementRounds.id, basis.roundId))
    .run();
  tx.update(placementRuns).set({ result: rows.stats }).where(eq(placementRuns.id, basis.runId)).run();
  audit(ctx.db, ctx.clock, ctx.actor, {
    action: 'placement_round.result',
    subjectType: 'placement_round',
    subjectId: basis.roundId,
    detail: rows.stats,
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
