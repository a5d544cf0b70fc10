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

// Written straight to SQLite: every view of personal data and every change appends one, and drizzle's
// query building cost more than the insert itself. The lower-case prefix is what db/data-generation.ts
// recognises: an audit event changes no cached answer.
const INSERT_EVENT = 'insert into "audit_event" ("at", "actor_user_id", "partnership_id", "action", "subject_type", "subject_id", "detail") values (?, ?, ?, ?, ?, ?, ?)';

/**
 * Appends one audit event on the connection. A transaction belongs to the connection, so an event
 * written while one is open (the change it records) commits or rolls back with it.
 */
export function audit(db: Pick<Db, '$client'>, clock: Clock, actor: AuditActor, entry: AuditEntry): void {
  db.$client
    .prepare(INSERT_EVENT)
    .run(clock.now(), actor.userId, actor.partnershipId, entry.action, entry.subjectType, entry.subjectId == null ? null : String(entry.subjectId), entry.detail == null ? null : JSON.stringify(entry.detail));
}
