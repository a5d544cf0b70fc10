import { and, asc, between, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cohorts, mentorHourEntries, mentorTeams, periods, schoolYears, sessionLogs } from '../../../db/schema';
import type { ServiceContext } from '../scope';
import { todayOf } from './access';

/**
 * A class spans school years (issue 17, decisions 087 and 088). A team's figures for a school year are
 * counted by date within the year's startsOn–endsOn, and a team belongs to a year when its class lived in
 * it (from its first school year up to the one it is in now: a second-year class is in last year's report
 * even if nothing was logged then) or when it logged a week or hours dated within it.
 */
export function teamsActiveBetween(ctx: ServiceContext, teamIds: number[], from: string, to: string): number[] {
  if (!teamIds.length) return [];
  const logged = ctx.db
    .selectDistinct({ id: sessionLogs.teamId })
    .from(sessionLogs)
    .where(
      and(
        eq(sessionLogs.partnershipId, ctx.actor.partnershipId),
        inArray(sessionLogs.teamId, teamIds),
        between(sessionLogs.sessionDate, from, to),
      ),
    )
    .all();
  const hours = ctx.db
    .selectDistinct({ id: mentorHourEntries.teamId })
    .from(mentorHourEntries)
    .where(and(inArray(mentorHourEntries.teamId, teamIds), between(mentorHourEntries.date, from, to)))
    .all();
  const firstYear = alias(schoolYears, 'first_year');
  const currentYear = alias(schoolYears, 'current_year');
  const lived = ctx.db
    .select({ id: mentorTeams.id })
    .from(mentorTeams)
    .innerJoin(cohorts, eq(cohorts.id, mentorTeams.cohortId))
    .innerJoin(currentYear, eq(currentYear.id, cohorts.schoolYearId))
    .leftJoin(firstYear, eq(firstYear.id, cohorts.startSchoolYearId))
    .where(
      and(
        eq(mentorTeams.partnershipId, ctx.actor.partnershipId),
        inArray(mentorTeams.id, teamIds),
        lte(sql`coalesce(${firstYear.startsOn}, ${currentYear.startsOn})`, to),
        gte(currentYear.endsOn, from),
      ),
    )
    .all();
  return [...new Set([...logged, ...hours, ...lived].map((r) => r.id))];
}

/**
 * The school year a report shows: the one asked for (another partnership's is none: null), else the one
 * today falls in, else the last one begun, else the first. With its periods.
 */
export function chosenSchoolYear(ctx: ServiceContext, schoolYearId: number | undefined) {
  const years = ctx.db
    .select({
      id: schoolYears.id,
      label: schoolYears.label,
      startsOn: schoolYears.startsOn,
      endsOn: schoolYears.endsOn,
    })
    .from(schoolYears)
    .where(eq(schoolYears.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(schoolYears.startsOn))
    .all();
  const today = todayOf(ctx);
  const year =
    schoolYearId !== undefined
      ? years.find((y) => y.id === schoolYearId)
      : (years.find((y) => y.startsOn <= today && today <= y.endsOn) ??
        [...years].reverse().find((y) => y.startsOn <= today) ??
        years[0]);
  if (!year) return null;
  const yearPeriods = ctx.db
    .select({ id: periods.id, name: periods.name, startsOn: periods.startsOn, endsOn: periods.endsOn })
    .from(periods)
    .where(eq(periods.schoolYearId, year.id))
    .orderBy(asc(periods.startsOn))
    .all();
  return { ...year, periods: yearPeriods };
}
