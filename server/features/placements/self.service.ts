import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { periods, placementParticipants, placementRounds, schoolYears, students } from '../../../db/schema';
import type { myPreferencesSchema } from '../../../shared/schemas/placements';
import type { Objective, RoundStatus } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import { inputsChanged, requireRound } from './access';
import { explanationOf } from './explanation';
import { indexRoundData, loadRoundData } from './round-data';
import { checkRoundLocations, writePreferences } from './student-inputs.service';

/**
 * A student's own rounds: while a round is open they enter their days and ranked choices; once it is
 * published they see their place and why ("Waarom deze plek?"). Before publication they see no
 * result, not even their own. Every view is audited.
 */
export function myPlacements(ctx: ServiceContext) {
  if (ctx.actor.studentId === null) return [];
  const rounds = ctx.db
    .select({
      id: placementRounds.id,
      name: placementRounds.name,
      status: placementRounds.status,
      objective: placementRounds.objective,
      studentEntryOpen: placementRounds.studentEntryOpen,
      schoolYearLabel: schoolYears.label,
      periodName: periods.name,
      participantId: placementParticipants.id,
      withdrawnAt: placementParticipants.withdrawnAt,
      programmeId: students.programmeId,
    })
    .from(placementParticipants)
    .innerJoin(placementRounds, eq(placementRounds.id, placementParticipants.roundId))
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(
      and(
        eq(placementParticipants.studentId, ctx.actor.studentId),
        eq(placementRounds.partnershipId, ctx.actor.partnershipId),
      ),
    )
    .orderBy(desc(placementRounds.id))
    .all();
  const out = rounds.map((r) => {
    const status = r.status as RoundStatus;
    const entryOpen = status === 'concept' && r.studentEntryOpen && r.withdrawnAt === null;
    const base = {
      id: r.id,
      name: r.name,
      schoolYearLabel: r.schoolYearLabel,
      periodName: r.periodName,
      status,
      entryOpen,
      withdrawn: r.withdrawnAt !== null,
    };
    if (r.withdrawnAt !== null) return { ...base, entry: null, choices: [], placement: null };
    const data = loadRoundData(ctx, r.id);
    const index = indexRoundData(data);
    const me = index.participantById.get(r.participantId)!;
    const entry = {
      availableDays: me.availableDays,
      daysNeeded: me.daysNeeded,
      preferences: index.preferencesOf.get(me.id) ?? [],
    };
    const choices = data.locations.map((l) => ({
      id: l.id,
      name: l.name,
      openDays: l.openDays,
      offersProgramme: l.programmeCapacity.some((c) => c.programmeId === r.programmeId),
    }));
    const placement = status === 'gepubliceerd' ? explanationOf(data, index, me.id, r.objective as Objective) : null;
    return { ...base, entry, choices, placement };
  });
  auditAs(ctx, {
    action: 'placement.self.view',
    subjectType: 'student',
    subjectId: ctx.actor.studentId,
    detail: { rounds: out.length },
  });
  return out;
}

/** The student's own days and ranked choices, while the round is open for them. */
export function saveMyPreferences(ctx: ServiceContext, input: z.output<typeof myPreferencesSchema>) {
  const round = requireRound(ctx, input.roundId);
  const participant =
    ctx.actor.studentId === null
      ? undefined
      : ctx.db
          .select()
          .from(placementParticipants)
          .where(
            and(eq(placementParticipants.roundId, round.id), eq(placementParticipants.studentId, ctx.actor.studentId)),
          )
          .get();
  if (!participant) throw new AppError('NOT_FOUND', 'e.placements.notParticipant');
  if (round.status !== 'concept' || !round.studentEntryOpen || participant.withdrawnAt !== null)
    throw new AppError('CONFLICT', 'e.placements.entryClosed');
  if (input.availableDays.length < participant.daysNeeded)
    throw new AppError('BAD_REQUEST', 'v.placements.notEnoughDays', 'availableDays');
  checkRoundLocations(ctx, round.id, input.preferences, 'preferences');
  return ctx.db.transaction((tx) => {
    tx.update(placementParticipants)
      .set({ availableDays: input.availableDays })
      .where(eq(placementParticipants.id, participant.id))
      .run();
    writePreferences(tx, participant.id, input.preferences);
    inputsChanged(tx, ctx, round.id);
    auditAs(ctx, {
      action: 'placement.self.preferences',
      subjectType: 'placement_participant',
      subjectId: participant.id,
      detail: { choices: input.preferences.length },
    });
    return { id: participant.id };
  });
}
