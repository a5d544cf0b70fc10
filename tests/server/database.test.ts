import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPragmas, openDb } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { audit } from '../../server/audit';
import { fakeClock } from '../../server/clock';
import { createTestDb } from '../helpers/db';
import { execWatched } from '../../db/data-generation';

describe('database', () => {
  it('opens with WAL, synchronous=NORMAL, foreign keys and a busy timeout', () => {
    const db = createTestDb();
    const p = (name: string) => db.$client.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(1);
    expect(p('foreign_keys')).toBe(1);
    expect(p('busy_timeout')).toBe(5000);
  });

  it('refuses a connection whose pragmas are off', () => {
    const raw = new Database(join(mkdtempSync(join(tmpdir(), 'wp-')), 'x.db'));
    expect(() => assertPragmas(raw)).toThrow(/not as required: journal_mode=delete, synchronous=2$/);
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
