import { type AnySQLiteColumn, sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { topLocations } from './top-locations';
import { organisations } from './organisations';

/** A person who can log in. E-mail is stored lower-cased. */
export const users = sqliteTable('user', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id PHC string; null until an invited person sets a password. */
  passwordHash: text('password_hash'),
  locale: text('locale').notNull().default('nl'),
  disabledAt: integer('disabled_at'),
  createdAt: timestampMs('created_at'),
  revision: revisionColumn(),
  updatedBy: integer('updated_by').references((): AnySQLiteColumn => users.id),
  updatedAt: integer('updated_at'),
});

/** A role of a person in one partnership. `locatie` carries the TOP-locatie it is for. */
export const memberships = sqliteTable(
  'membership',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    role: text('role').notNull(),
    topLocationId: integer('top_location_id').references(() => topLocations.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    createdAt: timestampMs('created_at'),
    /** Blocked in this partnership only (set on all the person's roles here); other partnerships are untouched. */
    blockedAt: integer('blocked_at'),
    /** Sessions that began before this moment no longer reach this partnership ("end all sessions"). */
    sessionsEndedAt: integer('sessions_ended_at'),
    /** Claimed by an edit of the membership someone read (the organisation a regiegroep member represents). */
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    uniqueIndex('membership_unique').on(t.userId, t.partnershipId, t.role),
    index('membership_partnership').on(t.partnershipId),
  ],
);
