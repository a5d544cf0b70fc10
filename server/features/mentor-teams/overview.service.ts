import { and, eq, inArray } from 'drizzle-orm';
import { signals, students } from '../../../db/schema';
import { isWithin, isoWeekKey, mondayOfIsoWeek } from '../../../shared/domain/dates';
import { SIGNAL_STATUSES, type SignalStatus } from '../../../shared/domain/mentor-teams';
import type { ServiceContext } from '../scope';
import { allTeams, thisWeek, todayOf } from './access';
import { chosenSchoolYear, teamsActiveBetween } from './school-year-scope';
import { addToTotals, attendanceOf, emptyTotals, logsOf } from './presence';
import { reflectionsOf } from './reflections.service';
import { hoursSummary } from './hours.service';
import { membersOf } from './teams.service';
import { periodAt, weekStates } from './session-calendar';
import { isSmall, shownCount } from '../regiegroep/public';

/**
 * Every team of the partnership in figures, for the projectleider and the regiegroep: which weeks
 * were logged or are missing, class presence, reflections, signals by status and hours against
 * budget. Counts only — no student names, no notes — so it needs no audit. Its readers are not the
 * team's members, so the "< 5" rule holds as on the dashboard (decision 073): a class of 1–4 is
 * "< 5", and its presence and reflection figures (which would describe those few) are not shown.
 * One school year at a time (decision 088; default the current one): the teams whose class belongs to it
 * or that logged in it, and every figure counted by date within it (another partnership's year: none).
 */
export function teamsOverview(ctx: ServiceContext, schoolYearId?: number) {
  const year = chosenSchoolYear(ctx, schoolYearId);
  if (!year) return [];
  const inYear = (date: string) => isWithin(date, year.startsOn, year.endsOn);
  const everyTeam = allTeams(ctx);
  const active = new Set(
    teamsActiveBetween(
      ctx,
      everyTeam.map((t) => t.id),
      year.startsOn,
      year.endsOn,
    ),
  );
  const teams = everyTeam.filter((t) => t.schoolYearId === year.id || active.has(t.id));
  const ids = teams.map((t) => t.id);
  const logs = logsOf(ctx, ids).filter((l) => inYear(l.sessionDate));
  const attendance = attendanceOf(
    ctx,
    logs.filter((l) => l.status !== 'vervallen').map((l) => l.id),
  );
  const members = membersOf(ctx, ids);
  // Signals raised in the year (the Monday of their first week), by their status now.
  const signalRows = ids.length
    ? ctx.db
        .select({
          teamId: signals.teamId,
          status: signals.status,
          year: signals.firstSeenYear,
          week: signals.firstSeenWeek,
        })
        .from(signals)
        .where(and(inArray(signals.teamId, ids), eq(signals.partnershipId, ctx.actor.partnershipId)))
        .all()
        .filter((r) => inYear(mondayOfIsoWeek(r.year, r.week)))
    : [];
  const today = todayOf(ctx);
  const currentKey = isoWeekKey(thisWeek(ctx));
  return teams.map((team) => {
    const teamLogs = logs.filter((l) => l.teamId === team.id);
    const periods = year.periods;
    const weeks = weekStates(
      {
        sessionWeekday: team.sessionWeekday,
        schoolYear: { startsOn: year.startsOn, endsOn: year.endsOn },
        periods,
        today,
      },
      teamLogs,
    );
    const logIds = new Set(teamLogs.map((l) => l.id));
    const presence = emptyTotals();
    for (const a of attendance.filter((x) => logIds.has(x.logId))) addToTotals(presence, a);
    const studentIds = ctx.db
      .select({ id: students.id })
      .from(students)
      .where(and(eq(students.cohortId, team.cohortId), eq(students.partnershipId, ctx.actor.partnershipId)))
      .all()
      .map((s) => s.id);
    const reflections = reflectionsOf(ctx, studentIds).filter((r) => inYear(mondayOfIsoWeek(r.isoYear, r.isoWeek)));
    // the period today falls in; for a past year its last period
    const period = periodAt(periods, today);
    const { budgetHours, spentHours } = hoursSummary(ctx, team, period);
    const small = isSmall(studentIds.length);
    return {
      id: team.id,
      name: team.name,
      cohortName: team.cohortName,
      members: members.filter((m) => m.teamId === team.id).map(({ name, teamRole }) => ({ name, teamRole })),
      studentCount: shownCount(studentIds.length),
      weeks: weeks.map(({ key, week, state }) => ({ key, week, state })),
      missingWeeks: weeks.filter((w) => w.state === 'ontbreekt').length,
      presence: small ? null : presence,
      reflectionsThisWeek: small ? null : reflections.filter((r) => r.key === currentKey).length,
      reflectionsTotal: small ? null : reflections.length,
      signals: Object.fromEntries(
        SIGNAL_STATUSES.map((s) => [s, signalRows.filter((c) => c.teamId === team.id && c.status === s).length]),
      ) as Record<SignalStatus, number>,
      hours: { periodName: period?.name ?? null, budgetHours, spentHours },
    };
  });
}
