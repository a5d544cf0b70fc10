import type { z } from 'zod';
import type { teamWeekSchema } from '../../../shared/schemas/mentor-teams';
import { addWeeks, dateInIsoWeek, isoWeekKey, mondayOfIsoWeek, parseIsoWeekKey } from '../../../shared/domain/dates';
import { auditAs, type ServiceContext } from '../scope';
import { classStudents, periodsOf, teamAccess, thisWeek, todayOf, weekInSchoolYear } from './access';
import { plannedDaysFor } from './planned-days';
import { attendanceOf, logDetail, logsOf } from './presence';
import { reflectionsOf } from './reflections.service';
import { listSignals } from './signals.service';
import { hoursSummary } from './hours.service';
import { membersOf, adoptersOf } from './teams.service';
import { periodAt, weekStates } from './session-calendar';
import { confirmedDaysPresent } from '../workplace/public';

/**
 * The team's week: this week's log (or an empty one to start), the class with attendance, planned
 * and present days and whether each student reflected, the weeks without a log, open signals and
 * the hours of the current period. Shows presence and reflections of named students: audited.
 */
export function teamWeek(ctx: ServiceContext, input: z.output<typeof teamWeekSchema>) {
  const team = teamAccess(ctx, input.teamId, 'read');
  const today = todayOf(ctx);
  const current = thisWeek(ctx);
  const week = input.week ? parseIsoWeekKey(input.week)! : current;
  const periods = periodsOf(ctx, team);
  const calendar = weekStates(
    {
      sessionWeekday: team.sessionWeekday,
      schoolYear: { startsOn: team.schoolYearStartsOn, endsOn: team.schoolYearEndsOn },
      periods,
      today,
    },
    logsOf(ctx, [team.id]),
  );
  const log = logDetail(ctx, team, week.year, week.week);
  const roster = classStudents(ctx, team);
  const planned = plannedDaysFor(ctx, team, roster, mondayOfIsoWeek(week.year, week.week));
  const attendance = new Map(attendanceOf(ctx, log ? [log.id] : []).map((a) => [a.studentId, a]));
  // The werkbegeleider's confirmed days: shown beside the team's count, and its prefill while the team has none.
  const confirmed = confirmedDaysPresent(
    ctx,
    roster.map((s) => s.id),
    week,
  );
  const key = isoWeekKey(week);
  const reflected = new Set(
    reflectionsOf(
      ctx,
      roster.map((s) => s.id),
    )
      .filter((r) => r.key === key)
      .map((r) => r.studentId),
  );
  const period = periodAt(periods, today);
  auditAs(ctx, {
    action: 'mentor_team.week.view',
    subjectType: 'mentor_team',
    subjectId: team.id,
    detail: { week: key },
  });
  return {
    team: {
      id: team.id,
      name: team.name,
      cohortName: team.cohortName,
      sessionWeekday: team.sessionWeekday,
      schoolYearLabel: team.schoolYearLabel,
      members: membersOf(ctx, [team.id]).map(({ userId, name, teamRole, organisationName }) => ({
        userId,
        name,
        teamRole,
        organisationName,
      })),
      organisations: adoptersOf(ctx, [team.id]).map((o) => o.name),
    },
    week: {
      key,
      year: week.year,
      week: week.week,
      monday: mondayOfIsoWeek(week.year, week.week),
      sessionDate: dateInIsoWeek(week, team.sessionWeekday),
      isCurrent: key === isoWeekKey(current),
      inSchoolYear: weekInSchoolYear(team, week),
      previous: isoWeekKey(addWeeks(week, -1)),
      next: isoWeekKey(addWeeks(week, 1)),
    },
    log: log ?? null,
    students: roster.map((s) => ({
      id: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      planned: planned.get(s.id)!,
      attendance: attendance.get(s.id)?.attendance ?? null,
      daysPresent: attendance.get(s.id)?.daysPresent ?? null,
      confirmedAtWorkplace: confirmed.get(s.id) ?? null,
      reflected: reflected.has(s.id),
    })),
    weeks: calendar.map(({ key: k, week: w, year, state }) => ({ key: k, week: w, year, state })),
    missingWeeks: calendar
      .filter((w) => w.state === 'ontbreekt')
      .map(({ key: k, week: w, year }) => ({ key: k, week: w, year })),
    openSignals: listSignals(ctx, { teamId: team.id, includeClosed: false, q: '' }).map(({ history: _, ...s }) => s),
    hours: { period: period ? { id: period.id, name: period.name } : null, ...hoursSummary(ctx, team, period) },
  };
}
