import { sqliteTable, integer, text, real, index } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { programmes } from './programmes';
import { cohorts } from './cohorts';
import { schoolYears } from './school-years';
import { users } from './users';

/** A student in a partnership for one school year. Personal data: every view is audited. */
export const students = sqliteTable(
  'student',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    studentNumber: text('student_number'),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    cohortId: integer('cohort_id').references(() => cohorts.id),
    schoolYearId: integer('school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    /** The account of the student themself, when they have the student role. */
    userId: integer('user_id').references(() => users.id),
    /** Set when the student left the class at a school-year roll-over (decision 087); history is kept. */
    leftOn: text('left_on'),
    /** afgestudeerd, gestopt or overgestapt (shared/domain/school-year-rollover.ts). */
    leaveReason: text('leave_reason'),
    homeLat: real('home_lat'),
    homeLon: real('home_lon'),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    index('student_partnership').on(t.partnershipId),
    index('student_cohort').on(t.cohortId),
    index('student_user').on(t.userId),
  ],
);
