import { and, eq, inArray, ne } from 'drizzle-orm';
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
type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

const LOG_EXISTS = 'e.mentorTeams.logExists';

function logOfWeek(ctx: ServiceContext, teamId: number, week: IsoWeek, exceptId?: number) {
  const conditions = [eq(sessionLogs.teamId, teamId), eq(sessionLogs.isoYear, week.year), eq(sessionLogs.isoWeek, week.week)];
  if (exceptId !== undefined) conditions.push(ne(sessionLogs.id, exceptId));
  return ctx.db.select({ id: sessionLogs.id }).from(sessionLogs).where(and(...conditions)).get();
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

/** Replaces the attendance of the students named; students not named (e.g. who left the class) keep theirs. */
function writeAttendance(tx: Tx, logId: number, input: LogFields, planned: ReturnType<typeof plannedDaysFor>) {
  const ids = input.attendance.map((a) => a.studentId);
  if (ids.length) tx.delete(sessionAttendance).where(and(eq(sessionAttendance.logId, logId), inArray(sessionAttendance.studentId, ids))).run();
  // one statement for the whole class (a class has at most a few dozen students)
  if (ids.length) {
    tx.insert(sessionAttendance)
      .values(input.attendance.map((a) => ({ logId, studentId: a.studentId, attendance: a.attendance, daysPlanned: planned.get(a.studentId)?.days ?? 0, daysPresent: a.daysPresent })))
      .run();
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
        writeAttendance(tx, row.id, input, planned);
        return row;
      }),
    LOG_EXISTS,
    'sessionDate',
  );
  return { id, isoYear: week.year, isoWeek: week.week, updatedAt: now };
}

export function requireLog(ctx: ServiceContext, id: number) {
  return found(ctx.db.select().from(sessionLogs).where(and(eq(sessionLogs.id, id), eq(sessionLogs.partnershipId, ctx.actor.partnershipId))).get());
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
        writeAttendance(tx, log.id, input, planned);
        return { id: log.id };
      }),
    LOG_EXISTS,
    'sessionDate',
  );
  return { id: log.id, isoYear: week.year, isoWeek: week.week, updatedAt: now };
}
