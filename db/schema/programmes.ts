import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';
import { organisations } from './organisations';

/** A study programme (opleiding) of a hogeschool or ROC, as offered within one partnership. */
export const programmes = sqliteTable(
  'programme',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => organisations.id),
    /** Short stable code used in placement rounds and imports, e.g. "ad-pep", "pabo-vt". */
    code: text('code').notNull(),
    name: text('name').notNull(),
    nlqfLevel: integer('nlqf_level').notNull(),
    /** bol, bbl, voltijd or deeltijd. */
    route: text('route').notNull(),
    daysPerWeek: integer('days_per_week').notNull(),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    index('programme_partnership').on(t.partnershipId),
    uniqueIndex('programme_code').on(t.partnershipId, t.code),
  ],
);
