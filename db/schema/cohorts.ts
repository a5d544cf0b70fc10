import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';
import { organisations } from './organisations';
import { programmes } from './programmes';
import { schoolYears } from './school-years';

/**
 * A class (klas) or cohort of students, e.g. the ~25 future pm'ers a mentor team serves. A class spans
 * its programme's years (decision 087): `schoolYearId` is the school year it is in now (the roll-over
 * moves it on), `startSchoolYearId` the one it began in (null: began in its current one). Its students
 * may come from several institutions (each through their own programme); `institutionId` is the
 * class's hoofdinstelling.
 */
export const cohorts = sqliteTable(
  'cohort',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => organisations.id),
    programmeId: integer('programme_id').references(() => programmes.id),
    schoolYearId: integer('school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    startSchoolYearId: integer('start_school_year_id').references(() => schoolYears.id),
    /** Years of the programme (2–4): the class's "3e jaar" is derived from its start year. */
    programmeYears: integer('programme_years').notNull().default(2),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [index('cohort_partnership').on(t.partnershipId)],
);
