import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';

/** A regional partnership (samenwerkingsverband, "werkplaats"): the unit of tenancy. */
export const partnerships = sqliteTable('partnership', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  region: text('region').notNull(),
  createdAt: timestampMs('created_at'),
});
