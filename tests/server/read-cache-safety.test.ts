/**
 * The read caches' safety rails (db/README.md): an SQLite version the footprints were not checked
 * against turns the caches off with a log line, and a kept value cannot be changed by a caller.
 */
import { describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import {
  actorGeneration,
  baseGeneration,
  checkFootprintVersion,
  FOOTPRINT_CHECKED_SQLITE_VERSIONS,
} from '../../db/data-generation';
import { cachedRead } from '../../server/cache/read-cache';
import { createTestDb } from '../helpers/db';

const countUsers = (db: ReturnType<typeof createTestDb>) => db.select().from(users).all().length;

describe('the SQLite version check', () => {
  it('trusts the version this build runs on: answers are kept', () => {
    const db = createTestDb();
    const version = db.$client.prepare('select sqlite_version()').pluck().get() as string;
    expect(FOOTPRINT_CHECKED_SQLITE_VERSIONS).toContain(version);
    const lines: string[] = [];
    expect(checkFootprintVersion(db.$client, version, (l) => lines.push(l))).toBe(true);
    expect(lines).toEqual([]);
    let computed = 0;
    const read = () => cachedRead(db, 'safety.users', () => (computed++, countUsers(db)));
    read();
    read();
    expect(computed).toBe(1);
    db.$client.close();
  });

  it('turns the caches off for an unknown version, with one log line naming it', () => {
    const db = createTestDb();
    const lines: string[] = [];
    expect(checkFootprintVersion(db.$client, '3.99.0', (l) => lines.push(l))).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Read caches off: SQLite 3\.99\.0 /);
    let computed = 0;
    const read = () => cachedRead(db, 'safety.users', () => (computed++, countUsers(db)));
    read();
    read();
    read();
    expect(computed).toBe(3);
    // the actor cache and every kept answer see a new generation on every ask
    expect(actorGeneration(db.$client)).not.toBe(actorGeneration(db.$client));
    expect(baseGeneration(db.$client)).not.toBe(baseGeneration(db.$client));
    db.$client.close();
  });
});

describe('a kept value', () => {
  it('is deep-frozen: a caller changing it throws instead of changing the next answer', () => {
    const db = createTestDb();
    const kept = cachedRead(db, 'safety.nested', () => ({ rows: [{ id: 1, tags: ['a'] }] }));
    expect(() => kept.rows.push({ id: 2, tags: [] })).toThrow(TypeError);
    expect(() => {
      kept.rows[0]!.id = 9;
    }).toThrow(TypeError);
    expect(() => kept.rows[0]!.tags.push('b')).toThrow(TypeError);
    expect(cachedRead(db, 'safety.nested', () => ({ rows: [] }))).toEqual({ rows: [{ id: 1, tags: ['a'] }] });
    db.$client.close();
  });
});
