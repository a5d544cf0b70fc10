import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import {
  periods,
  placementAssignments,
  placementParticipants,
  placementPreferences,
  placementPriorities,
  placementRoundLocations,
  placementRounds,
  placementRuns,
  placementSupervisors,
  schoolYears,
} from '../../../db/schema';
import type { roundInputSchema } from '../../../shared/schemas/placements';
import type { Objective, RoundStatus } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { getSchoolYear } from '../school-years/public';
import { audited, revised, type ServiceContext } from '../scope';
import { inputsChanged, requireEditable, requireRound, type Tx } from './access';
import { activeRun, refuseWhileRunning } from './run-state';
import { notifyPlacementPublished } from '../mail/public';

type RoundInput = z.output<typeof roundInputSchema>;

const roundColumns = {
  id: placementRounds.id,
  name: placementRounds.name,
  objective: placementRounds.objective,
  status: placementRounds.status,
  studentEntryOpen: placementRounds.studentEntryOpen,
  schoolYearId: placementRounds.schoolYearId,
  schoolYearLabel: schoolYears.label,
  periodId: placementRounds.periodId,
  periodName: periods.name,
  inputsRevision: placementRounds.inputsRevision,
  resultRevision: placementRounds.resultRevision,
  publishedAt: placementRounds.publishedAt,
  updatedAt: placementRounds.updatedAt,
  revision: placementRounds.revision,
};

function typed<T extends { objective: string; status: string }>(row: T) {
  return { ...row, objective: row.objective as Objective, status: row.status as RoundStatus };
}

/** The partnership's rounds, newest first, with how many students are in them and placed. */
export function listRounds(ctx: ServiceContext) {
  const rounds = ctx.db
    .select(roundColumns)
    .from(placementRounds)
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(eq(placementRounds.partnershipId, ctx.actor.partnershipId))
    .orderBy(desc(placementRounds.id))
    .all();
  const ids = rounds.map((r) => r.id);
  const students = ids.length
    ? ctx.db
        .select({ roundId: placementParticipants.roundId, n: count() })
        .from(placementParticipants)
        .where(and(inArray(placementParticipants.roundId, ids), isNull(placementParticipants.withdrawnAt)))
        .groupBy(placementParticipants.roundId)
        .all()
    : [];
  const placed = ids.length
    ? ctx.db
        .select({ roundId: placementAssignments.roundId, n: count() })
        .from(placementAssignments)
        .where(inArray(placementAssignments.roundId, ids))
        .groupBy(placementAssignments.roundId)
        .all()
    : [];
  return rounds.map((r) => ({
    ...typed(r),
    students: students.find((s) => s.roundId === r.id)?.n ?? 0,
    placed: placed.find((p) => p.roundId === r.id)?.n ?? 0,
  }));
}

/** One round's header: settings, counts, whether the result is current, and the running job. */
export function getRound(ctx: ServiceContext, roundId: number) {
  requireRound(ctx, roundId);
  const row = ctx.db
    .select(roundColumns)
    .from(placementRounds)
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(eq(placementRounds.id, roundId))
    .get()!;
  const n = (
    table: typeof placementRoundLocations | typeof placementParticipants | typeof placementAssignments,
    where = eq(table.roundId, roundId),
  ) => ctx.db.select({ n: count() }).from(table).where(where).get()!.n;
  const students = n(
    placementParticipants,
    and(eq(placementParticipants.roundId, roundId), isNull(placementParticipants.withdrawnAt)),
  );
  const placed = n(placementAssignments);
  return {
    ...typed(row),
    locations: n(placementRoundLocations),
    students,
    placed,
    locked: ctx.db
      .select({ n: count() })
      .from(placementAssignments)
      .where(and(eq(placementAssignments.roundId, roundId), eq(placementAssignments.locked, true)))
      .get()!.n,
    resultCurrent: row.resultRevision !== null && row.resultRevision === row.inputsRevision,
    run: activeRun(ctx, roundId),
  };
}

function checkYearAndPeriod(ctx: ServiceContext, input: RoundInput) {
  getSchoolYear(ctx, input.schoolYearId);
  if (input.periodId === null) return;
  const period = ctx.db
    .select({ schoolYearId: periods.schoolYearId })
    .from(periods)
    .where(eq(periods.id, input.periodId))
    .get();
  if (period?.schoolYearId !== input.schoolYearId)
    throw new AppError('BAD_REQUEST', 'e.placements.periodYear', 'periodId');
}

export function createRound(ctx: ServiceContext, input: RoundInput) {
  checkYearAndPeriod(ctx, input);
  const now = ctx.clock.now();
  return audited(ctx, 'placement_round.create', 'placement_round', (tx) =>
    tx
      .insert(placementRounds)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        status: 'concept',
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: placementRounds.id })
      .get(),
  );
}

/** Settings of a round that is not published. A new objective makes the result out of date. */
export function updateRound(ctx: ServiceContext, input: RoundInput & { id: number; revision: number }) {
  const round = requireRound(ctx, input.id);
  requireEditable(round);
  checkYearAndPeriod(ctx, input);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'placement_round.update', 'placement_round', (tx) => {
    const revision = revised(ctx, 'placement_round', id, read);
    tx.update(placementRounds).set(fields).where(eq(placementRounds.id, id)).run();
    if (fields.objective !== round.objective) inputsChanged(tx, ctx, id);
    return { id, revision };
  });
}

/** Removes a concept or run round with everything in it; a published round is kept (it is the record). */
export function removeRound(ctx: ServiceContext, { roundId, revision }: { roundId: number; revision: number }) {
  const round = requireRound(ctx, roundId);
  if (round.status === 'gepubliceerd') throw new AppError('CONFLICT', 'e.placements.publishedKept');
  refuseWhileRunning(ctx, roundId);
  return audited(ctx, 'placement_round.remove', 'placement_round', (tx) => {
    revised(ctx, 'placement_round', roundId, revision);
    clearRoundContents(tx, roundId);
    tx.delete(placementRuns).where(eq(placementRuns.roundId, roundId)).run();
    tx.delete(placementRounds).where(eq(placementRounds.id, roundId)).run();
    return { id: roundId };
  });
}

/** Deletes a round's inputs and placements (children first), keeping the round and its run history. */
export function clearRoundContents(tx: Tx, roundId: number): void {
  const locationIds = tx
    .select({ id: placementRoundLocations.id })
    .from(placementRoundLocations)
    .where(eq(placementRoundLocations.roundId, roundId))
    .all()
    .map((r) => r.id);
  const participantIds = tx
    .select({ id: placementParticipants.id })
    .from(placementParticipants)
    .where(eq(placementParticipants.roundId, roundId))
    .all()
    .map((r) => r.id);
  tx.delete(placementAssignments).where(eq(placementAssignments.roundId, roundId)).run();
  if (participantIds.length) {
    tx.delete(placementPriorities).where(inArray(placementPriorities.participantId, participantIds)).run();
    tx.delete(placementPreferences).where(inArray(placementPreferences.participantId, participantIds)).run();
  }
  if (locationIds.length)
    tx.delete(placementSupervisors).where(inArray(placementSupervisors.roundLocationId, locationIds)).run();
  tx.delete(placementParticipants).where(eq(placementParticipants.roundId, roundId)).run();
  tx.delete(placementRoundLocations).where(eq(placementRoundLocations.roundId, roundId)).run();
}

/** Publication makes each placement visible to its student and to the location's locatie users. */
export function publishRound(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  requireEditable(round);
  if (round.resultRevision === null) throw new AppError('CONFLICT', 'e.placements.notRun');
  if (round.resultRevision !== round.inputsRevision) throw new AppError('CONFLICT', 'e.placements.stale');
  refuseWhileRunning(ctx, roundId);
  const now = ctx.clock.now();
  return audited(ctx, 'placement_round.publish', 'placement_round', (tx) => {
    tx.update(placementRounds)
      .set({ status: 'gepubliceerd', publishedAt: now, studentEntryOpen: false, updatedAt: now })
      .where(eq(placementRounds.id, roundId))
      .run();
    notifyPlacementPublished(tx, ctx.clock, ctx.actor.partnershipId, roundId);
    return { id: roundId };
  });
}
