import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { users } from './users';
import { mentorTeams } from './mentor-teams';

/**
 * A signal (signaal): a skill or knowledge that falls short, or a need of the field, tagged with the
 * Beroepsbeeld. Concerns a number of students, never names. Raised again in a later week it counts
 * up (a sighting per week) instead of becoming a second signal.
 */
export const signals = sqliteTable(
  'mentor_signal',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Lower-cased, single-spaced title: what "the same signal" is matched on. */
    matchKey: text('match_key').notNull(),
    description: text('description').notNull().default(''),
    domain: text('domain').notNull(),
    competence: text('competence').notNull(),
    /** Students it concerns, as last reported. */
    studentCount: integer('student_count').notNull(),
    firstSeenYear: integer('first_seen_year').notNull(),
    firstSeenWeek: integer('first_seen_week').notNull(),
    lastSeenYear: integer('last_seen_year').notNull(),
    lastSeenWeek: integer('last_seen_week').notNull(),
    weeksSeen: integer('weeks_seen').notNull(),
    status: text('status').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    index('mentor_signal_team_status').on(t.teamId, t.status),
    index('mentor_signal_partnership').on(t.partnershipId),
  ],
);

/** Each week a signal was raised, and for how many students. */
export const signalSightings = sqliteTable(
  'mentor_signal_sighting',
  {
    signalId: integer('signal_id')
      .notNull()
      .references(() => signals.id),
    isoYear: integer('iso_year').notNull(),
    isoWeek: integer('iso_week').notNull(),
    studentCount: integer('student_count').notNull(),
    raisedBy: integer('raised_by')
      .notNull()
      .references(() => users.id),
    at: integer('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.isoYear, t.isoWeek] })],
);

/** Who moved a signal to which status, and when (the first row is its creation: from null). */
export const signalStatusChanges = sqliteTable(
  'mentor_signal_status_change',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    signalId: integer('signal_id')
      .notNull()
      .references(() => signals.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: integer('changed_at').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('mentor_signal_status_change_signal').on(t.signalId)],
);
