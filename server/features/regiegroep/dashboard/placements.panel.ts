import { and, count, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
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
import { UNPLACED_REASONS, type UnplacedReason } from '../../../../shared/schemas/regiegroep';
import { SHIELDED, type ShownCount } from '../../../../shared/domain/regiegroep';
import type { ServiceContext } from '../../scope';
import { isSmall, shownBreakdownOf, shownCount, shownCrossTab } from '../small-groups';
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
      reason: g.reason as string | null,
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

function roundCapacities({ db }: ServiceContext, roundId: number) {
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

const fill = (placed: ShownCount, capacity: number) =>
  typeof placed === 'number' && capacity > 0 ? Math.round((1000 * placed) / capacity) / 10 : null;

export function placementsPanel(ctx: ServiceContext, scope: DashboardScope) {
  const round = scope.empty ? undefined : lastPublishedRound(ctx, scope);
  if (!round) return { round: null };
  const groups = participantGroups(ctx, round.id).filter((g) => matchesFilters(scope, g));
  const programmeRows = ctx.db
    .select({ id: programmes.id, name: programmes.name, institutionId: programmes.institutionId })
    .from(programmes)
    .where(eq(programmes.partnershipId, ctx.actor.partnershipId))
    .orderBy(programmes.name)
    .all();
  const withdrawn = ctx.db
    .select({ n: count() })
    .from(placementParticipants)
    .where(and(eq(placementParticipants.roundId, round.id), isNotNull(placementParticipants.withdrawnAt)))
    .get()!.n;
  const sum = (pick: (g: ParticipantGroup) => boolean) => groups.filter(pick).reduce((n, g) => n + g.n, 0);

  // Fill: TOP-locaties × programmes, a cell where the location offers the programme or someone is placed.
  const locations = roundCapacities(ctx, round.id).filter(
    (l) => scope.locationId === null || l.locationId === scope.locationId,
  );
  const placedBy = new Map<string, number>();
  for (const g of groups)
    if (g.locationId !== null)
      placedBy.set(`${g.locationId}:${g.programmeId}`, (placedBy.get(`${g.locationId}:${g.programmeId}`) ?? 0) + g.n);
  const offered = new Map(
    locations.map((l) => [l.locationId, new Map(l.programmeCapacity.map((c) => [c.programmeId, c.capacity]))]),
  );
  const cellIncluded = (l: (typeof locations)[number], p: (typeof programmeRows)[number]) =>
    (scope.programmeId === null || p.id === scope.programmeId) &&
    (scope.organisationId === null ||
      l.organisationId === scope.organisationId ||
      p.institutionId === scope.organisationId);
  const capacityOf = (l: (typeof locations)[number], p: (typeof programmeRows)[number]) =>
    cellIncluded(l, p) ? (offered.get(l.locationId)!.get(p.id) ?? 0) : 0;
  const placedAt = (l: (typeof locations)[number], p: (typeof programmeRows)[number]) =>
    cellIncluded(l, p) ? (placedBy.get(`${l.locationId}:${p.id}`) ?? 0) : 0;
  const rowsShown = locations.filter((l) => programmeRows.some((p) => capacityOf(l, p) > 0 || placedAt(l, p) > 0));
  const colsShown = programmeRows.filter((p) => rowsShown.some((l) => capacityOf(l, p) > 0 || placedAt(l, p) > 0));
  const table = shownCrossTab(rowsShown.map((l) => colsShown.map((p) => placedAt(l, p))));
  const capacityTotal = rowsShown.reduce((n, l) => n + colsShown.reduce((m, p) => m + capacityOf(l, p), 0), 0);

  // Placed vs to place (not tied to a location: left out when a TOP-locatie is chosen). "Placed" is the
  // fill table's total, shown the same way here; "to place" is hidden when it would give away the
  // one hidden figure of the two by subtraction.
  const placed = sum((g) => g.locationId !== null);
  const unplacedGroups = scope.locationId === null ? groups.filter((g) => g.locationId === null) : [];
  const unplaced = unplacedGroups.reduce((n, g) => n + g.n, 0);
  const placedShown = table.total;
  const unplacedShown = shownCount(unplaced);
  const oneHidden = (typeof placedShown === 'number') !== (typeof unplacedShown === 'number');
  const toPlaceShown = oneHidden && !isSmall(placed + unplaced) ? SHIELDED : shownCount(placed + unplaced);
  const reasons = shownBreakdownOf(
    UNPLACED_REASONS.map(
      (r) => [r, unplacedGroups.filter((g) => g.reason === r).reduce((n, g) => n + g.n, 0)] as const,
    ),
  );
  const rankCounts = [...Array.from({ length: 10 }, (_, i) => i + 1), 0].map(
    (rank) => [rank, sum((g) => g.locationId !== null && (g.rank ?? 0) === rank)] as const,
  );
  const ranks = shownBreakdownOf(rankCounts);

  return {
    round: { id: round.id, name: round.name, publishedAt: round.publishedAt, wholeYear: round.periodId === null },
    withdrawn: shownCount(withdrawn),
    totals: {
      toPlace: scope.locationId === null ? toPlaceShown : null,
      placed: placedShown,
      unplaced: scope.locationId === null ? unplacedShown : null,
      capacity: capacityTotal,
      fillRate: fill(table.total, capacityTotal),
    },
    fill: rowsShown.map((l, i) => {
      const capacity = colsShown.reduce((m, p) => m + capacityOf(l, p), 0);
      return {
        locationId: l.locationId,
        name: l.name,
        capacity,
        placed: table.rowTotals[i]!,
        fillRate: fill(table.rowTotals[i]!, capacity),
        programmes: colsShown.map((p, j) => ({
          programmeId: p.id,
          name: p.name,
          capacity: capacityOf(l, p),
          placed: table.cells[i]![j]!,
          fillRate: fill(table.cells[i]![j]!, capacityOf(l, p)),
        })),
      };
    }),
    byProgramme: colsShown.map((p, j) => {
      const capacity = rowsShown.reduce((m, l) => m + capacityOf(l, p), 0);
      return {
        programmeId: p.id,
        name: p.name,
        capacity,
        placed: table.columnTotals[j]!,
        fillRate: fill(table.columnTotals[j]!, capacity),
      };
    }),
    unplacedReasons:
      scope.locationId === null
        ? UNPLACED_REASONS.map((reason) => ({
            reason: reason as UnplacedReason,
            students: reasons.get(reason)!,
          })).filter((r) => r.students !== 0)
        : null,
    ranks: rankCounts.filter(([, n]) => n > 0).map(([rank]) => ({ rank, students: ranks.get(rank)! })),
  };
}
