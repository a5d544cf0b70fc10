import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPragmas, openDb } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { audit } from '../../server/audit';
import { fakeClock } from '../../server/clock';
import { createTestDb } from '../helpers/db';
import { execWatched } from '../../db/data-generation';
import { searchFileBytes } from '../helpers/privacy';

describe('database', () => {
  it('opens with WAL, synchronous=NORMAL, foreign keys, a busy timeout and secure_delete', () => {
    const db = createTestDb();
    const p = (name: string) => db.$client.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(1);
    expect(p('foreign_keys')).toBe(1);
    expect(p('busy_timeout')).toBe(5000);
    expect(p('secure_delete')).toBe(1);
  });

  it('zeroes what an update frees: the old text is nowhere in the file', () => {
    const db = createTestDb();
    const sqlite = db.$client;
    execWatched(sqlite, 'CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)');
    sqlite.prepare('INSERT INTO note (id, body) VALUES (1, ?)').run(`Oude tekst Zwanenburg ${'x'.repeat(300)}`);
    sqlite.prepare('UPDATE note SET body = ? WHERE id = 1').run('Nieuw');
    sqlite.prepare('INSERT INTO note (id, body) VALUES (2, ?)').run(`Weggehaald Vliegenthart ${'y'.repeat(5000)}`);
    sqlite.prepare('DELETE FROM note WHERE id = 2').run();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(searchFileBytes(db, ['Zwanenburg', 'Vliegenthart'])).toEqual([]);
  });

  it('rewrites once a file written before secure_delete was always on, and never again', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'wp-')), 'old.db');
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.prepare('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)').run();
    old.prepare('INSERT INTO note (id, body) VALUES (1, ?)').run(`Achtergebleven Oosterhout ${'z'.repeat(300)}`);
    old.prepare('UPDATE note SET body = ? WHERE id = 1').run('Nieuw');
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    const bytes = () => readFileSync(path).toString('latin1');
    expect(bytes()).toContain('Oosterhout'); // what secure_delete off leaves behind
    const db = openDb(path);
    expect(bytes()).not.toContain('Oosterhout');
    expect(db.$client.prepare('SELECT body FROM note').pluck().get()).toBe('Nieuw');
    expect(Number(db.$client.pragma('user_version', { simple: true })) & 1).toBe(1);
    db.$client.close();
    const mtime = statSync(path).mtimeMs;
    openDb(path).$client.close();
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('refuses a connection whose pragmas are off', () => {
    const raw = new Database(join(mkdtempSync(join(tmpdir(), 'wp-')), 'x.db'));
    expect(() => assertPragmas(raw)).toThrow(/not as required: journal_mode=delete, synchronous=2, secure_delete=0$/);
  });

  it('migrates a fresh file and enforces foreign keys', () => {
    const db = createTestDb();
    expect(() =>
      db.$client
        .prepare(
          "INSERT INTO top_location (partnership_id, organisation_id, name, address, city, open_days, created_at) VALUES (999, 999, 'x', 'x', 'x', '[1]', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('keeps the audit log append-only', () => {
    const db = createTestDb();
    audit(db, fakeClock(), { userId: null, partnershipId: null }, { action: 'test', subjectType: 'test' });
    expect(db.select().from(auditEvents).all()).toHaveLength(1);
    expect(() => execWatched(db.$client, "UPDATE audit_event SET action = 'anders'")).toThrow(/append-only/);
    expect(() => execWatched(db.$client, 'DELETE FROM audit_event')).toThrow(/append-only/);
    expect(db.select().from(auditEvents).get()!.action).toBe('test');
  });

  it('openDb creates missing folders', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wp-')), 'a', 'b');
    const db = openDb(join(dir, 'w.db'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
