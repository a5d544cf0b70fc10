import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { periods, placementParticipants, placementRounds, schoolYears, students } from '../../../db/schema';
import type { myPreferencesSchema } from '../../../shared/schemas/placements';
import type { Objective } from '../../../shared/domain/placements';
import { AppError } from '../../errors';
import { auditAs, revised, type ServiceContext } from '../scope';
import { inputsChanged, requireRound } from './access';
import { explanationOf } from './explanation';
import { indexRoundData, loadRoundData } from './round-data';
import { choicesFor, roundContact, studentPhase, visibleToStudent } from './self-view';
import { checkRoundLocations, writePreferences } from './student-inputs.service';

/**
 * A student's own rounds: while a round is open they enter their days and ranked choices; once it is
 * published they see their place and why ("Waarom deze plek?"). Before publication they see no
 * result, not even their own, and a draft or test round not at all (self-view.ts). An override's
 * reason is the projectleider's internal note: the student gets a neutral sentence. Every view is audited.
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
      createdBy: placementRounds.createdBy,
      schoolYearLabel: schoolYears.label,
      periodName: periods.name,
      participantId: placementParticipants.id,
      withdrawnAt: placementParticipants.withdrawnAt,
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
  const out = rounds.flatMap((r): MyRound[] => {
    const phase = studentPhase(r.status, r.studentEntryOpen);
    const base = {
      id: r.id,
      name: r.name,
      schoolYearLabel: r.schoolYearLabel,
      periodName: r.periodName,
      phase,
      entryOpen: phase === 'open' && r.withdrawnAt === null,
      withdrawn: r.withdrawnAt !== null,
      contact: roundContact(ctx, r.createdBy),
    };
    if (r.withdrawnAt !== null)
      return phase === 'published' ? [{ ...base, entry: null, choices: [], placement: null }] : [];
    const data = loadRoundData(ctx, r.id);
    const index = indexRoundData(data);
    const me = index.participantById.get(r.participantId)!;
    const preferences = index.preferencesOf.get(me.id) ?? [];
    if (!visibleToStudent(phase, preferences.length)) return [];
    const entry = { availableDays: me.availableDays, daysNeeded: me.daysNeeded, preferences, revision: me.revision };
    const choices = choicesFor(ctx, data, index, me.id);
    const placement =
      phase === 'published'
        ? explanationOf(data, index, me.id, r.objective as Objective, { audience: 'student' })
        : null;
    return [{ ...base, entry, choices, placement }];
  });
  auditAs(ctx, {
    action: 'placement.self.view',
    subjectType: 'student',
    subjectId: ctx.actor.studentId,
    detail: { rounds: out.length },
  });
  return out;
}

interface MyRound {
  id: number;
  name: string;
  schoolYearLabel: string;
  periodName: string | null;
  phase: ReturnType<typeof studentPhase>;
  entryOpen: boolean;
  withdrawn: boolean;
  contact: ReturnType<typeof roundContact>;
  entry: { availableDays: number[]; daysNeeded: number; preferences: number[]; revision: number } | null;
  choices: ReturnType<typeof choicesFor>;
  placement: ReturnType<typeof explanationOf> | null;
}

/** The student's own days and ranked choices, while the round is open for them (a trial run does not close it). */
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
  if (studentPhase(round.status, round.studentEntryOpen) !== 'open' || participant.withdrawnAt !== null)
    throw new AppError('CONFLICT', 'e.placements.entryClosed');
  if (input.availableDays.length < participant.daysNeeded)
    throw new AppError('BAD_REQUEST', 'v.placements.notEnoughDays', 'availableDays');
  checkRoundLocations(ctx, round.id, input.preferences, 'preferences');
  checkOffered(ctx, round.id, participant.id, input.preferences);
  return ctx.db.transaction((tx) => {
    // The projectleider edits the same row (days needed, priorities): a stale entry is refused, naming them.
    const revision = revised(ctx, 'placement_participant', participant.id, input.revision);
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
    return { id: participant.id, revision };
  });
}

/** A location that does not offer the student's programme can never be theirs: choosing it is refused. */
function checkOffered(ctx: ServiceContext, roundId: number, participantId: number, ids: number[]) {
  if (!ids.length) return;
  const data = loadRoundData(ctx, roundId);
  const me = data.participants.find((p) => p.id === participantId)!;
  const offering = new Set(
    data.locations.filter((l) => l.programmeCapacity.some((c) => c.programmeId === me.programmeId)).map((l) => l.id),
  );
  const i = ids.findIndex((id) => !offering.has(id));
  if (i >= 0) throw new AppError('BAD_REQUEST', 'v.placements.notOfferedChoice', `preferences.${i}`);
}
