import { and, asc, eq, inArray } from 'drizzle-orm';
import { sessionAttendance, sessionLogs, users } from '../../../db/schema';
import { isoWeekKey } from '../../../shared/domain/dates';
import type { ServiceContext } from '../scope';
import type { TeamRow } from './access';

/** All logs of a team, in week order (content fields only when asked: the overview needs none). */
export function logsOf(ctx: ServiceContext, teamIds: number[]) {
  if (!teamIds.length) return [];
  return ctx.db
    .select({
      id: sessionLogs.id,
      teamId: sessionLogs.teamId,
      isoYear: sessionLogs.isoYear,
      isoWeek: sessionLogs.isoWeek,
      status: sessionLogs.status,
      sessionDate: sessionLogs.sessionDate,
    })
    .from(sessionLogs)
    .where(and(inArray(sessionLogs.teamId, teamIds), eq(sessionLogs.partnershipId, ctx.actor.partnershipId)))
    .orderBy(asc(sessionLogs.isoYear), asc(sessionLogs.isoWeek))
    .all()
    .map((l) => ({ ...l, key: isoWeekKey({ year: l.isoYear, week: l.isoWeek }) }));
}

export function logDetail(ctx: ServiceContext, team: TeamRow, year: number, week: number) {
  return ctx.db
    .select({
      id: sessionLogs.id,
      status: sessionLogs.status,
      sessionDate: sessionLogs.sessionDate,
      expectations: sessionLogs.expectations,
      practiceSituations: sessionLogs.practiceSituations,
      lessonMaterial: sessionLogs.lessonMaterial,
      agreements: sessionLogs.agreements,
      updatedAt: sessionLogs.updatedAt,
      revision: sessionLogs.revision,
      updatedByName: users.name,
    })
    .from(sessionLogs)
    .innerJoin(users, eq(users.id, sessionLogs.updatedBy))
    .where(and(eq(sessionLogs.teamId, team.id), eq(sessionLogs.isoYear, year), eq(sessionLogs.isoWeek, week)))
    .get();
}

/** Attendance and workplace days of the given logs. Personal data: callers audit the view. */
export function attendanceOf(ctx: ServiceContext, logIds: number[]) {
  if (!logIds.length) return [];
  return ctx.db
    .select({
      logId: sessionAttendance.logId,
      studentId: sessionAttendance.studentId,
      attendance: sessionAttendance.attendance,
      daysPlanned: sessionAttendance.daysPlanned,
      daysPresent: sessionAttendance.daysPresent,
    })
    .from(sessionAttendance)
    .where(inArray(sessionAttendance.logId, logIds))
    .all();
}

export interface PresenceTotals {
  /** Logged sessions (not "vervallen") where the student's attendance was recorded (not "niet ingevuld"). */
  sessions: number;
  present: number;
  excused: number;
  absent: number;
  /** Workplace days, over the weeks where days present were filled in. */
  daysPlanned: number;
  daysPresent: number;
}

export const emptyTotals = (): PresenceTotals => ({
  sessions: 0,
  present: 0,
  excused: 0,
  absent: 0,
  daysPlanned: 0,
  daysPresent: 0,
});

/**
 * Adds one registration to the totals. Attendance counts only where it was recorded, and workplace days
 * only where days present were filled in: a week nobody registered does not look like a week nobody came.
 */
export function addToTotals(
  t: PresenceTotals,
  row: { attendance: string | null; daysPlanned: number; daysPresent: number | null },
): PresenceTotals {
  if (row.attendance !== null) t.sessions += 1;
  if (row.attendance === 'aanwezig') t.present += 1;
  else if (row.attendance === 'afgemeld') t.excused += 1;
  else if (row.attendance === 'afwezig') t.absent += 1;
  if (row.daysPresent !== null) {
    t.daysPlanned += row.daysPlanned;
    t.daysPresent += row.daysPresent;
  }
  return t;
}
