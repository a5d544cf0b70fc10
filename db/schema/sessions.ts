import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { partnerships } from './partnerships';

/** Server-side sessions. Only the SHA-256 of the 256-bit token is stored. */
export const sessions = sqliteTable(
  'session',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** The partnership the person is working in now (switchable). */
    partnershipId: integer('partnership_id').references(() => partnerships.id),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('session_user').on(t.userId)],
);

/** Failed logins, keyed by "email:<address>" and "ip:<address>", for the login limiter. */
export const loginFailures = sqliteTable(
  'login_failure',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('login_failure_key_at').on(t.key, t.at)],
);
