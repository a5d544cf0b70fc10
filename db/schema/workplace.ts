import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { students } from './students';
import { topLocations } from './top-locations';
import { users } from './users';

/**
 * The werkbegeleider's voice (docs/decisions/083): what the workplace tells the programme about the
 * students placed there. Every row belongs to the TOP-locatie it was written at; a werkbegeleider
 * reaches only the students placed at their own location.
 */

/** Presence at the workplace, confirmed per day: one row per student per ISO week (the unique index). */
export const workplacePresence = sqliteTable(
  'workplace_presence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    isoYear: integer('iso_year').notNull(),
    isoWeek: integer('iso_week').notNull(),
    /** JSON: weekday (1–5) → "aanwezig" | "afwezig"; a day not in it is not confirmed (yet). */
    days: text('days', { mode: 'json' }).$type<Record<string, 'aanwezig' | 'afwezig'>>().notNull(),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('workplace_presence_student_week').on(t.studentId, t.isoYear, t.isoWeek)],
);

/** A short observation at the workplace, for the mentor team, or also for the student. */
export const workplaceObservations = sqliteTable(
  'workplace_observation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    visibleToStudent: integer('visible_to_student', { mode: 'boolean' }).notNull(),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('workplace_observation_student').on(t.studentId)],
);

/** A question or remark to the programme about a student: the mentor team triages it like a signal. */
export const workplaceQuestions = sqliteTable(
  'workplace_question',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    /** nieuw → opgepakt → afgerond, as a signal (the mentor team moves it). */
    status: text('status').notNull(),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('workplace_question_student').on(t.studentId)],
);
