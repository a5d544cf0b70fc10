import type Database from 'better-sqlite3';

/**
 * The database as SQLite itself describes it (sqlite_master, pragma table_info, pragma
 * foreign_key_list). Export, erasure and the "who saw this" view walk this map instead of a hand-kept
 * list of tables, so a table added by any feature tomorrow is covered the day it is migrated.
 */
export interface ForeignKey {
  from: string;
  refTable: string;
  to: string;
}
export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
}
export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  fks: ForeignKey[];
}
export type SchemaMap = Map<string, TableInfo>;

/** The tables that stand for a person: a student record, an account. */
export const ROOT_TABLES = ['student', 'user'] as const;
export type RootTable = (typeof ROOT_TABLES)[number];

/** SQLite's and drizzle's own bookkeeping, and the append-only audit log (it holds ids only, by rule). */
const SKIPPED = /^(sqlite_|__drizzle)/;
export const AUDIT_TABLE = 'audit_event';

export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Full-text tables (FTS5). They are derived data, kept by triggers; their shadow tables are internal. */
export function virtualTables(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

export function readSchema(sqlite: Database.Database): SchemaMap {
  const virtual = virtualTables(sqlite);
  const names = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
  const map: SchemaMap = new Map();
  for (const name of names) {
    if (SKIPPED.test(name) || virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    const columns = (
      sqlite.prepare('SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)').all(name) as {
        name: string;
        type: string;
        nn: number;
        pk: number;
      }[]
    ).map((c) => ({
      name: c.name,
      type: c.type.toUpperCase(),
      notNull: c.nn === 1 || c.pk > 0,
    }));
    const fks = (
      sqlite.prepare('SELECT "from" AS f, "table" AS t, "to" AS c FROM pragma_foreign_key_list(?)').all(name) as {
        f: string;
        t: string;
        c: string | null;
      }[]
    ).map((r) => ({
      from: r.f,
      refTable: r.t,
      // A reference without a column names the primary key, which is `id` in every table of ours.
      to: r.c ?? 'id',
    }));
    map.set(name, { name, columns, fks });
  }
  return map;
}

/** Columns that can hold text (SQLite type affinity TEXT, or no declared type). */
export function textColumns(info: TableInfo): string[] {
  return info.columns.filter((c) => c.type === '' || /TEXT|CHAR|CLOB/.test(c.type)).map((c) => c.name);
}

/** Every foreign key of the schema that points at `target`. */
export function referencesTo(schema: SchemaMap, target: string): { table: string; fk: ForeignKey }[] {
  const out: { table: string; fk: ForeignKey }[] = [];
  for (const info of schema.values())
    for (const fk of info.fks) if (fk.refTable === target && info.name !== target) out.push({ table: info.name, fk });
  return out;
}

/**
 * SQL for "the partnership this row belongs to" (row alias `alias`): the row's own partnership_id, or
 * the shortest chain of foreign keys to a table that has one (not-null keys first). Null for tables
 * that belong to no partnership (user, organisation, login_failure).
 */
export function partnershipExpr(schema: SchemaMap, table: string, alias: string): string | null {
  for (let maxDepth = 0; maxDepth <= 3; maxDepth++) {
    const found = pathWithin(schema, table, alias, 0, maxDepth);
    if (found) return found;
  }
  return null;
}

function pathWithin(schema: SchemaMap, table: string, alias: string, depth: number, maxDepth: number): string | null {
  const info = schema.get(table);
  if (!info) return null;
  if (info.columns.some((c) => c.name === 'partnership_id')) return `${alias}.partnership_id`;
  if (depth >= maxDepth) return null;
  const notNull = (fk: ForeignKey) => (info.columns.find((c) => c.name === fk.from)?.notNull ? 0 : 1);
  for (const fk of [...info.fks].sort((a, b) => notNull(a) - notNull(b))) {
    if (fk.refTable === table) continue;
    const next = `p${depth + 1}`;
    const inner = pathWithin(schema, fk.refTable, next, depth + 1, maxDepth);
    if (inner)
      return `(SELECT ${inner} FROM ${q(fk.refTable)} ${next} WHERE ${next}.${q(fk.to)} = ${alias}.${q(fk.from)})`;
  }
  return null;
}
