import { eq } from 'drizzle-orm';
import { placementRuns } from '../../../db/schema';
import type { Objective } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import type { ServiceContext } from '../scope';
import { applyRun, runResultRows } from './apply-run';
import { comparisonView, type StoredComparison } from './comparison-view';
import { requireEditable, requireRound } from './access';
import { engineThenApply, startJob } from './jobs';
import { loadRoundData } from './round-data';
import { offThread, startFromDatabase } from './round-job';
import { latestRun } from './run-state';
import { checkEngineRound, toEngineRound } from './snapshot';

/**
 * Starts the engine on the round: locked placements stay, all others are placed afresh. The worker reads
 * the round and writes the result itself (round-job.ts); inside a transaction (tests) this thread does.
 */
export async function startRun(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  requireEditable(round);
  const audit = (students: number) => ({
    action: 'placement_round.run',
    detail: { objective: round.objective, students },
  });
  if (offThread(ctx.db)) return startFromDatabase(ctx, round, 'run', audit);
  const data = loadRoundData(ctx, roundId);
  const engineRound = toEngineRound(round.objective as Objective, data);
  checkEngineRound(engineRound);
  const basis = { roundId: round.id, inputsRevision: round.inputsRevision, data };
  return startJob(ctx, round, {
    kind: 'run',
    inputsRevision: round.inputsRevision,
    audit: audit(data.participants.length),
    perform: engineThenApply(ctx, { kind: 'run', round: engineRound }, (tx, output, runId) => {
      if (output.kind !== 'run') throw new AppError('CONFLICT', 'e.placements.engineFailed');
      applyRun(ctx, tx, { ...basis, runId }, runResultRows(data, output.result, output.explanations));
    }),
  });
}

/** Both objectives on the same round, side by side (in a worker: it solves the round twice). */
export async function startCompare(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  const audit = () => ({ action: 'placement_round.compare' });
  if (offThread(ctx.db)) return startFromDatabase(ctx, round, 'compare', audit);
  const engineRound = toEngineRound(round.objective as Objective, loadRoundData(ctx, roundId));
  checkEngineRound(engineRound);
  return startJob(ctx, round, {
    kind: 'compare',
    inputsRevision: round.inputsRevision,
    audit: audit(),
    perform: engineThenApply(ctx, { kind: 'compare', round: engineRound }, (tx, output, runId) => {
      if (output.kind !== 'compare') throw new AppError('CONFLICT', 'e.placements.engineFailed');
      const stored: StoredComparison = { ...output.comparison, fixed: engineRound.fixed.length };
      tx.update(placementRuns).set({ result: stored }).where(eq(placementRuns.id, runId)).run();
    }),
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
