import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { workplaceObservations, workplacePresence, workplaceQuestions } from '../../../db/schema';
import { todayOf, audited, auditAs, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { AppError } from '../../errors';
import { parseIsoWeekKey } from '../../../shared/domain/dates';
import type {
  observationCreateSchema,
  observationUpdateSchema,
  presenceSchema,
  questionCreateSchema,
  workplaceStudentSchema,
} from '../../../shared/schemas/workplace';
import { ownLocationId, placedStudents, requirePlacedStudent } from './access';
import { observationsOf, presenceWeeks, weekOf } from './records';

/** The werkbegeleider's students: placed at their TOP-locatie now, or earlier. Audited (a list of names). */
export function myStudents(ctx: ServiceContext) {
  const today = todayOf(ctx);
  const list = placedStudents(ctx).map(({ studentId, firstName, lastName, ...s }) => ({
    ...s,
    studentId,
    name: `${firstName} ${lastName}`,
    current: s.from <= today && today <= s.to,
  }));
  auditAs(ctx, {
    action: 'workplace.list',
    subjectType: 'top_location',
    subjectId: ownLocationId(ctx),
    detail: { students: list.length },
  });
  return list;
}

/** One of their students: the week's planned and confirmed days, and the observations. Audited. */
export function studentAtWorkplace(ctx: ServiceContext, input: z.output<typeof workplaceStudentSchema>) {
  const student = requirePlacedStudent(ctx, input.studentId);
  const week = weekOf(ctx, input.week);
  auditAs(ctx, { action: 'student.workplace_view', subjectType: 'student', subjectId: student.studentId });
  return {
    student: {
      id: student.studentId,
      name: `${student.firstName} ${student.lastName}`,
      programmeName: student.programmeName,
      days: student.days,
    },
    presence: presenceWeeks(ctx, student.studentId, [week])[0]!,
    observations: observationsOf(ctx, student.studentId),
  };
}

/** Confirms the days of one week: the first save creates the week, later ones send its revision. */
export function confirmPresence(ctx: ServiceContext, input: z.output<typeof presenceSchema>) {
  const student = requirePlacedStudent(ctx, input.studentId);
  const week = parseIsoWeekKey(input.week)!;
  const days = Object.fromEntries(input.days.map((d) => [String(d.weekday), d.status]));
  const now = ctx.clock.now();
  return audited(ctx, 'workplace_presence.update', 'workplace_presence', (tx) => {
    if (input.revision === null)
      return uniqueOr(
        () =>
          tx
            .insert(workplacePresence)
            .values({
              partnershipId: ctx.actor.partnershipId,
              studentId: student.studentId,
              locationId: student.locationId,
              isoYear: week.year,
              isoWeek: week.week,
              days,
              createdAt: now,
              updatedAt: now,
              updatedBy: ctx.actor.userId,
            })
            .returning({ id: workplacePresence.id, revision: workplacePresence.revision })
            .get(),
        'e.workplace.presenceExists',
        'days',
      );
    const row = found(
      tx
        .select({ id: workplacePresence.id })
        .from(workplacePresence)
        .where(
          and(
            eq(workplacePresence.studentId, student.studentId),
            eq(workplacePresence.isoYear, week.year),
            eq(workplacePresence.isoWeek, week.week),
            eq(workplacePresence.partnershipId, ctx.actor.partnershipId),
          ),
        )
        .get(),
    );
    const revision = revised(ctx, 'workplace_presence', row.id, input.revision);
    tx.update(workplacePresence)
      .set({ days, locationId: student.locationId })
      .where(eq(workplacePresence.id, row.id))
      .run();
    return { id: row.id, revision };
  });
}

export function addObservation(ctx: ServiceContext, input: z.output<typeof observationCreateSchema>) {
  const student = requirePlacedStudent(ctx, input.studentId);
  const now = ctx.clock.now();
  return audited(ctx, 'workplace_observation.create', 'workplace_observation', (tx) =>
    tx
      .insert(workplaceObservations)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        locationId: student.locationId,
        authorUserId: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workplaceObservations.id })
      .get(),
  );
}

/** An observation is its author's words: only they change it, and only while the student is theirs. */
export function updateObservation(ctx: ServiceContext, input: z.output<typeof observationUpdateSchema>) {
  const observation = found(
    ctx.db
      .select()
      .from(workplaceObservations)
      .where(
        and(eq(workplaceObservations.id, input.id), eq(workplaceObservations.partnershipId, ctx.actor.partnershipId)),
      )
      .get(),
  );
  requirePlacedStudent(ctx, observation.studentId);
  if (observation.authorUserId !== ctx.actor.userId) throw new AppError('FORBIDDEN', 'e.workplace.notAuthor');
  return audited(ctx, 'workplace_observation.update', 'workplace_observation', (tx) => {
    const revision = revised(ctx, 'workplace_observation', input.id, input.revision);
    tx.update(workplaceObservations)
      .set({ body: input.body, visibleToStudent: input.visibleToStudent })
      .where(eq(workplaceObservations.id, input.id))
      .run();
    return { id: input.id, revision };
  });
}

/** A question or remark to the programme: it arrives with the student's mentor team, to triage. */
export function askQuestion(ctx: ServiceContext, input: z.output<typeof questionCreateSchema>) {
  const student = requirePlacedStudent(ctx, input.studentId);
  const now = ctx.clock.now();
  return audited(ctx, 'workplace_question.create', 'workplace_question', (tx) =>
    tx
      .insert(workplaceQuestions)
      .values({
        partnershipId: ctx.actor.partnershipId,
        studentId: student.studentId,
        locationId: student.locationId,
        authorUserId: ctx.actor.userId,
        body: input.body,
        status: 'nieuw',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workplaceQuestions.id })
      .get(),
  );
}
