import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { cohorts } from './cohorts';
import { users } from './users';
import { organisations } from './organisations';

/** A mentor team (mentorteam): the people who guide one class together, weekly. One team per class. */
export const mentorTeams = sqliteTable(
  'mentor_team',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    /** ISO weekday (1 = maandag) of the weekly session. */
    sessionWeekday: integer('session_weekday').notNull(),
    /** Hours the team may spend in each period of the school year. */
    budgetHoursPerPeriod: integer('budget_hours_per_period').notNull(),
    /** Days a week students are expected at the workplace, when set; else their programme's days. */
    defaultPlannedDays: integer('default_planned_days'),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [index('mentor_team_partnership').on(t.partnershipId), uniqueIndex('mentor_team_cohort').on(t.cohortId)],
);

/** A member of a team and their role in it (praktijkopleider, roc-docent, …; shared/domain/mentor-teams). */
export const mentorTeamMembers = sqliteTable(
  'mentor_team_member',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    teamRole: text('team_role').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
  },
  (t) => [
    uniqueIndex('mentor_team_member_unique').on(t.teamId, t.userId),
    index('mentor_team_member_user').on(t.userId),
  ],
);

/** The organisations that jointly adopt the team's class. */
export const mentorTeamOrganisations = sqliteTable(
  'mentor_team_organisation',
  {
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.organisationId] })],
);

/** Hours a member spent on a day, against a label ("uren labelen"). Minutes, so sums are exact. */
export const mentorHourEntries = sqliteTable(
  'mentor_hour_entry',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    date: text('date').notNull(),
    isoYear: integer('iso_year').notNull(),
    isoWeek: integer('iso_week').notNull(),
    label: text('label').notNull(),
    minutes: integer('minutes').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestampMs('created_at'),
  },
  (t) => [
    index('mentor_hour_entry_team_date').on(t.teamId, t.date),
    index('mentor_hour_entry_user_date').on(t.userId, t.date),
  ],
);
