import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { preparedQuery } from '../../../db/prepared';
import { periods, placementAssignments, placementParticipants, placementRounds, schoolYears } from '../../../db/schema';
import { addDays } from '../../../shared/domain/dates';
import type { ServiceContext } from '../scope';
import { cachedRead } from '../../cache/read-cache';

/**
 * For mentor teams' presence (server/features/mentor-teams/planned-days.ts, through ./public.ts): the
 * weekdays of each student's published placement in force in the week starting `monday` — in a round
 * whose period (or, without one, school year) overlaps that week. When two published rounds cover the
 * week, the one published last wins. Withdrawn students have none; students of another partnership too
 * (the query is scoped by the actor's partnership).
 */
const placementsOfStudents = preparedQuery((db) =>
  db
    .select({
      studentId: placementParticipants.studentId,
      days: placementAssignments.days,
      periodStart: periods.startsOn,
      periodEnd: periods.endsOn,
      yearStart: schoolYears.startsOn,
      yearEnd: schoolYears.endsOn,
    })
    .from(placementAssignments)
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(
      and(
        eq(placementRounds.partnershipId, sql.placeholder('partnershipId')),
        eq(placementRounds.status, 'gepubliceerd'),
        // the class as one JSON array: one prepared statement for any size of class
        sql`${placementParticipants.studentId} in (select value from json_each(${sql.placeholder('studentIds')}))`,
        isNull(placementParticipants.withdrawnAt),
      ),
    )
    .orderBy(asc(placementRounds.publishedAt), asc(placementRounds.id))
    .prepare(),
);

export function publishedPlacementDays(
  ctx: ServiceContext,
  studentIds: number[],
  monday: string,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!studentIds.length) return out;
  const friday = addDays(monday, 4);
  const ids = JSON.stringify(studentIds);
  const { partnershipId } = ctx.actor;
  // every presence save of a class asks again: kept until a placement table (or another it read) is written
  const rows = cachedRead(ctx.db, `placements.daysOfStudents|${partnershipId}|${ids}`, () =>
    placementsOfStudents(ctx.db).all({ partnershipId, studentIds: ids }),
  );
  for (const r of rows) {
    const from = r.periodStart ?? r.yearStart;
    const to = r.periodEnd ?? r.yearEnd;
    if (monday <= to && friday >= from) out.set(r.studentId, r.days);
  }
  return out;
}
