import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import {
  auditEvents,
  invites,
  mailOutbox,
  mentorTeams,
  regiegroepActions,
  sessionLogs,
  studentReflections,
  students,
} from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { hashToken } from '../../server/auth/tokens';
import { queueMail } from '../../server/features/mail/outbox';
import { contentOf } from '../../server/features/mail/texts';
import type { AttentionItem } from '../../server/features/start/attention';
import { requestPasswordReset } from '../../server/features/mail/password-reset';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
}, 120_000);

const itemsOf = async (email: string, role: string) =>
  (await callerFor(fx, email).start.attention()).find((g) => g.role === role)?.items ?? [];
const item = (items: AttentionItem[], key: string) => items.find((i) => i.key === key);

describe('start page: "Wat vraagt je aandacht" per role', () => {
  it("mentor: this week's log per team follows its state (missing, concept, done), with the team's link", async () => {
    // Demo clock: week 48 of 2026. Eindhoven's team has no log yet this week.
    const before = item(await itemsOf('mentor@eindhoven.demo', 'mentor'), 'weekLog');
    expect(before).toMatchObject({ state: 'missing', name: 'Mentorteam PW3 klas A', urgent: true });
    expect(before!.link).toMatch(/^\/mentorteams\/\d+$/);
    const teamId = Number(before!.link.split('/').pop());
    const rotterdamLog = fx.db.select().from(sessionLogs).where(eq(sessionLogs.isoWeek, 48)).get()!;
    fx.db
      .insert(sessionLogs)
      .values({ ...rotterdamLog, id: undefined, teamId, partnershipId: fx.region.eindhoven.partnershipId })
      .run();
    expect(item(await itemsOf('mentor@eindhoven.demo', 'mentor'), 'weekLog')).toMatchObject({ state: 'concept' });
    fx.db
      .update(sessionLogs)
      .set({ status: 'vastgesteld' })
      .where(and(eq(sessionLogs.teamId, teamId), eq(sessionLogs.isoWeek, 48)))
      .run();
    expect(item(await itemsOf('mentor@eindhoven.demo', 'mentor'), 'weekLog')).toMatchObject({
      state: 'done',
      urgent: false,
    });
    expect(item(await itemsOf('mentor@eindhoven.demo', 'mentor'), 'openSignals')).toMatchObject({ link: '/signalen' });
  });

  it('mentor: the reflections nobody of the team has read yet, one fewer after a mentor reads one', async () => {
    const mentor = callerFor(fx, 'mentor@eindhoven.demo');
    const before = item(await itemsOf('mentor@eindhoven.demo', 'mentor'), 'reflections')!;
    const team = before.link.split('/').pop()!;
    const unread = fx.db
      .select({ id: studentReflections.id })
      .from(studentReflections)
      .innerJoin(students, eq(students.id, studentReflections.studentId))
      .innerJoin(mentorTeams, eq(mentorTeams.cohortId, students.cohortId))
      .where(and(eq(mentorTeams.id, Number(team)), isNull(studentReflections.readAt)))
      .all();
    expect(before.count).toBe(unread.length);
    expect(before.count).toBeGreaterThan(0);
    await mentor.mentorTeams.markReflectionRead({ id: unread[0]!.id });
    expect(item(await itemsOf('mentor@eindhoven.demo', 'mentor'), 'reflections')!.count).toBe(unread.length - 1);
  });

  it('regiegroep: overdue actions counted in the own partnership only', async () => {
    const count = (p: number) =>
      fx.db
        .select()
        .from(regiegroepActions)
        .where(eq(regiegroepActions.partnershipId, p))
        .all()
        .filter((a) => a.status !== 'afgerond' && a.dueOn < '2026-11-25').length;
    const items = await itemsOf('regiegroep@eindhoven.demo', 'regiegroep');
    expect(item(items, 'overdueActions')).toMatchObject({
      count: count(fx.region.eindhoven.partnershipId),
      link: '/regiegroep/actiepunten',
    });
    expect(item(items, 'overdueActions')!.count).toBeGreaterThan(0);
    expect(item(items, 'nextMeeting')?.link ?? item(items, 'noMeeting')?.link).toMatch(/^\/regiegroep\/overleg/);
  });

  it('student: the reflection of this week and the placement', async () => {
    const items = await itemsOf('student@eindhoven.demo', 'student');
    expect(item(items, 'reflection')).toMatchObject({ state: 'missing', link: '/reflectie' });
    expect(item(items, 'placement') ?? item(items, 'noPlacement')).toMatchObject({ link: '/mijn-plaatsing' });
    await callerFor(fx, 'student@eindhoven.demo').mentorTeams.saveReflection({
      week: '2026-W48',
      body: 'Mijn week',
      nextStep: '',
    });
    expect(item(await itemsOf('student@eindhoven.demo', 'student'), 'reflection')).toMatchObject({ state: 'done' });
  });

  it("beheerder: open invitations and failed mails, never another partnership's", async () => {
    const before = await itemsOf('beheer@eindhoven.demo', 'beheerder');
    const creator = fx.region.rotterdam.userIdByEmail['beheer@rotterdam.demo']!;
    fx.db
      .insert(invites)
      .values({
        partnershipId: fx.region.rotterdam.partnershipId,
        email: 'x@example.org',
        name: 'X',
        role: 'mentor',
        tokenHash: hashToken('rotterdam-invite'),
        createdBy: creator,
        createdAt: fx.clock.now(),
        expiresAt: fx.clock.now() + 86_400_000,
      })
      .run();
    for (const p of [fx.region.eindhoven.partnershipId, fx.region.rotterdam.partnershipId]) {
      const id = queueMail(fx.db, fx.clock, {
        partnershipId: p,
        userId: null,
        to: 'y@example.org',
        kind: 'invitation',
        locale: 'nl',
        content: contentOf('invitation', 'nl', { name: 'Y', partnershipName: 'P', link: 'http://x' }),
        unsubscribable: false,
      })!;
      fx.db
        .update(mailOutbox)
        .set({ status: 'failed', lastError: '550 mailbox unavailable' })
        .where(eq(mailOutbox.id, id))
        .run();
    }
    const after = await itemsOf('beheer@eindhoven.demo', 'beheerder');
    expect(item(after, 'openInvites')!.count).toBe(item(before, 'openInvites')!.count);
    expect(item(after, 'failedMails')).toMatchObject({
      count: item(before, 'failedMails')!.count! + 1,
      link: '/beheer/e-mail',
      urgent: true,
    });
    const outbox = await callerFor(fx, 'beheer@eindhoven.demo').mail.outbox({ status: 'failed' });
    expect(outbox.map((m) => m.lastError)).toEqual(['550 mailbox unavailable']);
  });

  it('projectleider: open rounds, unplaced students and placements without days, each linking to a round', async () => {
    const items = await itemsOf('projectleider@eindhoven.demo', 'projectleider');
    expect(items.map((i) => i.key)).toEqual(['openRounds', 'unplaced', 'noDays']);
    for (const i of items) expect(i.link).toMatch(/^\/plaatsingen/);
    expect(await itemsOf('projectleider@eindhoven.demo', 'beheerder')).toEqual([]);
  });
});

describe('Uitgaande e-mail', () => {
  it('never lists a password reset (its link is a key to the account), nor mails of another partnership', async () => {
    requestPasswordReset(fx.db, fx.clock, 'beheer@eindhoven.demo', '10.9.9.9');
    const rows = await callerFor(fx, 'beheer@eindhoven.demo').mail.outbox({ status: null });
    expect(rows.some((r) => r.kind === 'passwordReset')).toBe(false);
    expect(
      fx.db.select().from(auditEvents).where(eq(auditEvents.action, 'mail_outbox.view')).all().length,
    ).toBeGreaterThan(0);
    const all = fx.db.select().from(mailOutbox).all();
    expect(rows.length).toBe(all.filter((m) => m.partnershipId === fx.region.eindhoven.partnershipId).length);
  });
});
