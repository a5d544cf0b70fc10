import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { users } from './users';
import { partnerships } from './partnerships';

/** kinderopvang, school/schoolbestuur, ikc, hogeschool, roc, gemeente, jeugdhulp (shared/domain). */
export const organisations = sqliteTable('organisation', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  type: text('type').notNull(),
  createdAt: timestampMs('created_at'),
  revision: revisionColumn(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: integer('updated_at'),
});

/** An organisation may take part in several partnerships. */
export const partnershipOrganisations = sqliteTable(
  'partnership_organisation',
  {
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.organisationId] }),
    index('partnership_organisation_org').on(t.organisationId),
  ],
);
