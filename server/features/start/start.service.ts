import { and, desc, eq, isNull } from 'drizzle-orm';
import {
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  studentReflections,
  topLocations,
} from '../../../db/schema';
import { isoWeek } from '../../../shared/domain/dates';
import { auditAs, todayOf, type ServiceContext } from '../scope';
import type { AttentionGroup, AttentionItem } from './attention';
import { beheerderItems, mentorItems, projectleiderItems, regiegroepItems } from './staff-attention';

/** This week's reflection and the published placement of the student themself. */
function studentItems(ctx: ServiceContext): AttentionItem[] {
  const studentId = ctx.actor.studentId;
  if (studentId === null) return [];
  const { year, week } = isoWeek(todayOf(ctx));
  const reflection = ctx.db
    .select({ id: studentReflections.id })
    .from(studentReflections)
    .where(
      and(
        eq(studentReflections.studentId, studentId),
        eq(studentReflections.isoYear, year),
        eq(studentReflections.isoWeek, week),
      ),
    )
    .get();
  const placement = ctx.db
    .select({ location: topLocations.name })
    .from(placementParticipants)
    .innerJoin(placementRounds, eq(placementRounds.id, placementParticipants.roundId))
    .innerJoin(placementAssignments, eq(placementAssignments.participantId, placementParticipants.id))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .where(
      and(
        eq(placementParticipants.studentId, studentId),
        eq(placementRounds.partnershipId, ctx.actor.partnershipId),
        eq(placementRounds.status, 'gepubliceerd'),
        isNull(placementParticipants.withdrawnAt),
      ),
    )
    .orderBy(desc(placementRounds.publishedAt))
    .get();
  auditAs(ctx, { action: 'start.view', subjectType: 'student', subjectId: studentId });
  return [
    { key: 'reflection', state: reflection ? 'done' : 'missing', link: '/reflectie', urgent: !reflection },
    placement
      ? { key: 'placement', name: placement.location, link: '/mijn-plaatsing', urgent: false }
      : { key: 'noPlacement', link: '/mijn-plaatsing', urgent: false },
  ];
}

const BY_ROLE = {
  projectleider: projectleiderItems,
  mentor: mentorItems,
  regiegroep: regiegroepItems,
  student: studentItems,
  beheerder: beheerderItems,
} as const;

/** "Wat vraagt je aandacht": per role the person has here, what needs them, each with where it is handled. */
export function attention(ctx: ServiceContext): AttentionGroup[] {
  return (Object.keys(BY_ROLE) as AttentionGroup['role'][])
    .filter((role) => ctx.actor.roles.includes(role))
    .map((role) => ({ role, items: BY_ROLE[role](ctx) }));
}
