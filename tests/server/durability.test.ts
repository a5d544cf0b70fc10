/**
 * Crash safety, in the test suite (npm run test:durability does the full 100 kills): SIGKILL during
 * writes, two writing processes at once, and a migration killed midway.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { bundle, checkDatabase, crashTest, runChild } from '../../scripts/durability/crash-test';
import { migrationsFolder } from '../../db/client';

const freshPath = () => join(mkdtempSync(join(tmpdir(), 'wp-dur-')), 'd.db');

describe('durability', () => {
  it(
    'survives SIGKILL during writes: whole, nothing half, nothing acknowledged lost',
    { timeout: 120_000 },
    async () => {
      const result = await crashTest(12);
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ survived: 12, lost: 0, integrityOk: true });
      expect(result.acknowledged).toBeGreaterThan(0);
    },
  );

  it('lets two processes write at once without SQLITE_BUSY or loss', { timeout: 120_000 }, async () => {
    const writer = await bundle('scripts/durability/writer.ts');
    const path = freshPath();
    await runChild(writer, [path, '1', 'warmup']); // migrate and seed once, so both start on the same schema
    const [a, b] = await Promise.all([runChild(writer, [path, '150', 'a']), runChild(writer, [path, '150', 'b'])]);
    expect([a.exitCode, b.exitCode, a.stderr + b.stderr]).toEqual([0, 0, '']);
    expect(a.acked).toHaveLength(150);
    expect(b.acked).toHaveLength(150);
    const check = checkDatabase(path, [...a.acked, ...b.acked]);
    expect(check).toEqual({ integrityOk: true, foreignKeyViolations: 0, halfTransactions: 0, lost: [] });
  });

  it('leaves the database as it was when a migration is killed midway', { timeout: 120_000 }, async () => {
    const child = await bundle('scripts/durability/migrate-child.ts');
    const expected = readMigrationFiles({ migrationsFolder }).length;
    const outcomes = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const path = freshPath();
      const run = await runChild(child, [path], 20 + i * 15);
      const db = new Database(path);
      const tables = db
        .prepare(
          "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'",
        )
        .pluck()
        .get() as number;
      const applied =
        tables === 0 ? 0 : (db.prepare('SELECT COUNT(*) FROM __drizzle_migrations').pluck().get() as number);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      // All or nothing: either no table at all, or every migration recorded.
      expect(tables === 0 || applied === expected, `after kill ${i}: ${tables} tables, ${applied} migrations`).toBe(
        true,
      );
      outcomes.add(
        run.signal === 'SIGKILL' ? (tables === 0 ? 'killed-before-commit' : 'killed-after-commit') : 'finished',
      );
    }
    expect(outcomes.has('killed-before-commit')).toBe(true);
  });
});
