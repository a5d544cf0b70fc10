import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mailOutbox, regiegroepMeetings, signals, students } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp';
import { PL, run, smallRound } from '../helpers/placements';
import { flush, linkIn, mailsTo, PUBLIC_URL, rawHeader, setLocale, userIdOf, useTestPublicUrl } from '../helpers/mail';

let smtp: TestSmtp;
let fx: DemoFixture;
beforeAll(async () => {
  smtp = await startTestSmtp();
  fx = await demoFixture();
}, 120_000);
beforeEach(useTestPublicUrl);
afterAll(() => smtp.stop());

describe('mails caused by a change, through the outbox to a real SMTP server', () => {
  it('an invitation: in Dutch, once, and its link opens the invitation', async () => {
    const beheer = callerFor(fx, 'beheer@eindhoven.demo');
    await beheer.people.invite({ email: 'nieuw.lid@example.org', name: 'Nieuw Lid', role: 'mentor' });
    await flush(smtp, fx.db, fx.clock);
    const [mail, ...more] = mailsTo(smtp, 'nieuw.lid@example.org');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Uitnodiging voor Werkplaats Kind & Educatie Eindhoven in Werkplaats');
    expect(mail!.html).toContain('Uitnodiging aannemen');
    expect(rawHeader(mail!, 'List-Unsubscribe')).toBeUndefined(); // not a notification
    const token = linkIn(mail!, '/uitnodiging/').split('/').pop()!;
    const info = await callerFor(fx, 'beheer@eindhoven.demo').people.inviteInfo({ token });
    expect(info).toMatchObject({ name: 'Nieuw Lid', email: 'nieuw.lid@example.org' });
  });

  it('a published placement: to the student, with where, which days and the werkbegeleider', async () => {
    const caller = callerFor(fx, PL.eindhoven);
    const round = await smallRound(fx, caller);
    // The demo student account takes the place of the round's first student.
    const studentUser = userIdOf(fx.db, 'student@eindhoven.demo');
    fx.db.update(students).set({ userId: null }).where(eq(students.userId, studentUser)).run();
    fx.db.update(students).set({ userId: studentUser }).where(eq(students.id, round.studentIds[0]!)).run();
    await run(caller, round.roundId);
    await caller.placements.publish({ roundId: round.roundId });
    await flush(smtp, fx.db, fx.clock);
    const [mail, ...more] = mailsTo(smtp, 'student@eindhoven.demo');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toMatch(/^Je TOP-locatie: Kindcentrum (Wittering\.nl|De Regenboog)$/);
    expect(mail!.text).toMatch(/Dagen: (maandag|dinsdag|woensdag|donderdag|vrijdag)/);
    expect(mail!.text).toContain('Werkbegeleider: ');
    expect(linkIn(mail!, '/mijn-plaatsing')).toBe(`${PUBLIC_URL}/mijn-plaatsing`);
    expect(rawHeader(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('an action point assigned: to its owner in their language (English here)', async () => {
    setLocale(fx.db, 'locatie@eindhoven.demo', 'en');
    const chair = callerFor(fx, 'regiegroep@eindhoven.demo');
    const meeting = fx.db
      .select({ id: regiegroepMeetings.id })
      .from(regiegroepMeetings)
      .where(
        and(
          eq(regiegroepMeetings.partnershipId, fx.region.eindhoven.partnershipId),
          eq(regiegroepMeetings.status, 'gepland'),
        ),
      )
      .get()!;
    await chair.regiegroep.addAction({
      meetingId: meeting.id,
      title: 'Stageplekken tellen',
      ownerUserId: userIdOf(fx.db, 'locatie@eindhoven.demo'),
      dueOn: '2027-06-01',
      decisionId: null,
    });
    await flush(smtp, fx.db, fx.clock);
    const [mail, ...more] = mailsTo(smtp, 'locatie@eindhoven.demo');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Action for you: Stageplekken tellen');
    expect(mail!.text).toContain('due 01-06-2027');
    expect(linkIn(mail!, '/regiegroep/actiepunten')).toBe(`${PUBLIC_URL}/regiegroep/actiepunten`);
  });

  it('a signal forwarded to the regiegroep: to the chair, with a link instead of its text', async () => {
    const signal = fx.db.select().from(signals).where(eq(signals.status, 'nieuw')).get()!;
    fx.db.update(signals).set({ description: 'VERTROUWELIJKE-OMSCHRIJVING' }).where(eq(signals.id, signal.id)).run();
    await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.setSignalStatus({
      id: signal.id,
      revision: signal.revision,
      status: 'doorgezet',
      note: '',
    });
    await flush(smtp, fx.db, fx.clock);
    const [mail, ...more] = mailsTo(smtp, 'regiegroep@eindhoven.demo');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Signaal van mentorteam Mentorteam PW3 klas A voor de regiegroep');
    expect(mail!.text).not.toContain('VERTROUWELIJKE');
    expect(mail!.html).not.toContain('VERTROUWELIJKE');
    expect(linkIn(mail!, '/signalen')).toBe(`${PUBLIC_URL}/signalen`);
  });

  it('one-click unsubscribe: the POST of List-Unsubscribe needs no session and turns that kind off', async () => {
    const mail = mailsTo(smtp, 'regiegroep@eindhoven.demo')[0]!;
    const url = /<([^>]+)>/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')![1]!;
    expect(url.startsWith(`${PUBLIC_URL}/mail/uitschrijven/`)).toBe(true);
    const { buildServer } = await import('../../server/app');
    const app = await buildServer({ db: fx.db, clock: fx.clock });
    const path = url.slice(PUBLIC_URL.length);
    const wrong = await app.inject({
      method: 'POST',
      url: `${path.slice(0, -4)}xxxx`,
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(wrong.statusCode).toBe(404);
    const res = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.com' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, kinds: ['signalForwarded'] });
    const before = fx.db.select().from(mailOutbox).all().length;
    const another = fx.db.select().from(signals).where(eq(signals.status, 'nieuw')).get()!;
    await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.setSignalStatus({
      id: another.id,
      revision: another.revision,
      status: 'doorgezet',
      note: '',
    });
    expect(fx.db.select().from(mailOutbox).all().length).toBe(before);
    await app.close();
  });
});
