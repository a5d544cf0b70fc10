import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { placementAssignments } from '../../../db/schema';
import type { overrideSchema } from '../../../shared/schemas/placements';
import { AppError } from '../../errors';
import { audited, auditAs, found, type ServiceContext } from '../scope';
import { requireParticipant } from './access';
import { raiseCapacities } from './capacity-raise';
import { occupancyOf, roomAt } from './room';
import { indexRoundData, loadRoundData } from './round-data';

type OverrideInput = z.output<typeof overrideSchema>;

/**
 * A projectleider places a student by hand, with a reason kept on the placement (internal: the
 * projectleider's views; the student reads a neutral sentence). The manual placement is locked (a re-run
 * keeps it) and must still fit the round — offered programme, common days, room in total, programme and
 * werkbegeleider — so the next run's fixed placements stay valid. With `overCapacity` the projectleider
 * places over a full limit: the limits that block are raised by one in the same transaction.
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

  const room = roomAt(data, index, occupancyOf(data), location.id, student.programmeId, student.id);
  const supervisors = room.supervisors.filter((s) => s.supervises);
  const hasRoom = (s: (typeof supervisors)[number]) => s.used < s.capacity;
  let chosen: (typeof supervisors)[number] | null = null;
  if (input.supervisorId !== null) {
    chosen = supervisors.find((s) => s.id === input.supervisorId) ?? null;
    if (!chosen) throw new AppError('BAD_REQUEST', 'e.placements.supervisorMismatch', 'supervisorId');
  } else if (room.supervisors.length > 0) {
    if (supervisors.length === 0) throw new AppError('BAD_REQUEST', 'e.placements.supervisorMismatch', 'supervisorId');
    chosen = supervisors.find(hasRoom) ?? supervisors[0]!;
  }
  // Over capacity only with the projectleider's say-so: the limits that block are raised by one, so the
  // placement still fits the round (a re-run keeps it as a valid fixed placement, decision 011).
  const raise = {
    total: room.total.used >= room.total.capacity,
    programme: room.programme.used >= room.programme.capacity,
    supervisor: chosen !== null && !hasRoom(chosen),
  };
  if ((raise.total || raise.programme || raise.supervisor) && !input.overCapacity)
    throw new AppError(
      'CONFLICT',
      'e.placements.overCapacity',
      raise.supervisor && !raise.total && !raise.programme ? 'supervisorId' : 'roundLocationId',
    );
  const supervisorId = chosen?.id ?? null;

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
    if (raise.total || raise.programme || raise.supervisor)
      raiseCapacities(tx, ctx, round, { location, programmeId: student.programmeId, supervisorId, raise });
    tx.insert(placementAssignments)
      .values({ participantId: student.id, ...row })
      .onConflictDoUpdate({ target: placementAssignments.participantId, set: row })
      .run();
    // The reason is free text (it may name the student): it stays on the assignment, not in the audit log.
    auditAs(ctx, {
      action: 'placement.override',
      subjectType: 'placement_participant',
      subjectId: student.id,
      detail: {
        from: before?.roundLocationId ?? null,
        to: location.id,
        ...(raise.total || raise.programme || raise.supervisor ? { overCapacity: raise } : {}),
      },
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
