import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, migrateDb, type Db } from '../../db/client';

/** A fresh, migrated SQLite database in a temp file (WAL, like production). */
export function createTestDb(): Db {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'werkplaats-test-')), 'test.db'));
  migrateDb(db);
  return db;
}

/** Runs `fn` and rolls every change back afterwards, so one seeded database serves many cases. */
export async function rolledBack<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  db.$client.exec('BEGIN');
  try {
    return await fn();
  } finally {
    db.$client.exec('ROLLBACK');
  }
}
