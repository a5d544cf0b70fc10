import type Database from 'better-sqlite3';
import { q, virtualTables } from './schema-map';

/**
 * Making deleted bytes really gone. SQLite leaves deleted content in free space, in old WAL frames and —
 * for full-text indexes — in segments until they are merged. Every connection has secure_delete on
 * (db/client.ts), so what a delete or update frees is zeroed as it happens; "optimize" merges each FTS5
 * index into one segment without the old tokens; a TRUNCATE checkpoint empties the WAL.
 */

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
  walTruncated: boolean;
}

/**
 * The WAL emptied into the file and truncated. Not inside a transaction (the authorization matrix rolls
 * every call back in one): this step then skips itself and says so; the zeroing has still happened. A
 * reader elsewhere (a backup in progress) can keep the WAL from being emptied; the next erasure or the
 * daily retention run will empty it. The erasure is committed by then: a busy file is no error.
 */
export function compactFile(sqlite: Database.Database): Compaction {
  return { walTruncated: checkpoint(sqlite) };
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
