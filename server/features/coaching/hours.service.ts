import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  coaches,
  coachingHours,
  coachingLabels,
  coachingRoles,
  coachingWeeks,
  organisations,
  topLocations,
  users,
} from '../../../db/schema';
import type { hoursOverviewSchema } from '../../../shared/schemas/coaching';
import { monthOfIsoWeek } from '../../../shared/domain/coaching';
import type { ServiceContext } from '../scope';

/** Every labelled line of the partnership in a year (weeks count in the year of their Thursday), oldest first. */
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
type HourLine = ReturnType<typeof hourLines>[number];

const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Sums the lines' hours per key, sorted by name. */
export function totalsBy(lines: HourLine[], key: (l: HourLine) => number, name: (l: HourLine) => string) {
  const sums = new Map<number, { id: number; name: string; minutes: number }>();
  for (const line of lines) {
    const entry = sums.get(key(line)) ?? { id: key(line), name: name(line), minutes: 0 };
    entry.minutes += line.minutes;
    sums.set(key(line), entry);
  }
  return [...sums.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map(({ minutes, ...rest }) => ({ ...rest, hours: toHours(minutes) }));
}

/** The partnership's coaching hours of a year, per coach (with role), label, location and organisation. */
export function hoursOverview(ctx: ServiceContext, input: z.output<typeof hoursOverviewSchema>) {
  const lines = hourLines(ctx, input.year);
  const roleOf = new Map(lines.map((l) => [l.coachId, l.roleName]));
  return {
    year: input.year,
    totalHours: toHours(lines.reduce((n, l) => n + l.minutes, 0)),
    byCoach: totalsBy(
      lines,
      (l) => l.coachId,
      (l) => l.coachName,
    ).map((c) => ({ ...c, roleName: roleOf.get(c.id) ?? '' })),
    byLabel: totalsBy(
      lines,
      (l) => l.labelId,
      (l) => l.labelName,
    ),
    byLocation: totalsBy(
      lines,
      (l) => l.locationId,
      (l) => l.locationName,
    ),
    byOrganisation: totalsBy(
      lines,
      (l) => l.organisationId,
      (l) => l.organisationName,
    ),
  };
}
