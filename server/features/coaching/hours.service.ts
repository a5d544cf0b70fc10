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
import type { hoursExportSchema, hoursOverviewSchema } from '../../../shared/schemas/coaching';
import { formatDutchDate, mondayOfIsoWeek } from '../../../shared/domain/dates';
import { monthOfIsoWeek } from '../../../shared/domain/coaching';
import { auditAs, type ServiceContext } from '../scope';
import { csvFile, xlsxFile } from '../placements/public';
import { hourSums, nextTurn, sortedByName, type HourSum } from './hour-sums';

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

const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * The partnership's coaching hours of a year, per coach (with role), label, location and organisation:
 * summed in SQL (decision 099), as 200 coaches' year of lines held the event loop over a second.
 */
export async function hoursOverview(ctx: ServiceContext, input: z.output<typeof hoursOverviewSchema>) {
  const weeks = { years: [input.year] };
  const sums = async (dimension: 'coach' | 'label' | 'location' | 'organisation') => {
    await nextTurn();
    return sortedByName(ctx, dimension, hourSums(ctx, dimension, weeks));
  };
  const shown = ({ id, name, minutes }: HourSum) => ({ id, name, hours: toHours(minutes) });
  const labels = await sums('label');
  const coaches = await sums('coach');
  const locations = await sums('location');
  const organisations = await sums('organisation');
  return {
    year: input.year,
    // Whole minutes: the labels' sum is the year's, exactly.
    totalHours: toHours(labels.reduce((n, l) => n + l.minutes, 0)),
    byCoach: coaches.map((c) => ({ ...shown(c), roleName: c.role })),
    byLabel: labels.map(shown),
    byLocation: locations.map(shown),
    byOrganisation: organisations.map(shown),
  };
}

const HEADER = [
  'Jaar',
  'Week',
  'Maandag',
  'Maand',
  'Coach',
  'Coachingsrol',
  'Label',
  'Locatie',
  'Betalende organisatie',
  'Uren',
];

/** One row per coach, week, label, location and organisation; Dutch column names for Dutch spreadsheets. */
export async function exportHours(ctx: ServiceContext, input: z.output<typeof hoursExportSchema>) {
  const lines = hourLines(ctx, input.year);
  const rows: (string | number)[][] = [
    HEADER,
    ...lines.map((l) => [
      l.isoYear,
      `week ${l.isoWeek}`,
      formatDutchDate(mondayOfIsoWeek(l.isoYear, l.isoWeek)),
      l.month,
      l.coachName,
      l.roleName,
      l.labelName,
      l.locationName,
      l.organisationName,
      toHours(l.minutes),
    ]),
  ];
  auditAs(ctx, {
    action: 'coaching_hours.export',
    subjectType: 'partnership',
    subjectId: ctx.actor.partnershipId,
    detail: { year: input.year, format: input.format },
  });
  const filename = `coachingsuren-${input.year}.${input.format}`;
  return input.format === 'csv' ? csvFile(filename, rows) : xlsxFile(filename, [{ name: `Uren ${input.year}`, rows }]);
}
