/** A restore does not bring back a person erased after the backup: their erasure is made again. */
import { eq } from 'drizzle-orm';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { auditEvents, students } from '../../db/schema';
import { backupDatabase } from '../../server/ops/backup';
import { restoreWithErasures } from '../../server/ops/reapply-erasures';
import { callerFor, demoFixture } from '../helpers/demo';
import { searchEveryTable } from '../helpers/privacy';

describe('restore after an erasure', () => {
  it('erases again whom the backup still holds, once, and audits it', { timeout: 60_000 }, async () => {
    const fx = await demoFixture();
    const live = fx.db.$client.name;
    const backup = join(dirname(live), 'voor-verwijdering.db');
    const sanne = fx.db.select().from(students).where(eq(students.id, fx.region.eindhoven.studentIds[0]!)).get()!;
    const name = `${sanne.firstName} ${sanne.lastName}`;
    await backupDatabase(live, backup);

    await callerFor(fx, 'beheer@eindhoven.demo').privacy.erase({
      subject: 'student',
      id: sanne.id,
      confirmation: name,
    });
    expect(searchEveryTable(fx.db, [name, sanne.email!])).toEqual([]);
    fx.db.$client.close();

    // the backup holds her (so what follows is not vacuous)
    const old = openDb(backup);
    expect(searchEveryTable(old, [name]).length).toBeGreaterThan(0);
    old.$client.close();

    expect(restoreWithErasures(backup, live, fx.clock)).toMatchObject({ reapplied: 1 });
    const restored = openDb(live);
    expect(searchEveryTable(restored, [name, sanne.email!])).toEqual([]);
    const erasures = restored.select().from(auditEvents).where(eq(auditEvents.action, 'privacy.erase')).all();
    expect(erasures).toMatchObject([
      { subjectType: 'student', subjectId: String(sanne.id), detail: { afterRestore: true } },
    ]);
    restored.$client.close();

    // restoring the same backup again over the restored file: the erasure is in the replaced file's trail, made once more
    expect(restoreWithErasures(backup, live, fx.clock)).toMatchObject({ reapplied: 1 });
    const again = openDb(live);
    expect(searchEveryTable(again, [name])).toEqual([]);
    again.$client.close();
  });
});
