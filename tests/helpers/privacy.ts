import { readFileSync, existsSync } from 'node:fs';
import type { Db } from '../../db/client';

/**
 * Looks for strings everywhere SQLite keeps them: every column of every table (including the
 * full-text index's own tables and the audit log), case-insensitively. Returns "table.column: …" hits.
 */
export function searchEveryTable(db: Db, needles: (string | RegExp)[]): string[] {
  const sqlite = db.$client;
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  ).map((t) => t.name);
  const hits: string[] = [];
  for (const table of tables) {
    for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        const text = typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('latin1') : null;
        if (text === null) continue;
        for (const n of needles) if (matches(text, n)) hits.push(`${table}.${column}: ${text.slice(0, 80)}`);
      }
    }
  }
  return hits;
}

/** The raw bytes of the database file and its WAL (what a copy of the disk would show). */
export function searchFileBytes(db: Db, needles: (string | RegExp)[]): string[] {
  const path = db.$client.name;
  const hits: string[] = [];
  for (const file of [path, `${path}-wal`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    // UTF-8 text read byte for byte: ASCII needles are found as they are; accented ones via their UTF-8 bytes.
    const text = bytes.toString('latin1');
    for (const n of needles) {
      const needle = typeof n === 'string' ? Buffer.from(n, 'utf8').toString('latin1') : n;
      if (matches(text, needle)) hits.push(`${file}: ${String(n)}`);
    }
  }
  return hits;
}

function matches(text: string, needle: string | RegExp): boolean {
  return typeof needle === 'string' ? text.toLowerCase().includes(needle.toLowerCase()) : needle.test(text);
}

/** A number as a whole word (student numbers are digits; a longer number containing them is not a hit). */
export const wholeNumber = (digits: string) => new RegExp(`(?<![0-9])${digits}(?![0-9])`);
