import { eq } from 'drizzle-orm';
import { placementRuns } from '../../../db/schema';
import type { RunKind } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import { parseRound, type Round } from './engine/index';
import type { RoundRow, Tx } from './access';
import { refuseWhileRunning } from './run-state';
import { EngineError, runInWorker } from './runner';
import type { WorkerJob, WorkerOutput } from './worker-protocol';

/**
 * An engine job's life: checked and recorded in the request (a run row and its audit event), solved
 * in a worker, and its output written back in one transaction by `apply`. The request returns at
 * once with the run's id; the screen polls the run's state. A failure is recorded on the run as a
 * message key, never thrown at nobody.
 */
const pending = new Map<number, Promise<void>>();

/** Resolves when the job has finished and its output is written (tests wait on it instead of polling). */
export function jobSettled(runId: number): Promise<void> {
  return pending.get(runId) ?? Promise.resolve();
}

/** Resolves when every job now in flight has finished (the authorization matrix waits before a read's check). */
export async function allJobsSettled(): Promise<void> {
  await Promise.all(pending.values());
}

export interface JobSpec {
  kind: RunKind;
  job: WorkerJob;
  /** Stored on the run row: what a repair proposes to change. */
  change?: unknown;
  audit: { action: string; detail?: Record<string, unknown> };
  /** Writes the output; runs inside the transaction that also marks the run done. */
  apply: (tx: Tx, output: WorkerOutput, runId: number) => unknown;
}

/** The engine's own validation of a snapshot built from the database: only rule conflicts can fail. */
export function checkEngineRound(round: Round): void {
  const parsed = parseRound(JSON.parse(JSON.stringify(round)));
  if (parsed.ok) return;
  const fixed = parsed.errors.some((e) => e.path.startsWith('fixed'));
  throw new AppError('CONFLICT', fixed ? 'e.placements.fixedConflict' : 'e.placements.engineFailed');
}

export function startJob(ctx: ServiceContext, round: RoundRow, spec: JobSpec): { runId: number } {
  refuseWhileRunning(ctx, round.id);
  const runId = ctx.db.transaction((tx) => {
    const id = tx
      .insert(placementRuns)
      .values({
        roundId: round.id,
        kind: spec.kind,
        state: 'wachtrij',
        stage: 'voorbereiden',
        inputsRevision: round.inputsRevision,
        change: spec.change ?? null,
        createdBy: ctx.actor.userId,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: placementRuns.id })
      .get().id;
    auditAs(ctx, {
      action: spec.audit.action,
      subjectType: 'placement_round',
      subjectId: round.id,
      detail: { runId: id, ...spec.audit.detail },
    });
    return id;
  });
  const setRun = (fields: Partial<typeof placementRuns.$inferInsert>, tx: Pick<Tx, 'update'> = ctx.db) =>
    tx.update(placementRuns).set(fields).where(eq(placementRuns.id, runId)).run();
  const done = runInWorker(spec.job, (stage) => setRun({ state: 'bezig', stage }))
    .then((output) =>
      ctx.db.transaction((tx) => {
        const outcome = spec.apply(tx, output, runId);
        setRun({ state: 'klaar', stage: 'opslaan', finishedAt: ctx.clock.now() }, tx);
        return outcome;
      }),
    )
    .catch((error: unknown) => {
      // The round may be gone by now (removed, or a test's rollback): then there is nothing to mark.
      try {
        const key = error instanceof AppError ? error.message : 'e.placements.engineFailed';
        // The engine's own words (English, with the snapshot's paths) are kept for whoever investigates.
        setRun({
          state: 'mislukt',
          error: key,
          result: { detail: error instanceof EngineError ? error.message : null },
          finishedAt: ctx.clock.now(),
        });
      } catch {
        /* nothing left to record the failure on */
      }
    })
    .finally(() => pending.delete(runId));
  pending.set(
    runId,
    done.then(() => undefined),
  );
  return { runId };
}
