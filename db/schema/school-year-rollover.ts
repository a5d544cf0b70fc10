import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { partnerships } from './partnerships';
import { cohorts } from './cohorts';
import { schoolYears } from './school-years';
import { users } from './users';

/**
 * A class's figures for one school year (decision 087): the workplace days planned and the mentor team's
 * budget. The team's own columns hold the current year's; a roll-over keeps the closing year's here, so
 * last year's figures are never overwritten.
 */
export const cohortYears = sqliteTable(
  'cohort_year',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    schoolYearId: integer('school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    plannedDays: integer('planned_days'),
    budgetHoursPerPeriod: integer('budget_hours_per_period'),
    createdAt: timestampMs('created_at'),
  },
  (t) => [uniqueIndex('cohort_year_unique').on(t.cohortId, t.schoolYearId)],
);

/**
 * One school-year roll-over, with what it changed: `undo` is the state before (JSON), so the same day
 * the roll-over can be taken back exactly (decision 087).
 */
export const schoolYearRollovers = sqliteTable(
  'school_year_rollover',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    fromSchoolYearId: integer('from_school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    toSchoolYearId: integer('to_school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    performedBy: integer('performed_by')
      .notNull()
      .references(() => users.id),
    performedAt: timestampMs('performed_at'),
    /** The day (Amsterdam) it was done: undo is possible on this day only. */
    performedOn: text('performed_on').notNull(),
    undo: text('undo', { mode: 'json' }).notNull(),
    undoneBy: integer('undone_by').references(() => users.id),
    undoneAt: integer('undone_at'),
  },
  (t) => [index('school_year_rollover_partnership').on(t.partnershipId)],
);
