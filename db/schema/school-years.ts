import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';

/** A school year ("2026-2027"), 1 August to 31 July unless a partnership says otherwise. */
export const schoolYears = sqliteTable(
  'school_year',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    label: text('label').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [uniqueIndex('school_year_label').on(t.partnershipId, t.label)],
);

/** A period within a school year (e.g. "Periode 1", "Semester 2"). */
export const periods = sqliteTable(
  'period',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    schoolYearId: integer('school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [index('period_school_year').on(t.schoolYearId)],
);
