import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

/**
 * Append-only audit log: every view of a student's personal data and every change.
 * Triggers (migration 0001) refuse UPDATE and DELETE.
 */
export const auditEvents = sqliteTable(
  'audit_event',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    actorUserId: integer('actor_user_id'),
    partnershipId: integer('partnership_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_subject').on(t.subjectType, t.subjectId),
    index('audit_partnership_at').on(t.partnershipId, t.at),
  ],
);
