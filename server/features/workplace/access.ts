import { and, eq } from 'drizzle-orm';
import { students } from '../../../db/schema';
import { AppError } from '../../errors';
import { readableClassIds } from '../mentor-teams/public';
import { studentsPlacedAt } from '../placements/public';
import type { ServiceContext } from '../scope';

/**
 * Who reaches a student's workplace record (docs/decisions/083):
 * - a werkbegeleider (role locatie): the students placed at their own TOP-locatie in a published round,
 *   this one or an earlier one; any other student is "not found", also one at another location;
 * - the mentor team: the students of the classes of their teams (the projectleider: every class);
 * - the student: what was marked for them.
 */
export function ownLocationId(ctx: ServiceContext): number {
  if (ctx.actor.topLocationId === null) throw new AppError('NOT_FOUND', 'e.workplace.noLocation');
  return ctx.actor.topLocationId;
}

export function placedStudents(ctx: ServiceContext) {
  return studentsPlacedAt(ctx, ownLocationId(ctx));
}

export function requirePlacedStudent(ctx: ServiceContext, studentId: number) {
  const student = placedStudents(ctx).find((s) => s.studentId === studentId);
  if (!student) throw new AppError('NOT_FOUND', 'e.workplace.notPlaced');
  return { ...student, locationId: ownLocationId(ctx) };
}

export function requireTeamStudent(ctx: ServiceContext, studentId: number) {
  const student = ctx.db
    .select({
      id: students.id,
      firstName: students.firstName,
      lastName: students.lastName,
      cohortId: students.cohortId,
    })
    .from(students)
    .where(and(eq(students.id, studentId), eq(students.partnershipId, ctx.actor.partnershipId)))
    .get();
  if (!student || student.cohortId === null || !readableClassIds(ctx).includes(student.cohortId))
    throw new AppError('NOT_FOUND', 'e.notFound');
  return { id: student.id, name: `${student.firstName} ${student.lastName}` };
}
