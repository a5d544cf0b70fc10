import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  placementAssignments,
  placementParticipants,
  placementPreferences,
  placementPriorities,
  placementRoundLocations,
  programmes,
  students,
} from '../../../db/schema';
import type { participantUpdateSchema } from '../../../shared/schemas/placements';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { AppError } from '../../errors';
import { audited, revised, type ServiceContext } from '../scope';
import { inputsChanged, requireEditable, requireParticipant, requireRound, type Tx } from './access';

type ParticipantUpdate = z.output<typeof participantUpdateSchema>;

/** Days needed start at the programme's days a week (Ad PEP 2, PW3 3), at most a full week. */
export const defaultDaysNeeded = (programmeDaysPerWeek: number) =>
  Math.min(Math.max(programmeDaysPerWeek, 1), WEEKDAYS.length);

/** Adds every student of the round's school year who is not in it yet: all weekdays, days from the programme. */
export function addAllStudents(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  requireEditable(round);
  const present = new Set(
    ctx.db
      .select({ id: placementParticipants.studentId })
      .from(placementParticipants)
      .where(eq(placementParticipants.roundId, roundId))
      .all()
      .map((r) => r.id),
  );
  const candidates = ctx.db
    .select({ id: students.id, days: programmes.daysPerWeek })
    .from(students)
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .where(and(eq(students.partnershipId, ctx.actor.partnershipId), eq(students.schoolYearId, round.schoolYearId)))
    .all()
    .filter((s) => !present.has(s.id));
  return audited(ctx, 'placement_round.students.add', 'placement_round', (tx) => {
    for (const s of candidates)
      tx.insert(placementParticipants)
        .values({ roundId, studentId: s.id, availableDays: [...WEEKDAYS], daysNeeded: defaultDaysNeeded(s.days) })
        .run();
    if (candidates.length) inputsChanged(tx, ctx, roundId);
    return { id: roundId, added: candidates.length };
  });
}

/** Round locations must belong to the participant's round. */
export function checkRoundLocations(ctx: ServiceContext, roundId: number, ids: number[], field: string): void {
  if (!ids.length) return;
  const inRound = ctx.db
    .select({ id: placementRoundLocations.id })
    .from(placementRoundLocations)
    .where(and(eq(placementRoundLocations.roundId, roundId), inArray(placementRoundLocations.id, ids)))
    .all();
  if (inRound.length !== new Set(ids).size) throw new AppError('BAD_REQUEST', 'e.placements.notInRound', field);
}

/** Replaces a participant's ranked list (rank 1 first). */
export function writePreferences(
  tx: Pick<Tx, 'delete' | 'insert'>,
  participantId: number,
  roundLocationIds: number[],
): void {
  tx.delete(placementPreferences).where(eq(placementPreferences.participantId, participantId)).run();
  roundLocationIds.forEach((roundLocationId, i) =>
    tx
      .insert(placementPreferences)
      .values({ participantId, rank: i + 1, roundLocationId })
      .run(),
  );
}

export function updateParticipant(ctx: ServiceContext, input: ParticipantUpdate) {
  const { participant, round } = requireParticipant(ctx, input.id);
  requireEditable(round);
  if (participant.withdrawnAt !== null) throw new AppError('CONFLICT', 'e.placements.withdrawn');
  checkRoundLocations(ctx, round.id, input.preferences, 'preferences');
  checkRoundLocations(
    ctx,
    round.id,
    input.priorities.map((p) => p.roundLocationId),
    'priorities',
  );
  return audited(ctx, 'placement_round.student.update', 'placement_participant', (tx) => {
    const revision = revised(ctx, 'placement_participant', input.id, input.revision);
    tx.update(placementParticipants)
      .set({ availableDays: input.availableDays, daysNeeded: input.daysNeeded, maxDistanceKm: input.maxDistanceKm })
      .where(eq(placementParticipants.id, input.id))
      .run();
    writePreferences(tx, input.id, input.preferences);
    tx.delete(placementPriorities).where(eq(placementPriorities.participantId, input.id)).run();
    for (const p of input.priorities)
      tx.insert(placementPriorities)
        .values({ participantId: input.id, roundLocationId: p.roundLocationId, grade: p.grade })
        .run();
    inputsChanged(tx, ctx, round.id);
    return { id: input.id, revision };
  });
}

export function removeParticipant(ctx: ServiceContext, { id, revision }: { id: number; revision: number }) {
  const { round } = requireParticipant(ctx, id);
  requireEditable(round);
  return audited(ctx, 'placement_round.student.remove', 'placement_participant', (tx) => {
    revised(ctx, 'placement_participant', id, revision);
    tx.delete(placementAssignments).where(eq(placementAssignments.participantId, id)).run();
    tx.delete(placementPreferences).where(eq(placementPreferences.participantId, id)).run();
    tx.delete(placementPriorities).where(eq(placementPriorities.participantId, id)).run();
    tx.delete(placementParticipants).where(eq(placementParticipants.id, id)).run();
    inputsChanged(tx, ctx, round.id);
    return { id };
  });
}
