import { sqliteTable, integer, text, primaryKey } from 'drizzle-orm/sqlite-core';
import { partnerships } from './partnerships';
import { users } from './users';

/**
 * A partnership's own retention term for one kind of record (server/features/privacy/retention-kinds.ts).
 * No row: the default of that kind applies. Decisions: docs/decisions/050-privacy.md.
 */
export const retentionSettings = sqliteTable(
  'privacy_retention',
  {
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    kind: text('kind').notNull(),
    /** In the kind's unit (months or days). */
    amount: integer('amount').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.kind] })],
);
