import { auditEvents } from '../db/schema';
import type { Db } from '../db/client';
import type { Clock } from './clock';

export interface AuditActor {
  userId: number | null;
  partnershipId: number | null;
}

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  detail?: Record<string, unknown>;
}

/** Appends one audit event. Call inside the same transaction as the change it records. */
export function audit(db: Pick<Db, 'insert'>, clock: Clock, actor: AuditActor, entry: AuditEntry): void {
  db.insert(auditEvents)
    .values({
      at: clock.now(),
      actorUserId: actor.userId,
      partnershipId: actor.partnershipId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      detail: entry.detail ?? null,
    })
    .run();
}
