/** Invitations in bulk: a whole class, or the students a CSV names; a link can be made again. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { students as studentsTable } from '../../db/schema';
import { callerAs, callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
}, 60_000);
const admin = () => callerFor(fx, 'beheer@eindhoven.demo');

describe('inviting a class', () => {
  it('invites every student of the class at once, skips who has an account, and not twice', () =>
    rolledBack(fx.db, async () => {
      const { outcomes } = await admin().people.inviteClass({ cohortId: fx.region.eindhoven.cohortId });
      expect(outcomes.length).toBe(fx.region.eindhoven.cohortStudentIds.length);
      expect(outcomes.find((o) => o.name === 'Sanne Jansen')).toMatchObject({ kind: 'hasAccount' });
      const invited = outcomes.filter((o) => o.kind === 'invited');
      expect(invited.length).toBe(outcomes.length - 1);
      for (const o of invited) expect('link' in o ? o.link : '').toMatch(/^\/uitnodiging\/[\w-]{20,}$/);
      const again = await admin().people.inviteClass({ cohortId: fx.region.eindhoven.cohortId });
      expect(again.outcomes.filter((o) => o.kind === 'alreadyInvited')).toHaveLength(invited.length);
      // The link works: it names the student it is for.
      const first = invited[0]!;
      const info = await callerAs(fx, null).people.inviteInfo({
        token: 'link' in first ? first.link.split('/').at(-1)! : '',
      });
      expect(info).toMatchObject({ name: first.name });
    }));

  it("refuses another partnership's class as not found", async () => {
    const f = await failure(admin().people.inviteClass({ cohortId: fx.region.rotterdam.cohortId }));
    expect(f.code).toBe('NOT_FOUND');
  });
});

describe('inviting from a CSV', () => {
  it('finds students by studentnummer or e-mail and reports the lines it cannot place', () =>
    rolledBack(fx.db, async () => {
      const students = fx.db
        .select()
        .from(studentsTable)
        .where(eq(studentsTable.partnershipId, fx.region.eindhoven.partnershipId))
        .all();
      const [a, b] = students.filter((s) => s.email && s.studentNumber && s.firstName !== 'Sanne');
      const csv = `\uFEFFstudentnummer\r\n${a!.studentNumber}\r\n${b!.email!.toUpperCase()}\r\n999999\r\n`;
      const { outcomes, unknown } = await admin().people.inviteFromCsv({ csv });
      expect(outcomes.map((o) => o.studentId).sort()).toEqual([a!.id, b!.id].sort());
      expect(outcomes.every((o) => o.kind === 'invited')).toBe(true);
      expect(unknown).toEqual([{ line: 4, value: '999999' }]);
    }));
});

describe('a link again', () => {
  it('makes a new link for an open invitation; the old one stops working', () =>
    rolledBack(fx.db, async () => {
      await admin().people.inviteClass({ cohortId: fx.region.eindhoven.cohortId });
      const pending = (await admin().people.list()).invites[0]!;
      const { link } = await admin().people.renewInvite({ id: pending.id });
      const info = await callerAs(fx, null).people.inviteInfo({ token: link.split('/').at(-1)! });
      expect(info).toMatchObject({ email: pending.email });
    }));
});
