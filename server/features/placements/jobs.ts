import { and, eq, inArray } from 'drizzle-orm';
import { placementRuns } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { RunKind, RunStage } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import type { RoundRow, Tx } from './access';
import { refuseWhileRunning } from './run-state';
import { EngineError, runInWorker } from './runner';
import type { WorkerJob, WorkerOutput } from './worker-protocol';

/**
 * An engine job's life: checked and recorded in the request (a run row and its audit event), solved
 * in a worker, and its output written back in one transaction — by the worker itself on its own
 * connection (round-job.ts) or on the server's (`engineThenApply`). The request returns at once with
 * the run's id; the screen polls the run's state. A failure is recorded on the run as a message key,
 * never thrown at nobody.
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
  /** The round's inputs revision the job's snapshot was read at. */
  inputsRevision: number;
  /** Stored on the run row: what a repair proposes to change. */
  change?: unknown;
  audit: { action: string; detail?: Record<string, unknown> };
  /** Does the work and writes the output, marking the run done (`markDone`) in the same transaction. */
  perform: (runId: number, setStage: (stage: RunStage) => void) => Promise<unknown>;
}

const setRun = (db: Pick<Tx, 'update'>, runId: number, fields: Partial<typeof placementRuns.$inferInsert>) =>
  db.update(placementRuns).set(fields).where(eq(placementRuns.id, runId)).run();

const markDone = (ctx: ServiceContext, tx: Tx, runId: number) =>
  setRun(tx, runId, { state: 'klaar', stage: 'opslaan', finishedAt: ctx.clock.now() });

/** A stage only while the job runs: a late message never moves a finished run back. */
const setStage = (db: Db, runId: number, stage: RunStage) =>
  db
    .update(placementRuns)
    .set({ state: 'bezig', stage })
    .where(and(eq(placementRuns.id, runId), inArray(placementRuns.state, ['wachtrij', 'bezig'])))
    .run();

/** The engine in a worker on a snapshot built here, its output written on the server's connection by `apply`. */
export function engineThenApply(
  ctx: ServiceContext,
  job: WorkerJob,
  apply: (tx: Tx, output: WorkerOutput, runId: number) => unknown,
): JobSpec['perform'] {
  return (runId, stage) =>
    runInWorker(job, stage).then((output) =>
      ctx.db.transaction((tx) => {
        const outcome = apply(tx, output, runId);
        markDone(ctx, tx, runId);
        return outcome;
      }),
    );
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
        inputsRevision: spec.inputsRevision,
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
  const done = spec
    .perform(runId, (stage) => setStage(ctx.db, runId, stage))
    .catch((error: unknown) => {
      // The round may be gone by now (removed, or a test's rollback): then there is nothing to mark.
      try {
        const key = error instanceof AppError ? error.message : 'e.placements.engineFailed';
        // The engine's own words (English, with the snapshot's paths) are kept for whoever investigates.
        setRun(ctx.db, runId, {
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
