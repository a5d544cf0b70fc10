import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { students } from './students';
import { users } from './users';
import { mentorTeams } from './mentor-teams';

/** The log of one weekly session: one per team per ISO week (the unique index is the rule). */
export const sessionLogs = sqliteTable(
  'mentor_session_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    isoYear: integer('iso_year').notNull(),
    isoWeek: integer('iso_week').notNull(),
    sessionDate: text('session_date').notNull(),
    /** concept, vastgesteld or vervallen (shared/domain/mentor-teams). */
    status: text('status').notNull(),
    expectations: text('expectations').notNull().default(''),
    practiceSituations: text('practice_situations').notNull().default(''),
    lessonMaterial: text('lesson_material').notNull().default(''),
    agreements: text('agreements').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
  },
  (t) => [
    uniqueIndex('mentor_session_log_week').on(t.teamId, t.isoYear, t.isoWeek),
    index('mentor_session_log_partnership').on(t.partnershipId),
  ],
);

/**
 * Per student in a logged week: attendance at the session, and days at the workplace — planned (as
 * the plan stood when the week was saved) against present. Personal data: views are audited.
 */
export const sessionAttendance = sqliteTable(
  'mentor_session_attendance',
  {
    logId: integer('log_id')
      .notNull()
      .references(() => sessionLogs.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
    /** aanwezig, afwezig or afgemeld; null: not recorded (niet ingevuld), which no rate counts. */
    attendance: text('attendance'),
    daysPlanned: integer('days_planned').notNull(),
    daysPresent: integer('days_present'),
  },
  (t) => [primaryKey({ columns: [t.logId, t.studentId] }), index('mentor_session_attendance_student').on(t.studentId)],
);

/** The mentor team's note on a student; the student sees it only when marked so. */
export const studentNotes = sqliteTable(
  'mentor_student_note',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
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
  (t) => [index('mentor_student_note_student').on(t.studentId), index('mentor_student_note_team').on(t.teamId)],
);

/** A student's own weekly reflection, one per ISO week; read by the mentor team of their class. */
export const studentReflections = sqliteTable(
  'student_reflection',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
    isoYear: integer('iso_year').notNull(),
    isoWeek: integer('iso_week').notNull(),
    body: text('body').notNull(),
    nextStep: text('next_step').notNull().default(''),
    /** When a mentor of the class marked it read, and who; the student sees that it was read. */
    readAt: integer('read_at'),
    readBy: integer('read_by').references(() => users.id),
    /** A mentor's answer, shown to the student under their reflection. */
    answer: text('answer').notNull().default(''),
    answeredBy: integer('answered_by').references(() => users.id),
    answeredAt: integer('answered_at'),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('student_reflection_week').on(t.studentId, t.isoYear, t.isoWeek)],
);
