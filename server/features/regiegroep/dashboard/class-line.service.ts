import { and, eq, ne } from 'drizzle-orm';
import {
  mentorHourEntries,
  sessionAttendance,
  sessionLogs,
  signalStatusChanges,
  signals,
  students,
} from '../../../../db/schema';
import { isoDateAt, isWithin, mondayOfIsoWeek } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../scope';
import { followedTeam } from '../../mentor-teams/public';
import { isSmall, rate, shownCount } from '../small-groups';
import { schoolYearsOf } from './scope';

/**
 * A class's line over its years (decision 088): its main figures per school year of the partnership,
 * each counted by date within the year's startsOn–endsOn, for every year in which the class has data
 * (and the year its class belongs to). Counts of sessions, signals and hours are not about students;
 * the rates are, and are hidden for a group of fewer than 5 (decision 073) — the students recorded that
 * year, and the class as it is. No count of students per year is shown: two years subtracted would give
 * away who left or joined (the attack test in small-groups-attacks.test.ts).
 */
export function classLine(ctx: ServiceContext, teamId: number) {
  const team = followedTeam(ctx, teamId);
  const { db } = ctx;
  const logs = db
    .select({ id: sessionLogs.id, sessionDate: sessionLogs.sessionDate, status: sessionLogs.status })
    .from(sessionLogs)
    .where(and(eq(sessionLogs.teamId, team.id), eq(sessionLogs.partnershipId, ctx.actor.partnershipId)))
    .all();
  const attendance = db
    .select({
      sessionDate: sessionLogs.sessionDate,
      studentId: sessionAttendance.studentId,
      attendance: sessionAttendance.attendance,
      daysPlanned: sessionAttendance.daysPlanned,
      daysPresent: sessionAttendance.daysPresent,
    })
    .from(sessionAttendance)
    .innerJoin(sessionLogs, eq(sessionLogs.id, sessionAttendance.logId))
    .where(
      and(
        eq(sessionLogs.teamId, team.id),
        eq(sessionLogs.partnershipId, ctx.actor.partnershipId),
        ne(sessionLogs.status, 'vervallen'),
      ),
    )
    .all();
  const hours = db
    .select({ date: mentorHourEntries.date, minutes: mentorHourEntries.minutes })
    .from(mentorHourEntries)
    .where(eq(mentorHourEntries.teamId, team.id))
    .all();
  const raised = db
    .select({ year: signals.firstSeenYear, week: signals.firstSeenWeek })
    .from(signals)
    .where(and(eq(signals.teamId, team.id), eq(signals.partnershipId, ctx.actor.partnershipId)))
    .all()
    .map((s) => mondayOfIsoWeek(s.year, s.week));
  const closed = db
    .select({ at: signalStatusChanges.changedAt })
    .from(signalStatusChanges)
    .innerJoin(signals, eq(signals.id, signalStatusChanges.signalId))
    .where(
      and(
        eq(signals.teamId, team.id),
        eq(signals.partnershipId, ctx.actor.partnershipId),
        eq(signalStatusChanges.toStatus, 'afgerond'),
      ),
    )
    .all()
    .map((c) => isoDateAt(c.at));
  const classSize = db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.cohortId, team.cohortId), eq(students.partnershipId, ctx.actor.partnershipId)))
    .all().length;

  const years = schoolYearsOf(ctx).map((y) => {
    const inYear = (date: string) => isWithin(date, y.startsOn, y.endsOn);
    const yearLogs = logs.filter((l) => inYear(l.sessionDate));
    const rows = attendance.filter((a) => inYear(a.sessionDate));
    const recorded = rows.filter((a) => a.attendance !== null);
    const withDays = rows.filter((a) => a.daysPresent !== null);
    const group = new Set(rows.map((a) => a.studentId)).size;
    const hidden = isSmall(group) || isSmall(classSize);
    const minutes = hours.filter((h) => inYear(h.date)).reduce((n, h) => n + h.minutes, 0);
    const signalsRaised = raised.filter(inYear).length;
    const signalsClosed = closed.filter(inYear).length;
    const hasData = yearLogs.length > 0 || minutes > 0 || signalsRaised > 0 || signalsClosed > 0;
    return {
      schoolYearId: y.id,
      label: y.label,
      hasData: hasData || y.id === team.schoolYearId,
      sessionsHeld: yearLogs.filter((l) => l.status !== 'vervallen').length,
      presenceRate: hidden ? null : rate(recorded.filter((a) => a.attendance === 'aanwezig').length, recorded.length),
      workplaceRate: hidden
        ? null
        : rate(
            withDays.reduce((n, a) => n + (a.daysPresent ?? 0), 0),
            withDays.reduce((n, a) => n + a.daysPlanned, 0),
          ),
      signalsRaised,
      signalsClosed,
      hours: Math.round(minutes / 6) / 10,
    };
  });
  return {
    team: { id: team.id, name: team.name, cohortName: team.cohortName },
    classSize: shownCount(classSize),
    years: years.filter((y) => y.hasData).map(({ hasData: _, ...y }) => y),
  };
}
