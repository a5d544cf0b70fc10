import { and, eq, ne, sql } from 'drizzle-orm';
import { preparedQuery } from '../../../db/prepared';
import type { z } from 'zod';
import { sessionAttendance, sessionLogs } from '../../../db/schema';
import type { logCreateSchema, logUpdateSchema } from '../../../shared/schemas/mentor-teams';
import { isoWeek, mondayOfIsoWeek, type IsoWeek } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { audited, found, uniqueOr, type ServiceContext } from '../scope';
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
    .where(and(eq(sessionLogs.teamId, sql.placeholder('teamId')), eq(sessionLogs.isoYear, sql.placeholder('year')), eq(sessionLogs.isoWeek, sql.placeholder('week')), ne(sessionLogs.id, sql.placeholder('exceptId'))))
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
  input.attendance.forEach((a, i) => {
    if (!inClass.has(a.studentId)) throw new AppError('BAD_REQUEST', 'e.mentorTeams.notInClass', `attendance.${i}.studentId`);
  });
  return { week, planned: plannedDaysFor(ctx, team, roster, mondayOfIsoWeek(week.year, week.week)) };
}

const textFields = ({ status, expectations, practiceSituations, lessonMaterial, agreements }: LogFields) => ({ status, expectations, practiceSituations, lessonMaterial, agreements });

const deleteAttendance = preparedQuery((db) =>
  db
    .delete(sessionAttendance)
    .where(and(eq(sessionAttendance.logId, sql.placeholder('logId')), sql`${sessionAttendance.studentId} in (select value from json_each(${sql.placeholder('studentIds')}))`))
    .prepare(),
);
const insertAttendance = preparedQuery((db) =>
  db
    .insert(sessionAttendance)
    .values({ logId: sql.placeholder('logId'), studentId: sql.placeholder('studentId'), attendance: sql.placeholder('attendance'), daysPlanned: sql.placeholder('daysPlanned'), daysPresent: sql.placeholder('daysPresent') })
    .prepare(),
);

/**
 * Replaces the attendance of the students named; students not named (e.g. who left the class) keep theirs.
 * Runs on the connection of `ctx.db`, so inside the caller's transaction.
 */
function writeAttendance(ctx: ServiceContext, logId: number, input: LogFields, planned: ReturnType<typeof plannedDaysFor>) {
  if (!input.attendance.length) return;
  deleteAttendance(ctx.db).run({ logId, studentIds: JSON.stringify(input.attendance.map((a) => a.studentId)) });
  const insert = insertAttendance(ctx.db);
  for (const a of input.attendance) {
    insert.run({ logId, studentId: a.studentId, attendance: a.attendance, daysPlanned: planned.get(a.studentId)?.days ?? 0, daysPresent: a.daysPresent });
  }
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
          .values({ ...textFields(input), partnershipId: ctx.actor.partnershipId, teamId: team.id, isoYear: week.year, isoWeek: week.week, sessionDate: input.sessionDate, createdBy: ctx.actor.userId, createdAt: now, updatedBy: ctx.actor.userId, updatedAt: now })
          .returning({ id: sessionLogs.id })
          .get();
        writeAttendance(ctx, row.id, input, planned);
        return row;
      }),
    LOG_EXISTS,
    'sessionDate',
  );
  return { id, isoYear: week.year, isoWeek: week.week, updatedAt: now };
}

const logInPartnership = preparedQuery((db) =>
  db.select().from(sessionLogs).where(and(eq(sessionLogs.id, sql.placeholder('id')), eq(sessionLogs.partnershipId, sql.placeholder('partnershipId')))).prepare(),
);

export function requireLog(ctx: ServiceContext, id: number) {
  return found(logInPartnership(ctx.db).get({ id, partnershipId: ctx.actor.partnershipId }));
}

export function updateLog(ctx: ServiceContext, input: LogUpdate) {
  const log = requireLog(ctx, input.id);
  const team = teamAccess(ctx, log.teamId, 'write');
  const { week, planned } = checkLog(ctx, team, input, log.id);
  const now = ctx.clock.now();
  uniqueOr(
    () =>
      audited(ctx, 'mentor_session_log.update', 'mentor_session_log', (tx) => {
        tx.update(sessionLogs)
          .set({ ...textFields(input), isoYear: week.year, isoWeek: week.week, sessionDate: input.sessionDate, updatedBy: ctx.actor.userId, updatedAt: now })
          .where(eq(sessionLogs.id, log.id))
          .run();
        writeAttendance(ctx, log.id, input, planned);
        return { id: log.id };
      }),
    LOG_EXISTS,
    'sessionDate',
  );
  return { id: log.id, isoYear: week.year, isoWeek: week.week, updatedAt: now };
}
