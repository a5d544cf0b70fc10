import { and, desc, eq, lt } from 'drizzle-orm';
import { auditEvents, users } from '../../../db/schema';
import type { ServiceContext } from '../scope';

/** The partnership's audit trail, newest first, a page at a time; optionally for one subject. */
export function listAuditEvents(
  { db, actor }: ServiceContext,
  input: { subjectType?: string; subjectId?: string; before?: number; limit: number },
) {
  const conditions = [eq(auditEvents.partnershipId, actor.partnershipId)];
  if (input.subjectType) conditions.push(eq(auditEvents.subjectType, input.subjectType));
  if (input.subjectId) conditions.push(eq(auditEvents.subjectId, input.subjectId));
  if (input.before) conditions.push(lt(auditEvents.id, input.before));
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit)
    .all();
}
