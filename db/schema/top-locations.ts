import { sqliteTable, integer, text, real, index } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';
import { organisations } from './organisations';

/** A TOP-locatie (Talent Ontwikkel Praktijk): a kindcentrum where students learn on the job. */
export const topLocations = sqliteTable(
  'top_location',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    address: text('address').notNull(),
    postcode: text('postcode').notNull().default(''),
    city: text('city').notNull(),
    /** ISO weekdays (1 = maandag) on which students can be on site. */
    openDays: text('open_days', { mode: 'json' }).$type<number[]>().notNull(),
    lat: real('lat'),
    lon: real('lon'),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [index('top_location_partnership').on(t.partnershipId)],
);
