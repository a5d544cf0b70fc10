import { and, desc, eq } from 'drizzle-orm';
import { placementRuns } from '../../../db/schema';
import { AppError } from '../../errors';
import type { RunKind, RunStage, RunState } from '../../../shared/domain/placements';
import type { ServiceContext } from '../scope';
import { RUN_TIMEOUT_MS } from './runner';

const runColumns = {
  id: placementRuns.id,
  kind: placementRuns.kind,
  state: placementRuns.state,
  stage: placementRuns.stage,
  error: placementRuns.error,
  inputsRevision: placementRuns.inputsRevision,
  decision: placementRuns.decision,
  createdAt: placementRuns.createdAt,
  finishedAt: placementRuns.finishedAt,
};

/**
 * The latest engine job of a round (of one kind, or any). A job still "running" past the time limit
 * died with its process (a restart): it shows as failed, and no longer blocks a new run.
 */
export function latestRun(ctx: ServiceContext, roundId: number, kind?: RunKind) {
  const where = kind
    ? and(eq(placementRuns.roundId, roundId), eq(placementRuns.kind, kind))
    : eq(placementRuns.roundId, roundId);
  const row = ctx.db.select(runColumns).from(placementRuns).where(where).orderBy(desc(placementRuns.id)).limit(1).get();
  if (!row) return null;
  const active = row.state === 'wachtrij' || row.state === 'bezig';
  const died = active && ctx.clock.now() - row.createdAt > RUN_TIMEOUT_MS;
  return {
    ...row,
    kind: row.kind as RunKind,
    state: (died ? 'mislukt' : row.state) as RunState,
    stage: row.stage as RunStage,
    error: died ? 'e.placements.engineFailed' : row.error,
  };
}
export type RunInfo = NonNullable<ReturnType<typeof latestRun>>;

export const activeRun = (ctx: ServiceContext, roundId: number) => latestRun(ctx, roundId);

export function isActive(run: RunInfo | null): boolean {
  return run !== null && (run.state === 'wachtrij' || run.state === 'bezig');
}

/** One engine job per round at a time: results of two would overwrite each other. */
export function refuseWhileRunning(ctx: ServiceContext, roundId: number): void {
  if (isActive(latestRun(ctx, roundId))) throw new AppError('CONFLICT', 'e.placements.running');
}
