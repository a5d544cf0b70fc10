/**
 * The line-by-line read the hours overview, the rekentool and the report's hours used before they summed in
 * SQL (decision 099): every labelled line of the partnership in a year, oldest first. The tests' reference.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
  coaches,
  coachingHours,
  coachingLabels,
  coachingRoles,
  coachingWeeks,
  organisations,
  topLocations,
  users,
} from '../../db/schema';
import { monthOfIsoWeek } from '../../shared/domain/coaching';
import type { ServiceContext } from '../../server/features/scope';

/** Weeks count in the year of their Thursday. */
export function hourLines(ctx: ServiceContext, year: number) {
  const lines = ctx.db
    .select({
      coachId: coaches.id,
      coachName: users.name,
      roleName: coachingRoles.name,
      isoYear: coachingWeeks.isoYear,
      isoWeek: coachingWeeks.isoWeek,
      labelId: coachingHours.labelId,
      labelName: coachingLabels.name,
      locationId: coachingHours.locationId,
      locationName: topLocations.name,
      organisationId: coachingHours.organisationId,
      organisationName: organisations.name,
      minutes: coachingHours.minutes,
    })
    .from(coachingHours)
    .innerJoin(coachingWeeks, eq(coachingWeeks.id, coachingHours.weekId))
    .innerJoin(coaches, eq(coaches.id, coachingWeeks.coachId))
    .innerJoin(users, eq(users.id, coaches.userId))
    .innerJoin(coachingRoles, eq(coachingRoles.id, coaches.coachingRoleId))
    .innerJoin(coachingLabels, eq(coachingLabels.id, coachingHours.labelId))
    .innerJoin(topLocations, eq(topLocations.id, coachingHours.locationId))
    .innerJoin(organisations, eq(organisations.id, coachingHours.organisationId))
    .where(and(eq(coachingWeeks.partnershipId, ctx.actor.partnershipId), eq(coachingWeeks.isoYear, year)))
    .orderBy(asc(coachingWeeks.isoWeek), asc(users.name), asc(coachingLabels.position))
    .all();
  // A week's month once per week, not once per line: ~40,000 lines a year at scale (decision 098).
  const months = new Map<number, number>();
  const monthOf = (year: number, week: number) => {
    const key = year * 100 + week;
    const month = months.get(key) ?? monthOfIsoWeek({ year, week });
    months.set(key, month);
    return month;
  };
  return lines.map((line) => ({ ...line, month: monthOf(line.isoYear, line.isoWeek) }));
}
