import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { partnerships } from './partnerships';
import { users } from './users';
import { topLocations } from './top-locations';
import { students } from './students';

/** An invitation to join a partnership in a role; the link carries a token whose hash is stored. */
export const invites = sqliteTable(
  'invite',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    topLocationId: integer('top_location_id').references(() => topLocations.id),
    /** For the student role: the student record the new account belongs to. */
    studentId: integer('student_id').references(() => students.id),
    tokenHash: text('token_hash').notNull().unique(),
    /** Null for the first beheerder's invitation made by `npm run setup`. */
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestampMs('created_at'),
    expiresAt: integer('expires_at').notNull(),
    acceptedAt: integer('accepted_at'),
  },
  (t) => [index('invite_partnership').on(t.partnershipId)],
);
