import { AppError } from '../errors';
import type { Actor } from '../auth/actor';
import type { Clock } from '../clock';
import type { Db } from '../../db/client';
import { audit, auditSoon, type AuditEntry } from '../audit';
import { isoDateAt } from '../../shared/domain/dates';

/** What every service receives: the database, the clock, and who acts. */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  actor: Actor;
  /**
   * Present when the request came over HTTP: audit events of views (written outside a transaction) are
   * then grouped per turn of the event loop, and the answer waits for these promises (server/audit.ts).
   */
  auditsPending?: Promise<void>[];
}

/** Today as an ISO date in the Netherlands (not UTC: just after midnight it is already tomorrow here). */
export const todayOf = (ctx: ServiceContext): string => isoDateAt(ctx.clock.now());

/** A row loaded with `id AND partnership_id = actor's` is either ours or "not found". */
export function found<T>(row: T | undefined): T {
  if (row === undefined) throw new AppError('NOT_FOUND', 'e.notFound');
  return row;
}

/** Appends an audit event as the actor; inside a transaction it is part of it (audit() in server/audit.ts). */
export function auditAs(ctx: ServiceContext, entry: AuditEntry): void {
  const actor = { userId: ctx.actor.userId, partnershipId: ctx.actor.partnershipId };
  if (ctx.auditsPending && !ctx.db.$client.inTransaction)
    ctx.auditsPending.push(auditSoon(ctx.db, ctx.clock, actor, entry));
  else audit(ctx.db, ctx.clock, actor, entry);
}

/** Turns SQLite's unique-constraint failure into a field error; rethrows anything else. */
export function uniqueOr<T>(run: () => T, messageKey: string, field: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError('CONFLICT', messageKey, field);
    }
    throw error;
  }
}

/** Deleting a row others still point at fails on the foreign key: say so plainly. */
export function unlessInUse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new AppError('CONFLICT', 'e.inUse');
    }
    throw error;
  }
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Runs a change and its audit event in one transaction; the change returns the subject's id. */
export function audited<T extends { id: number }>(
  ctx: ServiceContext,
  action: string,
  subjectType: string,
  run: (tx: Tx) => T,
): T {
  return ctx.db.transaction((tx) => {
    const result = run(tx);
    auditAs(ctx, { action, subjectType, subjectId: result.id });
    return result;
  });
}
