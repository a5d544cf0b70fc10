import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { students, topLocations, users, workplaceQuestions } from '../../../db/schema';
import { QUESTION_STATUSES } from '../../../shared/domain/workplace';
import type { questionStatusSchema, workplaceStudentSchema } from '../../../shared/schemas/workplace';
import { AppError } from '../../errors';
import { readableClassIds } from '../mentor-teams/public';
import { audited, auditAs, found, revised, type ServiceContext } from '../scope';
import { requireTeamStudent } from './access';
import { observationsOf, presenceWeeks, weekOf, weeksUpTo } from './records';

/** Weeks the mentor team sees at once: planned against confirmed, the chosen week and the ones before. */
const WEEKS_SHOWN = 4;

/** What the workplace told about one student of the team's class. Audited. */
export function workplaceForTeam(ctx: ServiceContext, input: z.output<typeof workplaceStudentSchema>) {
  const student = requireTeamStudent(ctx, input.studentId);
  auditAs(ctx, { action: 'student.workplace_view', subjectType: 'student', subjectId: student.id });
  return {
    student,
    weeks: presenceWeeks(ctx, student.id, weeksUpTo(weekOf(ctx, input.week), WEEKS_SHOWN)),
    observations: observationsOf(ctx, student.id).map(({ mine: _, ...o }) => o),
  };
}

/** The questions from the workplaces about the students of the actor's classes; open ones first. */
export function questionsForTeam(ctx: ServiceContext) {
  const classes = readableClassIds(ctx);
  if (!classes.length) return [];
  const rows = ctx.db
    .select({
      id: workplaceQuestions.id,
      body: workplaceQuestions.body,
      status: workplaceQuestions.status,
      revision: workplaceQuestions.revision,
      createdAt: workplaceQuestions.createdAt,
      studentId: students.id,
      firstName: students.firstName,
      lastName: students.lastName,
      locationName: topLocations.name,
      authorName: users.name,
    })
    .from(workplaceQuestions)
    .innerJoin(students, eq(students.id, workplaceQuestions.studentId))
    .innerJoin(topLocations, eq(topLocations.id, workplaceQuestions.locationId))
    .innerJoin(users, eq(users.id, workplaceQuestions.authorUserId))
    .where(and(eq(workplaceQuestions.partnershipId, ctx.actor.partnershipId), inArray(students.cohortId, classes)))
    .orderBy(asc(workplaceQuestions.status), desc(workplaceQuestions.createdAt))
    .all()
    .map(({ firstName, lastName, ...q }) => ({ ...q, studentName: `${firstName} ${lastName}` }));
  auditAs(ctx, {
    action: 'workplace_question.list',
    subjectType: 'workplace_question',
    subjectId: null,
    detail: { questions: rows.length },
  });
  // "afgerond" sorts before "nieuw" alphabetically: order by the status's place in its flow instead.
  return rows.sort(
    (a, b) => QUESTION_STATUSES.indexOf(a.status as never) - QUESTION_STATUSES.indexOf(b.status as never),
  );
}

/** Triage: the team moves a question forward (nieuw → opgepakt → afgerond), never back. */
export function setQuestionStatus(ctx: ServiceContext, input: z.output<typeof questionStatusSchema>) {
  const question = found(
    ctx.db
      .select({ id: workplaceQuestions.id, studentId: workplaceQuestions.studentId, status: workplaceQuestions.status })
      .from(workplaceQuestions)
      .where(and(eq(workplaceQuestions.id, input.id), eq(workplaceQuestions.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  requireTeamStudent(ctx, question.studentId);
  const from = QUESTION_STATUSES.indexOf(question.status as (typeof QUESTION_STATUSES)[number]);
  return audited(ctx, 'workplace_question.status', 'workplace_question', (tx) => {
    // A stale move first hears who moved it in between; a backward move on the current one is refused.
    const revision = revised(ctx, 'workplace_question', input.id, input.revision);
    if (QUESTION_STATUSES.indexOf(input.status) <= from)
      throw new AppError('BAD_REQUEST', 'e.workplace.backwards', 'status');
    tx.update(workplaceQuestions).set({ status: input.status }).where(eq(workplaceQuestions.id, input.id)).run();
    return { id: input.id, revision };
  });
}
