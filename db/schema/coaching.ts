import { sqliteTable, integer, text, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';
import { organisations } from './organisations';
import { topLocations } from './top-locations';

/** Who changed an editable record last (docs/decisions/071). */
const revisioned = () => ({
  revision: revisionColumn(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: integer('updated_at'),
});

/** A coaching role the partnership names: IB'er 0-4, pedagogisch beleidsmedewerker / coach, … */
export const coachingRoles = sqliteTable(
  'coaching_role',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [uniqueIndex('coaching_role_name').on(t.partnershipId, t.name)],
);

/** A label hours are written against ("uren labelen"); `share` is its expected part of the hours, in percent. */
export const coachingLabels = sqliteTable(
  'coaching_label',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    sharePercent: integer('share_percent'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [uniqueIndex('coaching_label_name').on(t.partnershipId, t.name)],
);

/** A person who logs coaching hours, in a coaching role, with the location and paying organisation they usually work for. */
export const coaches = sqliteTable(
  'coach',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    coachingRoleId: integer('coaching_role_id')
      .notNull()
      .references(() => coachingRoles.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The day the registration ended (docs/decisions/091): no more weeks; the hours logged stay. Null: current. */
    endedOn: text('ended_on'),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [uniqueIndex('coach_user').on(t.partnershipId, t.userId)],
);

/** One coach's week of hours: the unit that is saved (and revision-checked) at once. */
export const coachingWeeks = sqliteTable(
  'coaching_week',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    coachId: integer('coach_id')
      .notNull()
      .references(() => coaches.id, { onDelete: 'cascade' }),
    isoYear: integer('iso_year').notNull(),
    isoWeek: integer('iso_week').notNull(),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [
    uniqueIndex('coaching_week_coach').on(t.coachId, t.isoYear, t.isoWeek),
    index('coaching_week_partnership').on(t.partnershipId, t.isoYear),
  ],
);

/** Hours of one week on one label, at one location, paid by one organisation. Minutes, so sums are exact. */
export const coachingHours = sqliteTable(
  'coaching_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    weekId: integer('week_id')
      .notNull()
      .references(() => coachingWeeks.id, { onDelete: 'cascade' }),
    labelId: integer('label_id')
      .notNull()
      .references(() => coachingLabels.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    minutes: integer('minutes').notNull(),
  },
  (t) => [uniqueIndex('coaching_hours_line').on(t.weekId, t.labelId, t.locationId, t.organisationId)],
);

/**
 * The rekentool's norm for a year: components that add up (docs/decisions/085). `countsFixedBase` adds each
 * location's own "vaste voet" (entered with its figures); the rates apply to every location alike.
 */
export const coachingNorms = sqliteTable(
  'coaching_norm',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    year: integer('year').notNull(),
    countsFixedBase: integer('counts_fixed_base', { mode: 'boolean' }).notNull().default(false),
    hoursPerLocation: real('hours_per_location').notNull().default(0),
    hoursPerVeChild: real('hours_per_ve_child').notNull().default(0),
    hoursPerFtePm: real('hours_per_fte_pm').notNull().default(0),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [uniqueIndex('coaching_norm_year').on(t.partnershipId, t.year)],
);

/** A location's figures for a year: VE children, FTE pedagogisch medewerkers and its "vaste voet". */
export const coachingLocationFigures = sqliteTable(
  'coaching_location_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    year: integer('year').notNull(),
    veChildren: integer('ve_children').notNull().default(0),
    ftePm: real('fte_pm').notNull().default(0),
    fixedBaseHours: real('fixed_base_hours').notNull().default(0),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [uniqueIndex('coaching_location_figures_year').on(t.locationId, t.year)],
);
