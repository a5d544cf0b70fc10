import { and, count, countDistinct, eq, isNull } from 'drizzle-orm';
import {
  organisations,
  periods,
  placementAssignments,
  placementParticipants,
  placementPreferences,
  placementRoundLocations,
  placementRounds,
  schoolYears,
  topLocations,
} from '../../../db/schema';
import type { ServiceContext } from '../scope';
import { shownBreakdown, shownCount } from '../regiegroep/public';
import type { ReportRange } from './period';

/** The organisations that run the TOP-locaties of a round. */
function roundOrganisations(ctx: ServiceContext, roundId: number) {
  return ctx.db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(placementRoundLocations)
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .innerJoin(organisations, eq(organisations.id, topLocations.organisationId))
    .where(eq(placementRoundLocations.roundId, roundId))
    .all()
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The round's students who did not withdraw, as a join condition: no list of ids (SQLite's parameter limit). */
const activeIn = (roundId: number) =>
  and(eq(placementParticipants.roundId, roundId), isNull(placementParticipants.withdrawnAt));

/**
 * Counted in SQL, per organisation running the chosen or assigned location (decision 101): at 5,000
 * students and 50,000 choices, reading the rows to count them held the event loop ~0.4–0.6 s.
 */
function countsOf(ctx: ServiceContext, roundId: number) {
  const participants = ctx.db.select({ n: count() }).from(placementParticipants).where(activeIn(roundId)).get()!.n;
  const applied = ctx.db
    .select({ organisationId: topLocations.organisationId, n: countDistinct(placementPreferences.participantId) })
    .from(placementPreferences)
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementPreferences.participantId))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementPreferences.roundLocationId))
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .where(activeIn(roundId))
    .groupBy(topLocations.organisationId)
    .all();
  const placed = ctx.db
    .select({ organisationId: topLocations.organisationId, n: count() })
    .from(placementAssignments)
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .where(and(eq(placementAssignments.roundId, roundId), activeIn(roundId)))
    .groupBy(topLocations.organisationId)
    .all();
  const byOrganisation = (rows: { organisationId: number; n: number }[]) =>
    new Map(rows.map((r) => [r.organisationId, r.n]));
  return { participants, applied: byOrganisation(applied), placed: byOrganisation(placed) };
}

/**
 * Published rounds whose school year (or period) overlaps the report's range. Per round and per organisation
 * running TOP-locaties: students who applied (chose one of its locations) and students placed there. Every
 * count is a count of students: shown by the "< 5" rule (decision 040/073); the placed cells beside their
 * shown total also by the secondary rule.
 */
export function placementsSection(ctx: ServiceContext, range: ReportRange) {
  const rounds = ctx.db
    .select({
      id: placementRounds.id,
      name: placementRounds.name,
      yearFrom: schoolYears.startsOn,
      yearTo: schoolYears.endsOn,
      periodFrom: periods.startsOn,
      periodTo: periods.endsOn,
    })
    .from(placementRounds)
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(and(eq(placementRounds.partnershipId, ctx.actor.partnershipId), eq(placementRounds.status, 'gepubliceerd')))
    .orderBy(placementRounds.id)
    .all()
    .filter((r) => (r.periodFrom ?? r.yearFrom) <= range.to && (r.periodTo ?? r.yearTo) >= range.from);

  return rounds.map((round) => {
    const orgs = roundOrganisations(ctx, round.id);
    const counts = countsOf(ctx, round.id);
    const placed = orgs.map((o) => counts.placed.get(o.id) ?? 0);
    const placedShown = shownBreakdown(placed);
    return {
      roundId: round.id,
      name: round.name,
      applied: shownCount(counts.participants),
      placed: shownCount([...counts.placed.values()].reduce((a, b) => a + b, 0)),
      byOrganisation: orgs.map((o, i) => ({
        organisationId: o.id,
        organisationName: o.name,
        applied: shownCount(counts.applied.get(o.id) ?? 0),
        placed: placedShown[i]!,
      })),
    };
  });
}
