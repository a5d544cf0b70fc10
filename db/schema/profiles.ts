import { sqliteTable, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';
import { topLocations } from './top-locations';

/**
 * A worker's own profile against the Beroepsbeeld Medewerker IKC (decision 090). It exists only while
 * they consent: the row is made at consent and deleted when consent is withdrawn. The team is the IKC
 * (TOP-locatie) they work in.
 */
export const beroepsbeeldProfiles = sqliteTable(
  'beroepsbeeld_profile',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    topLocationId: integer('top_location_id').references(() => topLocations.id),
    /** JSON: [{ domain, stage }], one stage per domain the worker works in. */
    domains: text('domains').notNull().default('[]'),
    /** JSON: specialisation codes (within Leren & Ontwikkelen). */
    specialisations: text('specialisations').notNull().default('[]'),
    direction: text('direction'),
    targetDomain: text('target_domain'),
    wish: text('wish').notNull().default(''),
    consentedAt: timestampMs('consented_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [uniqueIndex('beroepsbeeld_profile_user').on(t.partnershipId, t.userId)],
);
