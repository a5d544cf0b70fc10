import type Database from 'better-sqlite3';
import { q, virtualTables } from './schema-map';
import { execWatched } from '../../../db/data-generation';

/**
 * Making deleted bytes really gone. SQLite leaves deleted content in free pages, in old WAL frames
 * and — for full-text indexes — in segments until they are merged. So: secure_delete zeroes what is
 * freed while we work; "optimize" merges each FTS5 index into one segment without the old tokens;
 * VACUUM rewrites the file; a TRUNCATE checkpoint empties the WAL.
 */
export function withSecureDelete<T>(sqlite: Database.Database, run: () => T): T {
  const before = Number(sqlite.pragma('secure_delete', { simple: true }));
  sqlite.pragma('secure_delete = ON');
  try {
    return run();
  } finally {
    sqlite.pragma(`secure_delete = ${before}`);
  }
}

/** Merges every FTS5 index (the triggers already replaced the text; this drops the old tokens). */
export function optimizeSearchIndexes(sqlite: Database.Database): number {
  const fts = virtualTables(sqlite).filter((name) => {
    const row = sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string };
    return /USING\s+fts5/i.test(row.sql);
  });
  for (const name of fts) sqlite.prepare(`INSERT INTO ${q(name)}(${q(name)}) VALUES ('optimize')`).run();
  return fts.length;
}

export interface Compaction {
  vacuumed: boolean;
  walTruncated: boolean;
}

/**
 * VACUUM and an emptied WAL. VACUUM cannot run inside a transaction: when the caller holds one (the
 * authorization matrix rolls every call back in one), this step skips itself and says so; the
 * secure_delete zeroing has still happened. A reader elsewhere (a backup in progress) can keep the WAL
 * from being emptied; the next erasure or the daily retention run will empty it.
 */
export function compactFile(sqlite: Database.Database): Compaction {
  if (sqlite.inTransaction) return { vacuumed: false, walTruncated: false };
  // The erasure has been committed by now; a file that is busy beyond the busy timeout must not turn
  // that success into an error. The answer says what did not happen.
  try {
    execWatched(sqlite, 'VACUUM');
  } catch {
    return { vacuumed: false, walTruncated: checkpoint(sqlite) };
  }
  return { vacuumed: true, walTruncated: checkpoint(sqlite) };
}

export function checkpoint(sqlite: Database.Database): boolean {
  if (sqlite.inTransaction) return false;
  try {
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  }
}
