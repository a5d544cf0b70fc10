import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, migrateDb, type Db } from '../../db/client';
import { execWatched } from '../../db/data-generation';

/** A fresh, migrated SQLite database in a temp file (WAL, like production). */
export function createTestDb(): Db {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'werkplaats-test-')), 'test.db'));
  migrateDb(db);
  return db;
}

/** Runs `fn` and rolls every change back afterwards, so one seeded database serves many cases. */
export async function rolledBack<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  execWatched(db.$client, 'BEGIN');
  try {
    return await fn();
  } finally {
    execWatched(db.$client, 'ROLLBACK');
  }
}
