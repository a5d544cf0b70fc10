import type Database from 'better-sqlite3';
import { AUDIT_TABLE, partnershipExpr, q, ROOT_TABLES, textColumns, type SchemaMap } from './schema-map';
import type { Matcher } from './name-forms';

/**
 * Replacing a person's name forms in text, inside SQLite: two SQL functions run the matcher, so one
 * UPDATE per table does the work and no text leaves the database. The matcher is set for the duration
 * of one erasure (everything here is synchronous, so there is never a second one at the same time).
 */
let active: Matcher | null = null;
const registered = new WeakSet<Database.Database>();

function register(sqlite: Database.Database): void {
  if (registered.has(sqlite)) return;
  sqlite.function('privacy_has', (v: unknown) => (typeof v === 'string' && active?.has(v) ? 1 : 0));
  sqlite.function('privacy_scrub', (v: unknown) => (typeof v === 'string' && active ? active.replace(v) : v));
  registered.add(sqlite);
}

export function withMatcher<T>(sqlite: Database.Database, m: Matcher, run: () => T): T {
  register(sqlite);
  const previous = active;
  active = m;
  try {
    return run();
  } finally {
    active = previous;
  }
}

function scrubTable(
  sqlite: Database.Database,
  schema: SchemaMap,
  table: string,
  where: string,
  args: unknown[],
): number {
  const info = schema.get(table);
  const cols = info ? textColumns(info) : [];
  if (cols.length === 0) return 0;
  const set = cols.map((c) => `${q(c)} = privacy_scrub(${q(c)})`).join(', ');
  const any = cols.map((c) => `privacy_has(t.${q(c)})`).join(' OR ');
  return sqlite
    .prepare(
      `UPDATE ${q(table)} SET ${set} WHERE rowid IN (SELECT t.rowid FROM ${q(table)} t WHERE (${any}) AND ${where})`,
    )
    .run(...args).changes;
}

/**
 * Every text column of every table, in the rows of the given partnerships: the name forms become
 * "[verwijderd]". The audit log is left alone (append-only; it holds ids and counts, never names), and
 * so are the person rows themselves (erase.service.ts blanks those field by field). Tables that belong
 * to no partnership are reached only through the person's own rows (scrubRows). Returns rows changed.
 */
export function scrubPartnerships(
  sqlite: Database.Database,
  schema: SchemaMap,
  m: Matcher,
  partnershipIds: number[],
): number {
  return withMatcher(sqlite, m, () => {
    let changed = 0;
    for (const table of schema.keys()) {
      if (table === AUDIT_TABLE || (ROOT_TABLES as readonly string[]).includes(table)) continue;
      const pexpr = partnershipExpr(schema, table, 't');
      if (!pexpr) continue;
      changed += scrubTable(sqlite, schema, table, `${pexpr} IN (SELECT value FROM json_each(?))`, [
        JSON.stringify(partnershipIds),
      ]);
    }
    return changed;
  });
}

/** The same, for given rows (the person's own rows, where the first name alone also counts). */
export function scrubRows(
  sqlite: Database.Database,
  schema: SchemaMap,
  m: Matcher,
  rows: { table: string; rowids: number[] }[],
): number {
  return withMatcher(sqlite, m, () => {
    let changed = 0;
    for (const r of rows) {
      if (r.rowids.length === 0 || r.table === AUDIT_TABLE || (ROOT_TABLES as readonly string[]).includes(r.table))
        continue;
      changed += scrubTable(sqlite, schema, r.table, 't.rowid IN (SELECT value FROM json_each(?))', [
        JSON.stringify(r.rowids),
      ]);
    }
    return changed;
  });
}
