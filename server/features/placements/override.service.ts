import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { placementAssignments } from '../../../db/schema';
import type { overrideSchema } from '../../../shared/schemas/placements';
import { AppError } from '../../errors';
import { audited, auditAs, found, type ServiceContext } from '../scope';
import { requireParticipant } from './access';
import { indexRoundData, loadRoundData } from './round-data';

type OverrideInput = z.output<typeof overrideSchema>;

/**
 * A projectleider places a student by hand, with a reason that goes into the audit log. The manual
 * placement is locked (a re-run keeps it) and must still fit the round — offered programme, common
 * days, room in total, programme and werkbegeleider — so the next run's fixed placements stay valid.
 */
export function overridePlacement(ctx: ServiceContext, input: OverrideInput) {
  const { participant, round } = requireParticipant(ctx, input.participantId);
  if (participant.withdrawnAt !== null) throw new AppError('CONFLICT', 'e.placements.withdrawn');
  const data = loadRoundData(ctx, round.id);
  const index = indexRoundData(data);
  const student = index.participantById.get(participant.id)!;
  const location = index.locationById.get(input.roundLocationId);
  if (!location) throw new AppError('BAD_REQUEST', 'e.placements.notInRound', 'roundLocationId');
  const programmeCap = location.programmeCapacity.find((c) => c.programmeId === student.programmeId);
  if (!programmeCap) throw new AppError('BAD_REQUEST', 'e.placements.notOffered', 'roundLocationId');

  const others = data.assignments.filter((a) => a.roundLocationId === location.id && a.participantId !== student.id);
  const sameProgramme = others.filter(
    (a) => index.participantById.get(a.participantId)?.programmeId === student.programmeId,
  );
  if (others.length >= location.capacity || sameProgramme.length >= programmeCap.capacity)
    throw new AppError('CONFLICT', 'e.placements.overCapacity', 'roundLocationId');

  const supervisors = data.supervisors.filter((s) => s.roundLocationId === location.id);
  const hasRoom = (s: (typeof supervisors)[number]) =>
    s.programmeIds.includes(student.programmeId) && others.filter((a) => a.supervisorId === s.id).length < s.capacity;
  let supervisorId: number | null = null;
  if (input.supervisorId !== null) {
    const chosen = supervisors.find((s) => s.id === input.supervisorId);
    if (!chosen || !chosen.programmeIds.includes(student.programmeId))
      throw new AppError('BAD_REQUEST', 'e.placements.supervisorMismatch', 'supervisorId');
    if (!hasRoom(chosen)) throw new AppError('CONFLICT', 'e.placements.overCapacity', 'supervisorId');
    supervisorId = chosen.id;
  } else if (supervisors.length > 0) {
    const free = supervisors.find(hasRoom);
    if (!free) throw new AppError('CONFLICT', 'e.placements.overCapacity', 'supervisorId');
    supervisorId = free.id;
  }

  const common = location.openDays.filter((d) => student.availableDays.includes(d));
  const days = input.days.length ? [...new Set(input.days)].sort((a, b) => a - b) : common.slice(0, student.daysNeeded);
  if (days.length !== student.daysNeeded || days.some((d) => !common.includes(d)))
    throw new AppError('BAD_REQUEST', 'v.placements.days', 'days');

  const before = index.assignmentOf.get(student.id);
  const row = {
    roundId: round.id,
    roundLocationId: location.id,
    supervisorId,
    days,
    locked: true,
    source: 'handmatig',
    note: input.reason,
    updatedBy: ctx.actor.userId,
    updatedAt: ctx.clock.now(),
  };
  return ctx.db.transaction((tx) => {
    tx.insert(placementAssignments)
      .values({ participantId: student.id, ...row })
      .onConflictDoUpdate({ target: placementAssignments.participantId, set: row })
      .run();
    // The reason is free text (it may name the student): it stays on the assignment, not in the audit log.
    auditAs(ctx, {
      action: 'placement.override',
      subjectType: 'placement_participant',
      subjectId: student.id,
      detail: { from: before?.roundLocationId ?? null, to: location.id },
    });
    return { id: student.id };
  });
}

/** Lock (a re-run keeps it) or unlock (a re-run may move it) a placement. */
export function setLocked(ctx: ServiceContext, input: { participantId: number; locked: boolean }) {
  requireParticipant(ctx, input.participantId);
  found(
    ctx.db
      .select({ id: placementAssignments.participantId })
      .from(placementAssignments)
      .where(eq(placementAssignments.participantId, input.participantId))
      .get(),
  );
  return audited(ctx, input.locked ? 'placement.lock' : 'placement.unlock', 'placement_participant', (tx) => {
    tx.update(placementAssignments)
      .set({ locked: input.locked, updatedBy: ctx.actor.userId, updatedAt: ctx.clock.now() })
      .where(eq(placementAssignments.participantId, input.participantId))
      .run();
    return { id: input.participantId };
  });
}
