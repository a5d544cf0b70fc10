import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { mentorTeams, studentReflections, students, users } from '../../../db/schema';
import { alias } from 'drizzle-orm/sqlite-core';
import type {
  reflectionAnswerSchema,
  reflectionReadSchema,
  weekReflectionsSchema,
} from '../../../shared/schemas/mentor-teams';
import { parseIsoWeekKey } from '../../../shared/domain/dates';
import { auditAs, audited, found, type ServiceContext } from '../scope';
import { classStudents, teamAccess } from './access';

const reader = alias(users, 'reader');
const answerer = alias(users, 'answerer');

/**
 * One week's reflections of a team's class on one page: every student of the class, with their
 * reflection (or none yet), whether a mentor read it and the answer. Audited as a view.
 */
export function weekReflections(ctx: ServiceContext, input: z.output<typeof weekReflectionsSchema>) {
  const team = teamAccess(ctx, input.teamId, 'read');
  const week = parseIsoWeekKey(input.week)!;
  const roster = classStudents(ctx, team);
  const rows = roster.length
    ? ctx.db
        .select({
          id: studentReflections.id,
          studentId: studentReflections.studentId,
          body: studentReflections.body,
          nextStep: studentReflections.nextStep,
          updatedAt: studentReflections.updatedAt,
          readAt: studentReflections.readAt,
          readByName: reader.name,
          answer: studentReflections.answer,
          answeredAt: studentReflections.answeredAt,
          answeredByName: answerer.name,
        })
        .from(studentReflections)
        .leftJoin(reader, eq(reader.id, studentReflections.readBy))
        .leftJoin(answerer, eq(answerer.id, studentReflections.answeredBy))
        .where(
          and(
            eq(studentReflections.partnershipId, ctx.actor.partnershipId),
            inArray(
              studentReflections.studentId,
              roster.map((s) => s.id),
            ),
            eq(studentReflections.isoYear, week.year),
            eq(studentReflections.isoWeek, week.week),
          ),
        )
        .all()
    : [];
  const byStudent = new Map(rows.map((r) => [r.studentId, r]));
  auditAs(ctx, {
    action: 'student_reflection.view',
    subjectType: 'mentor_team',
    subjectId: team.id,
    detail: { week: input.week, studentIds: rows.map((r) => r.studentId) },
  });
  return {
    team: { id: team.id, name: team.name },
    week: { key: input.week, year: week.year, week: week.week },
    students: roster.map((s) => {
      return { id: s.id, name: `${s.firstName} ${s.lastName}`, reflection: byStudent.get(s.id) ?? null };
    }),
  };
}

/** The reflection, if its student is in a class of a team the actor writes for; else not found. */
function reflectionForMentor(ctx: ServiceContext, id: number) {
  const r = found(
    ctx.db
      .select({ id: studentReflections.id, readAt: studentReflections.readAt, cohortId: students.cohortId })
      .from(studentReflections)
      .innerJoin(students, eq(students.id, studentReflections.studentId))
      .where(and(eq(studentReflections.id, id), eq(studentReflections.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  return { ...r, team: teamOfClass(ctx, r.cohortId) };
}

function teamOfClass(ctx: ServiceContext, cohortId: number | null) {
  const team = found(
    cohortId === null
      ? undefined
      : ctx.db
          .select({ id: mentorTeams.id })
          .from(mentorTeams)
          .where(and(eq(mentorTeams.cohortId, cohortId), eq(mentorTeams.partnershipId, ctx.actor.partnershipId)))
          .get(),
  );
  return teamAccess(ctx, team.id, 'write');
}

/** A mentor of the class marks a reflection read; the student sees that it was. */
export function markReflectionRead(ctx: ServiceContext, input: z.output<typeof reflectionReadSchema>) {
  const r = reflectionForMentor(ctx, input.id);
  return audited(ctx, 'student_reflection.read', 'student_reflection', (tx) => {
    if (r.readAt === null) {
      tx.update(studentReflections)
        .set({ readAt: ctx.clock.now(), readBy: ctx.actor.userId })
        .where(eq(studentReflections.id, r.id))
        .run();
    }
    return { id: r.id };
  });
}

/** A mentor answers a reflection (which also marks it read); the student sees the answer under it. */
export function answerReflection(ctx: ServiceContext, input: z.output<typeof reflectionAnswerSchema>) {
  const r = reflectionForMentor(ctx, input.id);
  const now = ctx.clock.now();
  return audited(ctx, 'student_reflection.answer', 'student_reflection', (tx) => {
    tx.update(studentReflections)
      .set({
        answer: input.answer,
        answeredBy: ctx.actor.userId,
        answeredAt: now,
        ...(r.readAt === null ? { readAt: now, readBy: ctx.actor.userId } : {}),
      })
      .where(eq(studentReflections.id, r.id))
      .run();
    return { id: r.id };
  });
}
