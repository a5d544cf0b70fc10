import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { preparedQuery } from '../../../db/prepared';
import type { z } from 'zod';
import {
  cohorts,
  mentorTeams,
  periods,
  schoolYears,
  studentNotes,
  studentReflections,
  students,
  users,
} from '../../../db/schema';
import type { reflectionInputSchema } from '../../../shared/schemas/mentor-teams';
import { compareIsoWeeks, isoWeekKey, isoWeeksBetween, parseIsoWeekKey } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { auditAs, audited, found, type ServiceContext } from '../scope';
import { thisWeek, todayOf, weekInSchoolYear } from './access';
import { cachedRead } from '../../cache/read-cache';
import { notifyNewReflection } from '../mail/public';

/** Reflections of some students (the callers check the team's access and audit the view). */
export function reflectionsOf(ctx: ServiceContext, studentIds: number[]) {
  if (!studentIds.length) return [];
  return ctx.db
    .select({
      id: studentReflections.id,
      studentId: studentReflections.studentId,
      isoYear: studentReflections.isoYear,
      isoWeek: studentReflections.isoWeek,
      body: studentReflections.body,
      nextStep: studentReflections.nextStep,
      updatedAt: studentReflections.updatedAt,
      readAt: studentReflections.readAt,
      answer: studentReflections.answer,
      answeredByName: users.name,
    })
    .from(studentReflections)
    .leftJoin(users, eq(users.id, studentReflections.answeredBy))
    .where(
      and(
        inArray(studentReflections.studentId, studentIds),
        eq(studentReflections.partnershipId, ctx.actor.partnershipId),
      ),
    )
    .orderBy(desc(studentReflections.isoYear), desc(studentReflections.isoWeek))
    .all()
    .map((r) => ({ ...r, key: isoWeekKey({ year: r.isoYear, week: r.isoWeek }) }));
}

/** The acting student's record with their school year and class's team, or "not found". */
const studentWithClass = preparedQuery((db) =>
  db
    .select({
      id: students.id,
      firstName: students.firstName,
      schoolYearId: students.schoolYearId,
      cohortId: students.cohortId,
      cohortName: cohorts.name,
      schoolYearStartsOn: schoolYears.startsOn,
      schoolYearEndsOn: schoolYears.endsOn,
      teamName: mentorTeams.name,
    })
    .from(students)
    .innerJoin(schoolYears, eq(schoolYears.id, students.schoolYearId))
    .leftJoin(cohorts, eq(cohorts.id, students.cohortId))
    .leftJoin(mentorTeams, eq(mentorTeams.cohortId, students.cohortId))
    .where(
      and(eq(students.id, sql.placeholder('studentId')), eq(students.partnershipId, sql.placeholder('partnershipId'))),
    )
    .prepare(),
);

function ownStudent(ctx: ServiceContext) {
  if (ctx.actor.studentId === null) throw new AppError('NOT_FOUND', 'e.mentorTeams.noStudent');
  const { studentId, partnershipId } = ctx.actor;
  // every save of a reflection asks again: kept until a table it read is written
  return found(
    cachedRead(ctx.db, `mentorTeams.ownStudent|${partnershipId}|${studentId}`, () =>
      studentWithClass(ctx.db).get({ studentId, partnershipId }),
    ),
  );
}

const reflectionOfWeek = preparedQuery((db) =>
  db
    .select({ id: studentReflections.id })
    .from(studentReflections)
    .where(
      and(
        eq(studentReflections.studentId, sql.placeholder('studentId')),
        eq(studentReflections.isoYear, sql.placeholder('year')),
        eq(studentReflections.isoWeek, sql.placeholder('week')),
      ),
    )
    .prepare(),
);

/** A student's own page: their reflections by week and the notes their mentor team marked for them. */
export function myReflections(ctx: ServiceContext) {
  if (ctx.actor.studentId === null) return null;
  const student = ownStudent(ctx);
  const current = thisWeek(ctx);
  const today = todayOf(ctx);
  const last = today < student.schoolYearEndsOn ? today : student.schoolYearEndsOn;
  const reflections = reflectionsOf(ctx, [student.id]).map(({ studentId: _, ...r }) => r);
  const written = new Set(reflections.map((r) => r.key));
  // Weeks to reflect on start with the first period (teaching), not on 1 August.
  const firstPeriod = ctx.db
    .select({ startsOn: periods.startsOn })
    .from(periods)
    .where(eq(periods.schoolYearId, student.schoolYearId))
    .orderBy(asc(periods.startsOn))
    .get();
  const weeks = isoWeeksBetween(firstPeriod?.startsOn ?? student.schoolYearStartsOn, last)
    .reverse()
    .map((w) => ({ key: isoWeekKey(w), year: w.year, week: w.week, written: written.has(isoWeekKey(w)) }));
  const notes = ctx.db
    .select({ id: studentNotes.id, body: studentNotes.body, authorName: users.name, createdAt: studentNotes.createdAt })
    .from(studentNotes)
    .innerJoin(users, eq(users.id, studentNotes.authorUserId))
    .where(
      and(
        eq(studentNotes.studentId, student.id),
        eq(studentNotes.visibleToStudent, true),
        eq(studentNotes.partnershipId, ctx.actor.partnershipId),
      ),
    )
    .orderBy(desc(studentNotes.createdAt))
    .all();
  auditAs(ctx, {
    action: 'student_reflection.view',
    subjectType: 'student',
    subjectId: student.id,
    detail: { self: true },
  });
  return {
    firstName: student.firstName,
    cohortName: student.cohortName,
    teamName: student.teamName,
    currentWeek: { key: isoWeekKey(current), year: current.year, week: current.week },
    weeks,
    reflections,
    notes,
  };
}

/** Writes (or rewrites) the student's reflection of a week: in their school year, not in the future. */
export function saveReflection(ctx: ServiceContext, input: z.output<typeof reflectionInputSchema>) {
  const student = ownStudent(ctx);
  const week = parseIsoWeekKey(input.week)!;
  if (!weekInSchoolYear(student, week)) throw new AppError('BAD_REQUEST', 'v.dateOutsideYear', 'week');
  if (compareIsoWeeks(week, thisWeek(ctx)) > 0) throw new AppError('BAD_REQUEST', 'v.mentorTeams.weekInFuture', 'week');
  const existing = reflectionOfWeek(ctx.db).get({ studentId: student.id, year: week.year, week: week.week });
  const now = ctx.clock.now();
  const fields = { body: input.body, nextStep: input.nextStep, updatedAt: now };
  // A rewritten reflection is new to the mentors again: the read mark goes (an answer stays).
  const unread = { readAt: null, readBy: null };
  return audited(
    ctx,
    existing ? 'student_reflection.update' : 'student_reflection.create',
    'student_reflection',
    (tx) => {
      if (existing) {
        tx.update(studentReflections)
          .set({ ...fields, ...unread })
          .where(eq(studentReflections.id, existing.id))
          .run();
        return { id: existing.id, key: input.week };
      }
      const created = tx
        .insert(studentReflections)
        .values({
          ...fields,
          partnershipId: ctx.actor.partnershipId,
          studentId: student.id,
          isoYear: week.year,
          isoWeek: week.week,
          createdAt: now,
        })
        .returning({ id: studentReflections.id })
        .get();
      notifyNewReflection(tx, ctx.clock, created.id);
      return { ...created, key: input.week };
    },
  );
}
