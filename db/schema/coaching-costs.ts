import { sqliteTable, integer, text, uniqueIndex, primaryKey, check } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';
import { organisations } from './organisations';
import { coachingRoles } from './coaching';
import { mentorTeams } from './mentor-teams';

/** Who changed an editable record last (docs/decisions/071). */
const revisioned = () => ({
  revision: revisionColumn(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: integer('updated_at'),
});

/**
 * A tariff for a calendar year, in euro cents per hour (docs/decisions/089): for exactly one of a coaching
 * role, a mentor-team role (shared/domain/mentor-teams TEAM_ROLES) or a person. A person's tariff wins.
 */
export const coachingTariffs = sqliteTable(
  'coaching_tariff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    year: integer('year').notNull(),
    coachingRoleId: integer('coaching_role_id').references(() => coachingRoles.id),
    teamRole: text('team_role'),
    userId: integer('user_id').references(() => users.id),
    centsPerHour: integer('cents_per_hour').notNull(),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [
    uniqueIndex('coaching_tariff_role').on(t.partnershipId, t.year, t.coachingRoleId),
    uniqueIndex('coaching_tariff_team_role').on(t.partnershipId, t.year, t.teamRole),
    uniqueIndex('coaching_tariff_user').on(t.partnershipId, t.year, t.userId),
    check(
      'coaching_tariff_one_target',
      sql`(${t.coachingRoleId} IS NOT NULL) + (${t.teamRole} IS NOT NULL) + (${t.userId} IS NOT NULL) = 1`,
    ),
  ],
);

/** The agreed key by which a mentor team's adopting organisations share its hours and cost in a year. */
export const mentorTeamCostKeys = sqliteTable(
  'mentor_team_cost_key',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => mentorTeams.id),
    year: integer('year').notNull(),
    createdAt: timestampMs('created_at'),
    ...revisioned(),
  },
  (t) => [uniqueIndex('mentor_team_cost_key_year').on(t.teamId, t.year)],
);

/** One organisation's part of a key, in hundredths of a percent (10000 = all). */
export const mentorTeamCostShares = sqliteTable(
  'mentor_team_cost_share',
  {
    keyId: integer('key_id')
      .notNull()
      .references(() => mentorTeamCostKeys.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    basisPoints: integer('basis_points').notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.organisationId] })],
);
