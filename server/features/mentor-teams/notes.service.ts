import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { studentNotes, users } from '../../../db/schema';
import type { noteCreateSchema, noteUpdateSchema } from '../../../shared/schemas/mentor-teams';
import { AppError } from '../../errors';
import { audited, found, type ServiceContext, revised } from '../scope';
import { requireClassStudent, teamAccess } from './access';

/** The team's notes on one student, newest first (callers check access and audit the view). */
export function notesOf(ctx: ServiceContext, teamId: number, studentId: number) {
  return ctx.db
    .select({
      id: studentNotes.id,
      body: studentNotes.body,
      visibleToStudent: studentNotes.visibleToStudent,
      authorUserId: studentNotes.authorUserId,
      authorName: users.name,
      createdAt: studentNotes.createdAt,
      updatedAt: studentNotes.updatedAt,
      revision: studentNotes.revision,
    })
    .from(studentNotes)
    .innerJoin(users, eq(users.id, studentNotes.authorUserId))
    .where(
      and(
        eq(studentNotes.teamId, teamId),
        eq(studentNotes.studentId, studentId),
        eq(studentNotes.partnershipId, ctx.actor.partnershipId),
      ),
    )
    .orderBy(desc(studentNotes.createdAt), desc(studentNotes.id))
    .all()
    .map(({ authorUserId, ...n }) => ({ ...n, mine: authorUserId === ctx.actor.userId }));
}

export function addNote(ctx: ServiceContext, input: z.output<typeof noteCreateSchema>) {
  const team = teamAccess(ctx, input.teamId, 'write');
  requireClassStudent(ctx, team, input.studentId);
  const now = ctx.clock.now();
  return audited(ctx, 'mentor_note.create', 'mentor_student_note', (tx) =>
    tx
      .insert(studentNotes)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        authorUserId: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: studentNotes.id })
      .get(),
  );
}

/** A note is its author's words: only they change or remove it (the team reads it). */
function requireOwnNote(ctx: ServiceContext, id: number) {
  const note = found(
    ctx.db
      .select()
      .from(studentNotes)
      .where(and(eq(studentNotes.id, id), eq(studentNotes.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  teamAccess(ctx, note.teamId, 'write');
  if (note.authorUserId !== ctx.actor.userId) throw new AppError('FORBIDDEN', 'e.mentorTeams.notAuthor');
  return note;
}

export function updateNote(ctx: ServiceContext, input: z.output<typeof noteUpdateSchema>) {
  requireOwnNote(ctx, input.id);
  return audited(ctx, 'mentor_note.update', 'mentor_student_note', (tx) => {
    const revision = revised(ctx, 'mentor_student_note', input.id, input.revision);
    tx.update(studentNotes)
      .set({ body: input.body, visibleToStudent: input.visibleToStudent, updatedAt: ctx.clock.now() })
      .where(eq(studentNotes.id, input.id))
      .run();
    return { id: input.id, revision };
  });
}

export function removeNote(ctx: ServiceContext, id: number) {
  requireOwnNote(ctx, id);
  return audited(ctx, 'mentor_note.remove', 'mentor_student_note', (tx) => {
    tx.delete(studentNotes).where(eq(studentNotes.id, id)).run();
    return { id };
  });
}
