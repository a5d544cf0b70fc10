import { and, eq, ne, sql } from 'drizzle-orm';
import { preparedQuery } from '../../../db/prepared';
import type { z } from 'zod';
import { sessionLogs } from '../../../db/schema';
import type { logCreateSchema, logUpdateSchema } from '../../../shared/schemas/mentor-teams';
import { isoWeek, mondayOfIsoWeek, type IsoWeek } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { audited, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { classStudents, requireDateInSchoolYear, teamAccess, type TeamRow } from './access';
import { plannedDaysFor } from './planned-days';

type LogCreate = z.output<typeof logCreateSchema>;
type LogUpdate = z.output<typeof logUpdateSchema>;
type LogFields = Omit<LogCreate, 'teamId'>;

const LOG_EXISTS = 'e.mentorTeams.logExists';

const otherLogOfWeek = preparedQuery((db) =>
  db
    .select({ id: sessionLogs.id })
    .from(sessionLogs)
    .where(
      and(
        eq(sessionLogs.teamId, sql.placeholder('teamId')),
        eq(sessionLogs.isoYear, sql.placeholder('year')),
        eq(sessionLogs.isoWeek, sql.placeholder('week')),
        ne(sessionLogs.id, sql.placeholder('exceptId')),
      ),
    )
    .prepare(),
);

function logOfWeek(ctx: ServiceContext, teamId: number, week: IsoWeek, exceptId?: number) {
  // ids start at 1: "except 0" excepts nothing
  return otherLogOfWeek(ctx.db).get({ teamId, year: week.year, week: week.week, exceptId: exceptId ?? 0 });
}

/** The date must be in the school year, the week free, and every student in the class. */
function checkLog(ctx: ServiceContext, team: TeamRow, input: LogFields, exceptId?: number) {
  requireDateInSchoolYear(team, input.sessionDate, 'sessionDate');
  const week = isoWeek(input.sessionDate);
  if (logOfWeek(ctx, team.id, week, exceptId)) throw new AppError('CONFLICT', LOG_EXISTS, 'sessionDate');
  const roster = classStudents(ctx, team);
  const inClass = new Set(roster.map((s) => s.id));
  const named = new Set<number>();
  input.attendance.forEach((a, i) => {
    if (!inClass.has(a.studentId))
      throw new AppError('BAD_REQUEST', 'e.mentorTeams.notInClass', `attendance.${i}.studentId`);
    if (named.has(a.studentId))
      throw new AppError('BAD_REQUEST', 'e.mentorTeams.studentTwice', `attendance.${i}.studentId`);
    named.add(a.studentId);
  });
  return { week, planned: plannedDaysFor(ctx, team, roster, mondayOfIsoWeek(week.year, week.week)) };
}

const textFields = ({ status, expectations, practiceSituations, lessonMaterial, agreements }: LogFields) => ({
  status,
  expectations,
  practiceSituations,
  lessonMaterial,
  agreements,
});

const DELETE_ATTENDANCE =
  'delete from "mentor_session_attendance" where "log_id" = ? and "student_id" in (select value from json_each(?))';
// The whole class in one statement, whatever its size: the rows go in as one JSON array.
const INSERT_ATTENDANCE = `insert into "mentor_session_attendance" ("log_id", "student_id", "attendance", "days_planned", "days_present")
  select ?, value ->> 'studentId', value ->> 'attendance', value ->> 'daysPlanned', value ->> 'daysPresent' from json_each(?)`;

/**
 * Replaces the attendance of the students named; students not named (e.g. who left the class) keep theirs.
 * Runs on the connection of `ctx.db`, so inside the caller's transaction.
 */
function writeAttendance(
  ctx: ServiceContext,
  logId: number,
  input: LogFields,
  planned: ReturnType<typeof plannedDaysFor>,
) {
  if (!input.attendance.length) return;
  const sqlite = ctx.db.$client;
  sqlite.prepare(DELETE_ATTENDANCE).run(logId, JSON.stringify(input.attendance.map((a) => a.studentId)));
  const rows = input.attendance.map((a) => ({
    studentId: a.studentId,
    attendance: a.attendance,
    daysPlanned: planned.get(a.studentId)?.days ?? 0,
    daysPresent: a.daysPresent,
  }));
  sqlite.prepare(INSERT_ATTENDANCE).run(logId, JSON.stringify(rows));
}

/** A second log for the same team and week is refused at the date field: edit the existing one. */
export function createLog(ctx: ServiceContext, input: LogCreate) {
  const team = teamAccess(ctx, input.teamId, 'write');
  const { week, planned } = checkLog(ctx, team, input);
  const now = ctx.clock.now();
  const { id } = uniqueOr(
    () =>
      audited(ctx, 'mentor_session_log.create', 'mentor_session_log', (tx) => {
        const row = tx
          .insert(sessionLogs)
          .values({
            ...textFields(input),
            partnershipId: ctx.actor.partnershipId,
            teamId: team.id,
            isoYear: week.year,
            isoWeek: week.week,
            sessionDate: input.sessionDate,
            createdBy: ctx.actor.userId,
            createdAt: now,
            updatedBy: ctx.actor.userId,
            updatedAt: now,
          })
          .returning({ id: sessionLogs.id })
          .get();
        writeAttendance(ctx, row.id, input, planned);
        return row;
      }),
    LOG_EXISTS,
    'sessionDate',
  );
  return { id, isoYear: week.year, isoWeek: week.week, updatedAt: now, revision: 0 };
}

const logInPartnership = preparedQuery((db) =>
  db
    .select()
    .from(sessionLogs)
    .where(
      and(eq(sessionLogs.id, sql.placeholder('id')), eq(sessionLogs.partnershipId, sql.placeholder('partnershipId'))),
    )
    .prepare(),
);

export function requireLog(ctx: ServiceContext, id: number) {
  return found(logInPartnership(ctx.db).get({ id, partnershipId: ctx.actor.partnershipId }));
}

// a log is saved while the mentor types: the statement is prepared once (drizzle's `set` takes a
// placeholder only wrapped in sql``)
const param = (name: string) => sql`${sql.placeholder(name)}`;
const saveLog = preparedQuery((db) =>
  db
    .update(sessionLogs)
    .set({
      status: param('status'),
      expectations: param('expectations'),
      practiceSituations: param('practiceSituations'),
      lessonMaterial: param('lessonMaterial'),
      agreements: param('agreements'),
      isoYear: param('isoYear'),
      isoWeek: param('isoWeek'),
      sessionDate: param('sessionDate'),
      updatedBy: param('updatedBy'),
      updatedAt: param('updatedAt'),
    })
    .where(eq(sessionLogs.id, sql.placeholder('id')))
    .prepare(),
);

export function updateLog(ctx: ServiceContext, input: LogUpdate) {
  const log = requireLog(ctx, input.id);
  const team = teamAccess(ctx, log.teamId, 'write');
  const { week, planned } = checkLog(ctx, team, input, log.id);
  const now = ctx.clock.now();
  let revision = 0;
  uniqueOr(
    () =>
      audited(ctx, 'mentor_session_log.update', 'mentor_session_log', () => {
        // a save over another member's newer one is refused, never silently applied (decision 071)
        revision = revised(ctx, 'mentor_session_log', log.id, input.revision);
        saveLog(ctx.db).run({
          ...textFields(input),
          isoYear: week.year,
          isoWeek: week.week,
          sessionDate: input.sessionDate,
          updatedBy: ctx.actor.userId,
          updatedAt: now,
          id: log.id,
        });
        writeAttendance(ctx, log.id, input, planned);
        return { id: log.id };
      }),
    LOG_EXISTS,
    'sessionDate',
  );
  return { id: log.id, isoYear: week.year, isoWeek: week.week, updatedAt: now, revision };
}
