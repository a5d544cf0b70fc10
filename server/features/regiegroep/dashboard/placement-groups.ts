import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import {
  placementAssignments,
  placementParticipants,
  placementPreferences,
  placementRoundLocations,
  placementRounds,
  programmes,
  students,
  topLocations,
} from '../../../../db/schema';
import type { ServiceContext } from '../../scope';
import type { DashboardScope } from './scope';

/**
 * Placements, read straight from the placement tables (read-only aggregation; the placements services
 * are not involved). The basis is the last published round of the school year (of the period, when
 * one is chosen: a round for that period or for the whole year). Withdrawn students are left out and
 * counted apart. Every count of students goes through the "< 5" rule before it leaves this file.
 */
export function lastPublishedRound({ db, actor }: ServiceContext, scope: DashboardScope) {
  if (!scope.schoolYear) return undefined;
  const conditions = [
    eq(placementRounds.partnershipId, actor.partnershipId),
    eq(placementRounds.schoolYearId, scope.schoolYear.id),
    eq(placementRounds.status, 'gepubliceerd'),
  ];
  if (scope.period)
    conditions.push(or(eq(placementRounds.periodId, scope.period.id), isNull(placementRounds.periodId))!);
  return db
    .select({
      id: placementRounds.id,
      name: placementRounds.name,
      periodId: placementRounds.periodId,
      publishedAt: placementRounds.publishedAt,
    })
    .from(placementRounds)
    .where(and(...conditions))
    .orderBy(desc(placementRounds.publishedAt), desc(placementRounds.id))
    .limit(1)
    .get();
}

/**
 * Why an unplaced participant is unplaced, in SQL: no choices at all, else the engine's reason at their
 * first choice (the stored explanation lists one per choice, in list order), else "onbekend" (not
 * explained: placed by hand before, or a run without explanations). The explanation is read in a
 * subquery so the outer query can stay on the covering index (migration 0007).
 */
export const unplacedReasonSql =
  () => sql<string>`CASE WHEN NOT EXISTS (SELECT 1 FROM ${placementPreferences} pp WHERE pp.participant_id = ${placementParticipants.id}) THEN 'geen-voorkeuren'
    ELSE coalesce((SELECT json_extract(x.explanation, '$.reasons[0].code') FROM ${placementParticipants} x WHERE x.id = ${placementParticipants.id}), 'onbekend') END`;

/**
 * The round's participants grouped by everything a filter or a chart needs — a few hundred rows, not
 * thousands. Two queries, each on covering indexes (0007_regiegroep_indexes): the placed by TOP-locatie,
 * programme and rank; the unplaced by programme and reason. Locations and programmes are mapped to
 * their organisations in memory (tens of rows).
 */
export function participantGroups({ db, actor }: ServiceContext, roundId: number) {
  const active = and(eq(placementParticipants.roundId, roundId), isNull(placementParticipants.withdrawnAt));
  const placed = db
    .select({
      roundLocationId: placementAssignments.roundLocationId,
      programmeId: students.programmeId,
      rank: placementPreferences.rank,
      n: count(),
    })
    .from(placementParticipants)
    .innerJoin(placementAssignments, eq(placementAssignments.participantId, placementParticipants.id))
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .leftJoin(
      placementPreferences,
      and(
        eq(placementPreferences.participantId, placementParticipants.id),
        eq(placementPreferences.roundLocationId, placementAssignments.roundLocationId),
      ),
    )
    .where(active)
    .groupBy(placementAssignments.roundLocationId, students.programmeId, placementPreferences.rank)
    .all();
  const reason = unplacedReasonSql();
  const unplaced = db
    .select({ programmeId: students.programmeId, reason, n: count() })
    .from(placementParticipants)
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .where(
      and(
        active,
        sql`NOT EXISTS (SELECT 1 FROM ${placementAssignments} a WHERE a.participant_id = ${placementParticipants.id})`,
      ),
    )
    .groupBy(students.programmeId, reason)
    .all();
  const locationOf = new Map(
    db
      .select({
        id: placementRoundLocations.id,
        locationId: placementRoundLocations.locationId,
        organisationId: topLocations.organisationId,
      })
      .from(placementRoundLocations)
      .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
      .where(eq(placementRoundLocations.roundId, roundId))
      .all()
      .map((l) => [l.id, l]),
  );
  const institutionOf = new Map(
    db
      .select({ id: programmes.id, institutionId: programmes.institutionId })
      .from(programmes)
      .where(eq(programmes.partnershipId, actor.partnershipId))
      .all()
      .map((p) => [p.id, p.institutionId]),
  );
  return [
    ...placed.map((g) => ({
      programmeId: g.programmeId,
      institutionId: institutionOf.get(g.programmeId) ?? null,
      locationId: locationOf.get(g.roundLocationId)?.locationId ?? null,
      locationOrganisationId: locationOf.get(g.roundLocationId)?.organisationId ?? null,
      rank: g.rank,
      reason: null as string | null,
      n: g.n,
    })),
    ...unplaced.map((g) => ({
      programmeId: g.programmeId,
      institutionId: institutionOf.get(g.programmeId) ?? null,
      locationId: null as number | null,
      locationOrganisationId: null as number | null,
      rank: null as number | null,
      reason: g.reason,
      n: g.n,
    })),
  ];
}
export type ParticipantGroup = ReturnType<typeof participantGroups>[number];

/** Does a group pass the filters? Placed students match a TOP-locatie (or its organisation) where they are placed. */
export function matchesFilters(
  scope: DashboardScope,
  g: Pick<ParticipantGroup, 'programmeId' | 'institutionId' | 'locationId' | 'locationOrganisationId'>,
): boolean {
  if (scope.programmeId !== null && g.programmeId !== scope.programmeId) return false;
  if (scope.locationId !== null && g.locationId !== scope.locationId) return false;
  if (
    scope.organisationId !== null &&
    g.institutionId !== scope.organisationId &&
    g.locationOrganisationId !== scope.organisationId
  )
    return false;
  return true;
}

export function roundCapacities({ db }: ServiceContext, roundId: number) {
  return db
    .select({
      locationId: placementRoundLocations.locationId,
      name: topLocations.name,
      organisationId: topLocations.organisationId,
      programmeCapacity: placementRoundLocations.programmeCapacity,
    })
    .from(placementRoundLocations)
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .where(eq(placementRoundLocations.roundId, roundId))
    .orderBy(topLocations.name)
    .all();
}
