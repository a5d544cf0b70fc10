import { and, desc, eq, isNull } from 'drizzle-orm';
import {
  periods,
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  programmes,
  schoolYears,
  students,
} from '../../../db/schema';
import type { ServiceContext } from '../scope';

/**
 * For the werkbegeleider (server/features/workplace, through ./public.ts): the students placed at one
 * TOP-locatie in published rounds, this round and earlier ones, newest placement first, one line per
 * student. A withdrawn student is no longer placed there; another partnership's location has none.
 */
export function studentsPlacedAt(ctx: ServiceContext, locationId: number) {
  const rows = ctx.db
    .select({
      studentId: students.id,
      firstName: students.firstName,
      lastName: students.lastName,
      programmeName: programmes.name,
      days: placementAssignments.days,
      roundName: placementRounds.name,
      schoolYearLabel: schoolYears.label,
      from: periods.startsOn,
      to: periods.endsOn,
      yearFrom: schoolYears.startsOn,
      yearTo: schoolYears.endsOn,
    })
    .from(placementAssignments)
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(
      and(
        eq(placementRoundLocations.locationId, locationId),
        eq(placementRounds.status, 'gepubliceerd'),
        eq(placementRounds.partnershipId, ctx.actor.partnershipId),
        isNull(placementParticipants.withdrawnAt),
      ),
    )
    .orderBy(desc(placementRounds.publishedAt), desc(placementRounds.id))
    .all();
  const seen = new Set<number>();
  return rows
    .filter((r) => !seen.has(r.studentId) && Boolean(seen.add(r.studentId)))
    .map(({ from, to, yearFrom, yearTo, ...r }) => ({ ...r, from: from ?? yearFrom, to: to ?? yearTo }));
}
