import { and, between, count, eq, inArray, ne, sql, sum } from 'drizzle-orm';
import { mentorHourEntries, sessionAttendance, sessionLogs, studentReflections, students } from '../../../../db/schema';
import { isoWeekKey, isWithin } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../scope';
import { weeksOfTeams, type WeekState } from '../../mentor-teams/public';
import { rate, shownCount, shownRate } from '../small-groups';
import type { DashboardScope } from './scope';
import type { ScopedTeam } from './teams-scope';
import { signalsFigures } from './signals.figures';

/**
 * Mentor teams in figures: weekly logs present or missing per team per week (the heat map), presence
 * at the session and at the workplace, reflections written, hours against budget, and the signals.
 * Counts and rates only; rates over a class of fewer than 5 students are not shown. No note, no
 * reflection text and no student name is read here.
 */
export function mentorTeamsPanel(ctx: ServiceContext, scope: DashboardScope, teams: ScopedTeam[]) {
  const ids = teams.map((t) => t.id);
  const { db } = ctx;
  const until = scope.to < scope.today ? scope.to : scope.today;

  // Heat map: the mentor-teams calendar rule (expected weeks, logged or missing), cut to the window.
  const weeksOf = weeksOfTeams(ctx, teams, {
    schoolYear: { startsOn: scope.schoolYear!.startsOn, endsOn: scope.schoolYear!.endsOn },
    periods: scope.periods,
    today: scope.today,
  });
  const calendars = teams.map((team) => ({
    team,
    weeks: (weeksOf.get(team.id) ?? []).filter((w) => isWithin(w.sessionDate, scope.from, scope.to)),
  }));
  const columns = new Map<string, { key: string; year: number; week: number }>();
  for (const c of calendars) for (const w of c.weeks) columns.set(w.key, { key: w.key, year: w.year, week: w.week });
  const weeks = [...columns.values()].sort((a, b) => a.key.localeCompare(b.key));

  const presence = ids.length
    ? db
        .select({
          teamId: sessionLogs.teamId,
          sessions: count(),
          present: sum(sql`${sessionAttendance.attendance} = 'aanwezig'`).mapWith(Number),
          daysPlanned: sum(
            sql`CASE WHEN ${sessionAttendance.daysPresent} IS NOT NULL THEN ${sessionAttendance.daysPlanned} END`,
          ).mapWith(Number),
          daysPresent: sum(sessionAttendance.daysPresent).mapWith(Number),
        })
        .from(sessionAttendance)
        .innerJoin(sessionLogs, eq(sessionLogs.id, sessionAttendance.logId))
        .where(
          and(
            eq(sessionLogs.partnershipId, ctx.actor.partnershipId),
            inArray(sessionLogs.teamId, ids),
            ne(sessionLogs.status, 'vervallen'),
            between(sessionLogs.sessionDate, scope.from, scope.to),
          ),
        )
        .groupBy(sessionLogs.teamId)
        .all()
    : [];
  // Reflections per class per week (counts only), matched to the weeks the team held a session.
  const reflections = ids.length
    ? db
        .select({
          cohortId: students.cohortId,
          isoYear: studentReflections.isoYear,
          isoWeek: studentReflections.isoWeek,
          n: count(),
        })
        .from(studentReflections)
        .innerJoin(students, eq(students.id, studentReflections.studentId))
        .where(
          and(
            eq(students.partnershipId, ctx.actor.partnershipId),
            inArray(
              students.cohortId,
              teams.map((t) => t.cohortId),
            ),
          ),
        )
        .groupBy(students.cohortId, studentReflections.isoYear, studentReflections.isoWeek)
        .all()
    : [];
  const hours = ids.length
    ? db
        .select({ teamId: mentorHourEntries.teamId, minutes: sum(mentorHourEntries.minutes).mapWith(Number) })
        .from(mentorHourEntries)
        .where(and(inArray(mentorHourEntries.teamId, ids), between(mentorHourEntries.date, scope.from, until)))
        .groupBy(mentorHourEntries.teamId)
        .all()
    : [];
  const budgetPeriods = scope.period ? 1 : Math.max(1, scope.periods.length);

  const rows = calendars.map(({ team, weeks: teamWeeks }) => {
    const count = (state: WeekState) => teamWeeks.filter((w) => w.state === state).length;
    const held = new Set(teamWeeks.filter((w) => w.state === 'vastgesteld' || w.state === 'concept').map((w) => w.key));
    const p = presence.find((x) => x.teamId === team.id);
    const written = reflections
      .filter((r) => r.cohortId === team.cohortId && held.has(isoWeekKey({ year: r.isoYear, week: r.isoWeek })))
      .reduce((n, r) => n + r.n, 0);
    const spentHours = Math.round((hours.find((h) => h.teamId === team.id)?.minutes ?? 0) / 6) / 10;
    const budgetHours = team.budgetHoursPerPeriod * budgetPeriods;
    return {
      id: team.id,
      name: team.name,
      cohortName: team.cohortName,
      classSize: shownCount(team.classSize),
      logs: {
        present: held.size,
        missing: count('ontbreekt'),
        cancelled: count('vervallen'),
        expected: teamWeeks.length,
      },
      logRate: rate(held.size, held.size + count('ontbreekt')),
      presenceRate: shownRate(p?.present ?? 0, p?.sessions ?? 0, team.classSize),
      workplaceRate: shownRate(p?.daysPresent ?? 0, p?.daysPlanned ?? 0, team.classSize),
      reflectionRate: shownRate(written, team.classSize * held.size, team.classSize),
      hours: { spent: spentHours, budget: budgetHours, rate: rate(spentHours, budgetHours) },
    };
  });
  return {
    weeks,
    budgetPeriods,
    teams: rows,
    heatmap: calendars.map(({ team, weeks: teamWeeks }) => {
      const byKey = new Map(teamWeeks.map((w) => [w.key, w]));
      return {
        teamId: team.id,
        name: team.name,
        cells: weeks.map((w) => ({
          key: w.key,
          state: byKey.get(w.key)?.state ?? null,
          sessionDate: byKey.get(w.key)?.sessionDate ?? null,
        })),
      };
    }),
    signals: signalsFigures(ctx, scope, ids),
  };
}
