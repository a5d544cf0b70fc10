import { and, asc, eq } from 'drizzle-orm';
import {
  periods,
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
  programmes,
  schoolYears,
  students,
  topLocations,
} from '../../../db/schema';
import { auditAs, type ServiceContext } from '../scope';

/**
 * A locatie user's own TOP-locatie: the students placed there in published rounds, with their days
 * and werkbegeleider. Nothing of a round before publication, nothing of other locations. Audited.
 */
export function myLocationPlacements(ctx: ServiceContext) {
  const locationId = ctx.actor.topLocationId;
  if (locationId === null) return { locationName: null, students: [] };
  const location = ctx.db
    .select({ name: topLocations.name })
    .from(topLocations)
    .where(and(eq(topLocations.id, locationId), eq(topLocations.partnershipId, ctx.actor.partnershipId)))
    .get();
  if (!location) return { locationName: null, students: [] };
  const rows = ctx.db
    .select({
      participantId: placementAssignments.participantId,
      firstName: students.firstName,
      lastName: students.lastName,
      email: students.email,
      programmeName: programmes.name,
      days: placementAssignments.days,
      supervisorName: placementSupervisors.name,
      roundName: placementRounds.name,
      schoolYearLabel: schoolYears.label,
      periodName: periods.name,
    })
    .from(placementAssignments)
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .leftJoin(placementSupervisors, eq(placementSupervisors.id, placementAssignments.supervisorId))
    .where(
      and(
        eq(placementRoundLocations.locationId, locationId),
        eq(placementRounds.status, 'gepubliceerd'),
        eq(placementRounds.partnershipId, ctx.actor.partnershipId),
      ),
    )
    .orderBy(asc(placementRounds.id), asc(students.lastName), asc(students.firstName))
    .all();
  auditAs(ctx, {
    action: 'placement.location.view',
    subjectType: 'top_location',
    subjectId: locationId,
    detail: { students: rows.length },
  });
  return {
    locationName: location.name,
    students: rows.map(({ firstName, lastName, email, ...r }) => ({
      ...r,
      name: `${firstName} ${lastName}`,
      email: email ?? '',
    })),
  };
}
