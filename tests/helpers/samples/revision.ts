import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { SampleEnv } from './types';

/** An update's id with the revision it was read at (docs/decisions/071): what a save sends back. */
export function current(env: SampleEnv, table: SQLiteTable, id: number): { id: number; revision: number } {
  const row = env.db.get<{ revision: number } | undefined>(sql`select revision from ${table} where id = ${id}`);
  return { id, revision: row?.revision ?? 0 };
}
