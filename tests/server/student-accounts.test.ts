/**
 * The student list says whether a record has an account (issue 15), so the beheerder can unlink it from the
 * list: a yes/no only, never the account's address; unlinking clears the flag and is audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, students, users } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';

let fx: DemoFixture;
let sanneId: number;

beforeAll(async () => {
  fx = await demoFixture();
  const account = fx.db.select().from(users).where(eq(users.email, 'student@eindhoven.demo')).get()!;
  sanneId = fx.db.select().from(students).where(eq(students.userId, account.id)).get()!.id;
}, 60_000); // seeding the demo region takes several seconds on a busy machine

describe('the student list', () => {
  it('marks exactly the records with an account, for every role that lists students', async () => {
    for (const email of ['beheer@eindhoven.demo', 'projectleider@eindhoven.demo', 'mentor@eindhoven.demo']) {
      const list = await callerFor(fx, email).students.list({ search: '' });
      const linked = list.filter((s) => s.hasAccount).map((s) => s.id);
      const withAccount = new Set(
        fx.db
          .select({ id: students.id, userId: students.userId })
          .from(students)
          .all()
          .filter((s) => s.userId !== null)
          .map((s) => s.id),
      );
      expect(linked).toEqual(list.map((s) => s.id).filter((id) => withAccount.has(id)));
      expect(list.every((s) => typeof s.hasAccount === 'boolean')).toBe(true);
    }
    const all = await callerFor(fx, 'beheer@eindhoven.demo').students.list({ search: '' });
    expect(all.find((s) => s.id === sanneId)?.hasAccount).toBe(true);
    expect(all.filter((s) => !s.hasAccount).length).toBeGreaterThan(0);
  });

  it("never carries the account's address or id", async () => {
    const rows = await callerFor(fx, 'mentor@eindhoven.demo').students.list({ search: 'Jansen' });
    const row = rows.find((s) => s.id === sanneId);
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain('@');
    expect(Object.keys(row!)).not.toContain('userId');
  });
});

describe('unlinking from the list', () => {
  it('is refused to the projectleider, and leaves the flag as it was', async () => {
    const refused = await failure(
      callerFor(fx, 'projectleider@eindhoven.demo').students.unlinkAccount({ id: sanneId }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    const list = await callerFor(fx, 'projectleider@eindhoven.demo').students.list({ search: '' });
    expect(list.find((s) => s.id === sanneId)?.hasAccount).toBe(true);
  });

  it('clears the flag, keeps the record, and is audited with the record as subject', async () => {
    const beheer = callerFor(fx, 'beheer@eindhoven.demo');
    await beheer.students.unlinkAccount({ id: sanneId });
    const list = await beheer.students.list({ search: '' });
    const sanne = list.find((s) => s.id === sanneId);
    expect(sanne).toMatchObject({ firstName: 'Sanne', lastName: 'Jansen', hasAccount: false });
    const audit = fx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'student.unlinkAccount'), eq(auditEvents.subjectId, String(sanneId))))
      .all();
    expect(audit).toHaveLength(1);
  });
});
