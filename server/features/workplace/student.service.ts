import { auditAs, type ServiceContext } from '../scope';
import { observationsOf } from './records';

/** The student's own page: the werkbegeleider's observations marked for them (never the team-only ones). */
export function myWorkplaceObservations(ctx: ServiceContext) {
  if (ctx.actor.studentId === null) return [];
  auditAs(ctx, { action: 'student.workplace_view', subjectType: 'student', subjectId: ctx.actor.studentId });
  return observationsOf(ctx, ctx.actor.studentId, { visibleToStudent: true }).map(
    ({ id, body, authorName, locationName, createdAt }) => ({ id, body, authorName, locationName, createdAt }),
  );
}
