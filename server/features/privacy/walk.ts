import type Database from 'better-sqlite3';
import { partnershipExpr, q, referencesTo, ROOT_TABLES, type RootTable, type SchemaMap } from './schema-map';

/** Columns that record who wrote or changed a row: the row is by that person, not about them. */
export const isAuthorColumn = (column: string) => /(_by$|^author_(user_)?id$)/.test(column);

/** The rows of one table reached through one foreign key column. */
export interface WalkedRows {
  table: string;
  column: string;
  /** 1: the column points at the person's row; 2: it points at a level-1 row about them. */
  level: 1 | 2;
  /** The table the column points at: the root, or the level-1 table. */
  via: string;
  relation: 'subject' | 'author';
  rowids: number[];
}

const isRoot = (table: string) => (ROOT_TABLES as readonly string[]).includes(table);

/**
 * Everything that points at one person's row, found from the schema: level 1 = rows with a foreign key
 * to it; level 2 = rows that belong to a level-1 row about them (a preference of their participation in
 * a round). Author-only rows are not followed further: a round someone created is not about them.
 * `partnershipId` keeps the walk inside one partnership (rows of no partnership are kept: they are the
 * person's own, like a session without a chosen partnership); null walks everywhere.
 */
export function walkPerson(
  sqlite: Database.Database,
  schema: SchemaMap,
  root: RootTable,
  id: number,
  partnershipId: number | null,
): WalkedRows[] {
  const out: WalkedRows[] = [];
  for (const { table, fk } of referencesTo(schema, root)) {
    const rowids = selectRowids(sqlite, schema, table, `t.${q(fk.from)} = ?`, [id], partnershipId);
    out.push({
      table,
      column: fk.from,
      level: 1,
      via: root,
      relation: isAuthorColumn(fk.from) ? 'author' : 'subject',
      rowids,
    });
  }
  const subjectRows = new Map<string, Set<number>>();
  for (const w of out) {
    if (w.relation !== 'subject' || isRoot(w.table)) continue;
    const set = subjectRows.get(w.table) ?? new Set<number>();
    for (const r of w.rowids) set.add(r);
    subjectRows.set(w.table, set);
  }
  for (const [parent, ids] of subjectRows) {
    for (const { table, fk } of referencesTo(schema, parent)) {
      if (isRoot(table)) continue;
      const rowids =
        ids.size === 0
          ? []
          : selectRowids(
              sqlite,
              schema,
              table,
              `t.${q(fk.from)} IN (SELECT p.${q(fk.to)} FROM ${q(parent)} p WHERE p.rowid IN (SELECT value FROM json_each(?)))`,
              [JSON.stringify([...ids])],
              partnershipId,
            );
      out.push({ table, column: fk.from, level: 2, via: parent, relation: 'subject', rowids });
    }
  }
  return out;
}

function selectRowids(
  sqlite: Database.Database,
  schema: SchemaMap,
  table: string,
  condition: string,
  params: unknown[],
  partnershipId: number | null,
): number[] {
  const pexpr = partnershipId === null ? null : partnershipExpr(schema, table, 't');
  const scope = pexpr ? ` AND coalesce(${pexpr}, ?) = ?` : '';
  const args = pexpr ? [...params, partnershipId, partnershipId] : params;
  return (
    sqlite
      .prepare(`SELECT t.rowid AS r FROM ${q(table)} t WHERE ${condition}${scope} ORDER BY t.rowid`)
      .all(...args) as { r: number }[]
  ).map((x) => x.r);
}

/** The partnerships that rows pointing at the person belong to (an account may have left traces in several). */
export function partnershipsOf(sqlite: Database.Database, schema: SchemaMap, walked: WalkedRows[]): number[] {
  const found = new Set<number>();
  for (const w of walked) {
    const pexpr = partnershipExpr(schema, w.table, 't');
    if (!pexpr || w.rowids.length === 0) continue;
    const rows = sqlite
      .prepare(`SELECT DISTINCT ${pexpr} AS p FROM ${q(w.table)} t WHERE t.rowid IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(w.rowids)) as { p: number | null }[];
    for (const r of rows) if (r.p !== null) found.add(r.p);
  }
  return [...found].sort((a, b) => a - b);
}
