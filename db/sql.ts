import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** Case-insensitive "contains" for user-typed search text: % and _ are matched literally. */
export function contains(column: AnyColumn | SQL, term: string): SQL {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
