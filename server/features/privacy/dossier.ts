import type Database from 'better-sqlite3';
import { q, type RootTable, type SchemaMap } from './schema-map';
import { walkPerson, type WalkedRows } from './walk';
import { accessEvents, type AccessEvent } from './access-log';

/** Credentials are never handed out, not even their hashes. */
const SECRET = /(_hash$|^password|token)/;
const isMoment = (column: string) => /(_at|_on)$/.test(column) || column === 'date';

export interface DossierTable {
  table: string;
  column: string;
  level: 1 | 2;
  via: string;
  relation: 'subject' | 'author';
  rows: Record<string, unknown>[];
}

export interface Dossier {
  record: Record<string, unknown> | null;
  tables: DossierTable[];
  accessLog: AccessEvent[];
}

/** JSON columns come back as text; in the file they are JSON again. */
function readable(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'string' && /^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // Text that merely starts with a bracket.
      }
    }
    out[k] = v;
  }
  return out;
}

/**
 * Rows about the person come whole (minus credentials). Rows they only wrote or changed come as a
 * reference — which row, when — without the content: what a mentor wrote in a session log is about
 * the students in it, and a copy must not touch the rights of others (AVG art. 15(4)).
 */
function rowsOf(sqlite: Database.Database, schema: SchemaMap, w: WalkedRows): Record<string, unknown>[] {
  if (w.rowids.length === 0) return [];
  const all = schema.get(w.table)!.columns.map((c) => c.name);
  const cols =
    w.relation === 'subject'
      ? all.filter((c) => !SECRET.test(c))
      : all.filter((c) => c === 'id' || c === w.column || isMoment(c));
  const rows = sqlite
    .prepare(
      `SELECT ${cols.map(q).join(', ')} FROM ${q(w.table)} WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
    .all(JSON.stringify(w.rowids)) as Record<string, unknown>[];
  return rows.map(readable);
}

export function recordOf(
  sqlite: Database.Database,
  schema: SchemaMap,
  root: RootTable,
  id: number,
): Record<string, unknown> | null {
  const cols = schema
    .get(root)!
    .columns.map((c) => c.name)
    .filter((c) => !SECRET.test(c));
  const row = sqlite.prepare(`SELECT ${cols.map(q).join(', ')} FROM ${q(root)} WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return row ? readable(row) : null;
}

/** Everything the platform holds about one person in one partnership, found by walking the schema. */
export function buildDossier(
  sqlite: Database.Database,
  schema: SchemaMap,
  partnershipId: number,
  root: RootTable,
  id: number,
): Dossier {
  const walked = walkPerson(sqlite, schema, root, id, partnershipId);
  return {
    record: recordOf(sqlite, schema, root, id),
    tables: walked.map((w) => ({
      table: w.table,
      column: w.column,
      level: w.level,
      via: w.via,
      relation: w.relation,
      rows: rowsOf(sqlite, schema, w),
    })),
    accessLog: accessEvents(sqlite, schema, partnershipId, root, id, walked),
  };
}
