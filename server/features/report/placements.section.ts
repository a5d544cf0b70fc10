import { and, eq, inArray, isNull } from 'drizzle-orm';
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

/** The organisation that runs each TOP-locatie of a round. */
function roundLocations(ctx: ServiceContext, roundId: number) {
  return ctx.db
    .select({
      id: placementRoundLocations.id,
      organisationId: topLocations.organisationId,
      organisationName: organisations.name,
    })
    .from(placementRoundLocations)
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .innerJoin(organisations, eq(organisations.id, topLocations.organisationId))
    .where(eq(placementRoundLocations.roundId, roundId))
    .all();
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
    const locations = roundLocations(ctx, round.id);
    const orgOf = new Map(locations.map((l) => [l.id, l.organisationId]));
    const participants = ctx.db
      .select({ id: placementParticipants.id })
      .from(placementParticipants)
      .where(and(eq(placementParticipants.roundId, round.id), isNull(placementParticipants.withdrawnAt)))
      .all()
      .map((p) => p.id);
    const ids = participants.length ? participants : [0];
    const choices = ctx.db
      .select({
        participantId: placementPreferences.participantId,
        roundLocationId: placementPreferences.roundLocationId,
      })
      .from(placementPreferences)
      .where(inArray(placementPreferences.participantId, ids))
      .all();
    const placements = ctx.db
      .select({ roundLocationId: placementAssignments.roundLocationId })
      .from(placementAssignments)
      .where(and(eq(placementAssignments.roundId, round.id), inArray(placementAssignments.participantId, ids)))
      .all();
    const orgs = [...new Map(locations.map((l) => [l.organisationId, l.organisationName]))].sort((a, b) =>
      a[1].localeCompare(b[1], 'nl'),
    );
    const applied = orgs.map(
      ([org]) => new Set(choices.filter((c) => orgOf.get(c.roundLocationId) === org).map((c) => c.participantId)).size,
    );
    const placed = orgs.map(([org]) => placements.filter((p) => orgOf.get(p.roundLocationId) === org).length);
    const placedShown = shownBreakdown(placed);
    return {
      roundId: round.id,
      name: round.name,
      applied: shownCount(participants.length),
      placed: shownCount(placements.length),
      byOrganisation: orgs.map(([id, name], i) => ({
        organisationId: id,
        organisationName: name,
        applied: shownCount(applied[i]!),
        placed: placedShown[i]!,
      })),
    };
  });
}
