import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, migrateDb, type Db } from '../../db/client';
import { execWatched, writesSoFar } from '../../db/data-generation';
import { copyOf, dbTemplates } from './db-templates';

/** A fresh, migrated SQLite database in a temp file (WAL, like production): a copy of the run's template. */
export function createTestDb(): Db {
  const template = dbTemplates()?.empty;
  if (template) return copyOf(template);
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'werkplaats-test-')), 'test.db'));
  migrateDb(db);
  return db;
}

/**
 * Runs `fn` and rolls every change back afterwards, so one seeded database serves many cases. Inside
 * the transaction the read caches keep nothing (a kept answer could be rolled back): for reads use
 * `asRead`, so the caches are exercised as in production.
 */
export async function rolledBack<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  execWatched(db.$client, 'BEGIN');
  try {
    return await fn();
  } finally {
    execWatched(db.$client, 'ROLLBACK');
  }
}

/**
 * Runs a read as production does: outside any transaction, so the read caches keep its answers and
 * serve them to the next case (deep-frozen in tests). Fails when it changed data — the audit trail and
 * session touches aside (db/data-generation.ts) — since nothing would roll that back.
 */
export async function asRead<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const before = writesSoFar(db.$client);
  const result = await fn();
  if (writesSoFar(db.$client) !== before) throw new Error('a read changed data: run it with rolledBack()');
  return result;
}
