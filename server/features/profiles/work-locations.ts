import { and, eq, isNull } from 'drizzle-orm';
import {
  coaches,
  memberships,
  mentorTeamMembers,
  mentorTeams,
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  students,
} from '../../../db/schema';
import type { ServiceContext } from '../scope';

/**
 * The TOP-locaties a worker works with, the only teams they may belong to (decision 097): their own as a
 * `locatie` account; for a mentor, where students of their mentor teams' classes are placed (published rounds,
 * this one and earlier, not withdrawn) and where they are registered as a coach. Least data: a mentor no
 * longer names any TOP-locatie of the partnership to see its team's counts.
 */
export function workLocationIds(ctx: ServiceContext): Set<number> {
  const { userId, partnershipId } = ctx.actor;
  const placed = ctx.db
    .selectDistinct({ id: placementRoundLocations.locationId })
    .from(mentorTeamMembers)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamMembers.teamId))
    .innerJoin(students, eq(students.cohortId, mentorTeams.cohortId))
    .innerJoin(placementParticipants, eq(placementParticipants.studentId, students.id))
    .innerJoin(placementAssignments, eq(placementAssignments.participantId, placementParticipants.id))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .where(
      and(
        eq(mentorTeamMembers.userId, userId),
        eq(mentorTeams.partnershipId, partnershipId),
        eq(placementRounds.partnershipId, partnershipId),
        eq(placementRounds.status, 'gepubliceerd'),
        isNull(placementParticipants.withdrawnAt),
      ),
    )
    .all();
  const coaching = ctx.db
    .select({ id: coaches.locationId })
    .from(coaches)
    .where(and(eq(coaches.userId, userId), eq(coaches.partnershipId, partnershipId), isNull(coaches.endedOn)))
    .all();
  return new Set([...ownLocationIds(ctx), ...placed.map((r) => r.id), ...coaching.map((r) => r.id)]);
}

/** The TOP-locatie(s) of the actor's own `locatie` (werkbegeleider) account. */
export function ownLocationIds(ctx: ServiceContext): number[] {
  const { userId, partnershipId } = ctx.actor;
  return ctx.db
    .select({ id: memberships.topLocationId })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.partnershipId, partnershipId),
        eq(memberships.role, 'locatie'),
      ),
    )
    .all()
    .map((r) => r.id)
    .filter((id) => id !== null);
}
