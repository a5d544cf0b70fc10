import type { Db } from '../db/client';
import type { Clock } from './clock';

export interface AuditActor {
  userId: number | null;
  partnershipId: number | null;
}

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  detail?: Record<string, unknown>;
}

// Written straight to SQLite: every view of personal data and every change appends one, and drizzle's
// query building cost more than the insert itself. The lower-case prefix is what db/data-generation.ts
// recognises: an audit event changes no cached answer.
const INSERT_EVENT =
  'insert into "audit_event" ("at", "actor_user_id", "partnership_id", "action", "subject_type", "subject_id", "detail") values (?, ?, ?, ?, ?, ?, ?)';

type EventRow = [
  at: number,
  actorUserId: number | null,
  partnershipId: number | null,
  action: string,
  subjectType: string,
  subjectId: string | null,
  detail: string | null,
];

function rowOf(clock: Clock, actor: AuditActor, entry: AuditEntry): EventRow {
  return [
    clock.now(),
    actor.userId,
    actor.partnershipId,
    entry.action,
    entry.subjectType,
    entry.subjectId == null ? null : String(entry.subjectId),
    entry.detail == null ? null : JSON.stringify(entry.detail),
  ];
}

/**
 * Appends one audit event on the connection. A transaction belongs to the connection, so an event
 * written while one is open (the change it records) commits or rolls back with it.
 */
export function audit(db: Pick<Db, '$client'>, clock: Clock, actor: AuditActor, entry: AuditEntry): void {
  db.$client.prepare(INSERT_EVENT).run(...rowOf(clock, actor, entry));
}

interface Batch {
  rows: EventRow[];
  written: Promise<void>;
}
const batches = new WeakMap<Db['$client'], Batch>();

/**
 * Appends an audit event of a *view* together with the other views of the same turn of the event loop,
 * in one transaction: under load a commit per view cost a fifth of every read. The promise settles once
 * the event is committed — the HTTP layer sends the answer only then (server/trpc/http-adapter.ts,
 * beforeSend), so no personal data leaves without its audit event on disk.
 */
export function auditSoon(db: Pick<Db, '$client'>, clock: Clock, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const sqlite = db.$client;
  let batch = batches.get(sqlite);
  if (!batch) {
    const rows: EventRow[] = [];
    const written = new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        batches.delete(sqlite);
        try {
          const insert = sqlite.prepare(INSERT_EVENT);
          sqlite.transaction(() => rows.forEach((row) => insert.run(...row))).immediate();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    );
    // The write happens in a later turn; a procedure still busy then (awaiting ExcelJS, say) has not yet
    // handed its promise to the HTTP layer. Without a handler from the start, a failed write would be an
    // unhandled rejection and stop the process. The HTTP layer still awaits `written`: the request fails.
    written.catch(() => undefined);
    batches.set(sqlite, (batch = { rows, written }));
  }
  batch.rows.push(rowOf(clock, actor, entry));
  return batch.written;
}
