import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

/**
 * Online backup with SQLite's backup API (better-sqlite3's db.backup): a consistent snapshot while the
 * server keeps reading and writing. The copy is checked before we call it done.
 */
export async function backupDatabase(source: string, target: string): Promise<{ bytes: number }> {
  const out = resolve(target);
  if (existsSync(out)) throw new Error(`${target} already exists; choose a new file name`);
  mkdirSync(dirname(out), { recursive: true });
  const db = new Database(source, { fileMustExist: true, readonly: true });
  try {
    await db.backup(out);
  } finally {
    db.close();
  }
  assertWhole(out);
  return { bytes: statSync(out).size };
}

/** integrity_check ok and no foreign-key violations, or an error saying what is wrong. */
export function assertWhole(path: string): void {
  const db = new Database(path, { fileMustExist: true, readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${path}: integrity_check says ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) throw new Error(`${path}: ${fk.length} foreign-key violations`);
    const migrations = db
      .prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = '__drizzle_migrations'")
      .pluck()
      .get();
    if (migrations !== 1) throw new Error(`${path} is not a Werkplaats database`);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the live database. The server must be stopped first. The current file is
 * kept beside it (<name>.voor-herstel-<time>), the backup is checked, copied next to the target and
 * renamed over it (atomic on one file system), and stale WAL files are removed. Migrations newer than
 * the backup are applied at the next start.
 */
export function restoreDatabase(backup: string, target: string, now = new Date()): { keptAs: string | null } {
  assertWhole(backup);
  const live = resolve(target);
  mkdirSync(dirname(live), { recursive: true });
  let keptAs: string | null = null;
  if (existsSync(live)) {
    keptAs = `${live}.voor-herstel-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Fold the WAL into the file first, so the kept copy is complete.
    const db = new Database(live);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    copyFileSync(live, keptAs);
  }
  const staging = `${live}.herstel`;
  copyFileSync(backup, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(live + suffix, { force: true });
  renameSync(staging, live);
  return { keptAs };
}
