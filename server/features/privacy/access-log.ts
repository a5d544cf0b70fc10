import type Database from 'better-sqlite3';
import type { RootTable, SchemaMap } from './schema-map';
import type { WalkedRows } from './walk';

export interface AccessEvent {
  id: number;
  at: number;
  action: string;
  subjectType: string;
  subjectId: string | null;
  actorUserId: number | null;
  actorName: string | null;
  /** record: the person's own row or a row about them; list: an overview that holds one of those rows. */
  scope: 'record' | 'list';
}

const LIMIT = 1000;

/** The tables the person's row points at, and what those point at: reference data, not about them. */
function referenceData(schema: SchemaMap, root: RootTable): Set<string> {
  const seen = new Set<string>(['partnership', 'user', 'student']);
  const queue = [root as string];
  while (queue.length) {
    for (const fk of schema.get(queue.shift()!)?.fks ?? []) {
      if (seen.has(fk.refTable)) continue;
      seen.add(fk.refTable);
      queue.push(fk.refTable);
    }
  }
  return seen;
}

/**
 * The "lists that hold them" of a student: rows that the student's rows point at, two steps up
 * (their round, the session log with their presence, that log's mentor team), leaving out reference data.
 */
function containers(
  sqlite: Database.Database,
  schema: SchemaMap,
  root: RootTable,
  walked: WalkedRows[],
): Map<string, number[]> {
  const skip = referenceData(schema, root);
  const out = new Map<string, Set<number>>();
  let frontier = walked
    .filter((w) => w.level === 1 && w.relation === 'subject')
    .map((w) => ({ table: w.table, rowids: w.rowids }));
  for (let hop = 0; hop < 2; hop++) {
    const next: { table: string; rowids: number[] }[] = [];
    for (const { table, rowids } of frontier) {
      if (rowids.length === 0) continue;
      for (const fk of schema.get(table)?.fks ?? []) {
        if (skip.has(fk.refTable)) continue;
        const ids = (
          sqlite
            .prepare(
              `SELECT DISTINCT p.rowid AS r FROM "${fk.refTable}" p WHERE p."${fk.to}" IN (SELECT t."${fk.from}" FROM "${table}" t WHERE t.rowid IN (SELECT value FROM json_each(?)))`,
            )
            .all(JSON.stringify(rowids)) as { r: number }[]
        ).map((x) => x.r);
        const set = out.get(fk.refTable) ?? new Set<number>();
        ids.forEach((i) => set.add(i));
        out.set(fk.refTable, set);
        next.push({ table: fk.refTable, rowids: ids });
      }
    }
    frontier = next;
  }
  return new Map([...out].map(([t, s]) => [t, [...s]]));
}

/**
 * Who viewed or changed this person's data, from the audit log: events on their own row, on rows
 * about them (audit subject types are table names, so the walked rows say which), and — for a
 * student — on the overviews that hold their rows; not what the person did themselves. Newest first,
 * at most 1000.
 */
export function accessEvents(
  sqlite: Database.Database,
  schema: SchemaMap,
  partnershipId: number,
  root: RootTable,
  id: number,
  walked: WalkedRows[],
): AccessEvent[] {
  const record = new Map<string, number[]>([[root, [id]]]);
  for (const w of walked)
    if (w.relation === 'subject') record.set(w.table, [...(record.get(w.table) ?? []), ...w.rowids]);
  const lists = root === 'student' ? containers(sqlite, schema, root, walked) : new Map<string, number[]>();
  // One branch per table, each on the audit_subject index: this stays fast on a long log.
  const branches: string[] = [];
  const args: unknown[] = [];
  const add = (scope: 'record' | 'list', map: Map<string, number[]>) => {
    for (const [table, ids] of map) {
      if (ids.length === 0) continue;
      branches.push(
        `SELECT a.id, '${scope}' AS scope FROM audit_event a WHERE a.subject_type = ? AND a.subject_id IN (SELECT CAST(value AS TEXT) FROM json_each(?)) AND a.partnership_id = ?`,
      );
      args.push(table, JSON.stringify(ids), partnershipId);
    }
  };
  add('record', record);
  add('list', lists);
  // Log-ins and failed log-ins belong to no partnership; they are about the account itself.
  if (root === 'user') {
    branches.push(
      `SELECT a.id, 'record' AS scope FROM audit_event a WHERE a.subject_type = 'user' AND a.subject_id = ? AND a.partnership_id IS NULL`,
    );
    args.push(String(id));
  }
  // "Who saw this record" is about others: the person's own views and changes are left out (their own
  // actions are in the person's export as ownActions).
  const own =
    root === 'user'
      ? id
      : ((sqlite.prepare('SELECT user_id AS u FROM student WHERE id = ?').get(id) as { u: number | null } | undefined)
          ?.u ?? null);
  const sql = `SELECT a.id, a.at, a.action, a.subject_type AS subjectType, a.subject_id AS subjectId, a.actor_user_id AS actorUserId, u.name AS actorName, m.scope
    FROM (SELECT id, max(scope) AS scope FROM (${branches.join(' UNION ALL ')}) GROUP BY id) m
    JOIN audit_event a ON a.id = m.id LEFT JOIN "user" u ON u.id = a.actor_user_id
    WHERE a.actor_user_id IS NOT ?
    ORDER BY a.id DESC LIMIT ${LIMIT}`;
  return sqlite.prepare(sql).all(...args, own) as AccessEvent[];
}

/** Audit events the person did themselves (for a person's export), newest first. */
export function ownActions(sqlite: Database.Database, partnershipId: number, userId: number) {
  return sqlite
    .prepare(
      'SELECT id, at, action, subject_type AS subjectType, subject_id AS subjectId FROM audit_event WHERE actor_user_id = ? AND (partnership_id = ? OR partnership_id IS NULL) ORDER BY id DESC LIMIT 5000',
    )
    .all(userId, partnershipId) as {
    id: number;
    at: number;
    action: string;
    subjectType: string;
    subjectId: string | null;
  }[];
}
