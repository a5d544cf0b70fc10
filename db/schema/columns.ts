import { integer } from 'drizzle-orm/sqlite-core';

/** Milliseconds since the epoch, written by the service layer's clock (so tests can fake time). */
export const timestampMs = (name: string) => integer(name).notNull();

/**
 * Optimistic concurrency (docs/decisions/071-revisions-and-conflicts.md): every update sends the revision
 * it read and bumps it in the same statement; a stale one is refused (server/features/revision.ts).
 */
export const revisionColumn = () => integer('revision').notNull().default(0);
