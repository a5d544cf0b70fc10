import { describe, expect, it } from 'vitest';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openDb, migrateDb } from '../../db/client';
import { buildServer } from '../../server/app';
import { backupDatabase, restoreDatabase } from '../../server/ops/backup';
import { bundle, checkDatabase } from '../../scripts/durability/crash-test';
import { projectRoot } from '../../server/paths';
import { cookieOf, loginAs } from '../helpers/server';
import { trpcData, type Outputs } from '../helpers/answers';
import { execWatched } from '../../db/data-generation';

describe('backup and restore', () => {
  it('round-trips under write load, and the server boots on the restored file', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-backup-'));
    const live = join(dir, 'live.db');
    const writer = await bundle('scripts/durability/writer.ts');
    const acked: number[] = [];
    const child = spawn(process.execPath, [writer, live, '400', 'load'], { cwd: projectRoot });
    child.stdout.on('data', (c: Buffer) =>
      c
        .toString()
        .split('\n')
        .forEach((l) => l.startsWith('ack ') && acked.push(Number(l.slice(4)))),
    );
    while (acked.length < 50) await new Promise((r) => setTimeout(r, 20));

    const ackedBefore = [...acked];
    await backupDatabase(live, join(dir, 'backup.db'));
    await new Promise((r) => child.on('exit', r));
    expect(acked.length).toBe(400);

    // Everything acknowledged before the backup started is in it, whole.
    expect(checkDatabase(join(dir, 'backup.db'), ackedBefore)).toEqual({
      integrityOk: true,
      foreignKeyViolations: 0,
      halfTransactions: 0,
      lost: [],
    });

    const { keptAs } = restoreDatabase(join(dir, 'backup.db'), live);
    expect(keptAs && existsSync(keptAs)).toBeTruthy();
    expect(checkDatabase(keptAs!, acked).lost).toEqual([]);

    const db = openDb(live);
    migrateDb(db);
    const app = await buildServer({ db });
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const cookie = cookieOf(await loginAs(app, 'beheer@eindhoven.demo'));
    const cohorts = await app.inject({ url: '/trpc/cohorts.list', headers: { cookie } });
    const names = trpcData<Outputs['cohorts']['list']>(cohorts).map((c) => c.name);
    expect(names.filter((n) => n.startsWith('crash-load-')).length).toBeGreaterThanOrEqual(ackedBefore.length);
    expect(names.filter((n) => n.startsWith('crash-load-')).length).toBeLessThan(400);
    await app.close();
  });

  it('refuses to overwrite an existing backup file, and to restore something that is not a Werkplaats database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-backup-'));
    const db = openDb(join(dir, 'a.db'));
    migrateDb(db);
    await backupDatabase(join(dir, 'a.db'), join(dir, 'b.db'));
    await expect(backupDatabase(join(dir, 'a.db'), join(dir, 'b.db'))).rejects.toThrow(/already exists/);
    const other = openDb(join(dir, 'other.db'));
    execWatched(other.$client, 'CREATE TABLE x (y)');
    expect(() => restoreDatabase(join(dir, 'other.db'), join(dir, 'a.db'))).toThrow(/not a Werkplaats database/);
  });
});
