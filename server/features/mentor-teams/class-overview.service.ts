import type { z } from 'zod';
import type { teamIdSchema, teamStudentSchema } from '../../../shared/schemas/mentor-teams';
import { auditAs, type ServiceContext } from '../scope';
import { actorKey, cachedRead } from '../../cache/read-cache';
import { classStudents, periodsOf, requireClassStudent, teamAccess, todayOf, type TeamRow } from './access';
import { addToTotals, attendanceOf, emptyTotals, logsOf } from './presence';
import { reflectionsOf } from './reflections.service';
import { notesOf } from './notes.service';
import { weekStates } from './session-calendar';

function calendarOf(ctx: ServiceContext, team: TeamRow) {
  const logs = logsOf(ctx, [team.id]);
  const weeks = weekStates(
    {
      sessionWeekday: team.sessionWeekday,
      schoolYear: { startsOn: team.schoolYearStartsOn, endsOn: team.schoolYearEndsOn },
      periods: periodsOf(ctx, team),
      today: todayOf(ctx),
    },
    logs,
  );
  return { logs, weeks: weeks.map(({ key, year, week, state }) => ({ key, year, week, state })) };
}

/** One student's presence in one logged week. */
interface PresenceCell {
  attendance: string | null;
  daysPlanned: number;
  daysPresent: number | null;
}
/** A student's presence per logged week, by week key. */
type PresenceCells = Map<string, PresenceCell>;

/** Presence per student per logged week; "vervallen" weeks had no session and count for nobody. */
function presenceByStudent(ctx: ServiceContext, logs: ReturnType<typeof logsOf>) {
  const held = logs.filter((l) => l.status !== 'vervallen');
  const keyOf = new Map(held.map((l) => [l.id, l.key]));
  const out = new Map<number, PresenceCells>();
  for (const a of attendanceOf(
    ctx,
    held.map((l) => l.id),
  )) {
    const cells = out.get(a.studentId) ?? new Map<string, PresenceCell>();
    cells.set(keyOf.get(a.logId)!, {
      attendance: a.attendance,
      daysPlanned: a.daysPlanned,
      daysPresent: a.daysPresent,
    });
    out.set(a.studentId, cells);
  }
  return out;
}

/** Students × weeks: attendance, workplace days and whether a reflection was written; totals per student and class. */
export function classOverview(ctx: ServiceContext, input: z.output<typeof teamIdSchema>) {
  // The overview is computed once per change of the tables it reads and per day
  // (server/cache/read-cache.ts); audited on every view.
  const team = teamAccess(ctx, input.teamId, 'read');
  const overview = cachedRead(
    ctx.db,
    `mentorTeams.classOverview|${actorKey(ctx.actor)}|${team.id}|${todayOf(ctx)}`,
    () => computeClassOverview(ctx, team),
  );
  auditAs(ctx, { action: 'mentor_team.class.view', subjectType: 'mentor_team', subjectId: team.id });
  return overview;
}

function computeClassOverview(ctx: ServiceContext, team: TeamRow) {
  const { logs, weeks: calendar } = calendarOf(ctx, team);
  // The latest weeks first: a mentor opens the overview for the weeks just gone.
  const weeks = [...calendar].reverse();
  const roster = classStudents(ctx, team);
  const presence = presenceByStudent(ctx, logs);
  const reflections = reflectionsOf(
    ctx,
    roster.map((s) => s.id),
  );
  const classTotals = { ...emptyTotals(), reflections: 0 };
  const rows = roster.map((s) => {
    const cells = presence.get(s.id) ?? new Map<string, PresenceCell>();
    const written = new Set(reflections.filter((r) => r.studentId === s.id).map((r) => r.key));
    const totals = { ...emptyTotals(), reflections: weeks.filter((w) => written.has(w.key)).length };
    for (const cell of cells.values()) addToTotals(totals, cell);
    for (const cell of cells.values()) addToTotals(classTotals, cell);
    classTotals.reflections += totals.reflections;
    return {
      id: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      institutionName: s.institutionName,
      cells: weeks.map((w) => ({
        ...(cells.get(w.key) ?? { attendance: null, daysPlanned: null, daysPresent: null }),
        reflected: written.has(w.key),
      })),
      totals,
    };
  });
  return { team: { id: team.id, name: team.name, cohortName: team.cohortName }, weeks, students: rows, classTotals };
}

/** One student as the mentor team sees them: notes, reflections, presence per week. Audited. */
export function studentForTeam(ctx: ServiceContext, input: z.output<typeof teamStudentSchema>) {
  const team = teamAccess(ctx, input.teamId, 'read');
  const student = requireClassStudent(ctx, team, input.studentId);
  const { logs, weeks } = calendarOf(ctx, team);
  const cells = presenceByStudent(ctx, logs).get(student.id) ?? new Map<string, PresenceCell>();
  const totals = emptyTotals();
  for (const cell of cells.values()) addToTotals(totals, cell);
  const logStates = new Map(weeks.map((w) => [w.key, w.state]));
  auditAs(ctx, {
    action: 'student.mentor_view',
    subjectType: 'student',
    subjectId: student.id,
    detail: { teamId: team.id },
  });
  return {
    team: { id: team.id, name: team.name, cohortName: team.cohortName },
    student: {
      id: student.id,
      firstName: student.firstName,
      lastName: student.lastName,
      programmeName: student.programmeName,
      institutionName: student.institutionName,
    },
    notes: notesOf(ctx, team.id, student.id),
    reflections: reflectionsOf(ctx, [student.id]).map(({ studentId: _, ...r }) => r),
    presence: weeks
      .filter((w) => cells.has(w.key) || w.state !== 'ontbreekt')
      .map((w) => ({
        key: w.key,
        year: w.year,
        week: w.week,
        state: logStates.get(w.key)!,
        ...(cells.get(w.key) ?? { attendance: null, daysPlanned: null, daysPresent: null }),
      }))
      .reverse(),
    totals,
  };
}
