import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mailDigestItems, studentReflections } from '../../db/schema';
import { runMailJobs } from '../../server/features/mail/jobs';
import { unsubscribe } from '../../server/features/mail/unsubscribe';
import { modeOf } from '../../server/features/mail/outbox';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp';
import { flush, linkIn, mailsTo, PUBLIC_URL, rawHeader, userIdOf, useTestPublicUrl } from '../helpers/mail';

let smtp: TestSmtp;
let fx: DemoFixture;
beforeAll(async () => {
  smtp = await startTestSmtp();
  fx = await demoFixture();
}, 120_000);
beforeEach(useTestPublicUrl);
afterAll(() => smtp.stop());

/** Runs the jobs twice (as the 5-minute timer would) and delivers: a reminder must still arrive once. */
async function jobsAt(utc: string) {
  fx.clock.set(Date.parse(utc));
  runMailJobs(fx.db, fx.clock);
  runMailJobs(fx.db, fx.clock);
  await flush(smtp, fx.db, fx.clock);
}
const subjects = (email: string) => mailsTo(smtp, email).map((m) => m.subject);

describe('scheduled mails, on the (fake) clock', () => {
  it('an overdue action point: once to its owner, however often the job runs', async () => {
    // Demo: "Afspraken over aanwezigheidsdagen…" (open, due 13-11-2026) belongs to regie-kw1c.
    await jobsAt('2026-11-25T09:00:00Z');
    await jobsAt('2026-11-25T09:05:00Z');
    const overdue = subjects('regie-kw1c@eindhoven.demo').filter((s) => s?.startsWith('Verlopen:'));
    expect(overdue).toEqual(['Verlopen: Afspraken over aanwezigheidsdagen vastleggen met de roc’s']);
    const mail = mailsTo(smtp, 'regie-kw1c@eindhoven.demo')[0]!;
    expect(mail.text).toContain('13-11-2026');
    expect(linkIn(mail, '/regiegroep/actiepunten')).toBe(`${PUBLIC_URL}/regiegroep/actiepunten`);
  });

  it('an action point due in 3 days: on that day, once; not the day before', async () => {
    // Demo: "Lesopzet observeren…" (bezig, due 16-12-2026) belongs to the mentor.
    await jobsAt('2026-12-12T09:00:00Z');
    expect(subjects('mentor@eindhoven.demo').filter((s) => s?.startsWith('Over 3 dagen'))).toEqual([]);
    await jobsAt('2026-12-13T09:00:00Z');
    await jobsAt('2026-12-13T15:00:00Z');
    expect(subjects('mentor@eindhoven.demo').filter((s) => s?.startsWith('Over 3 dagen'))).toEqual([
      'Over 3 dagen af: Lesopzet observeren met het kindvolgsysteem uitwerken',
    ]);
  });

  it('a week without a session log by Friday noon: once to each member of that team only', async () => {
    // Week 49 of 2026: no team has a log. Thursday nothing; Friday 13:00 in Amsterdam (12:00 UTC) the reminder.
    await jobsAt('2026-12-03T12:00:00Z');
    const team = ['mentor@eindhoven.demo', 'docent@eindhoven.demo', 'hbo-docent@eindhoven.demo'];
    const reminder = 'Week 49: nog geen weekverslag voor Mentorteam PW3 klas A';
    for (const email of team) expect(subjects(email)).not.toContain(reminder);
    await jobsAt('2026-12-04T12:00:00Z');
    await jobsAt('2026-12-05T10:00:00Z');
    for (const email of team) expect(subjects(email).filter((s) => s === reminder)).toHaveLength(1);
    expect(subjects('mentor@rotterdam.demo').filter((s) => s?.startsWith('Week 49'))).toHaveLength(1);
    expect(subjects('mentor@rotterdam.demo')).not.toContain(reminder);
  });

  it('new reflections: the next morning one digest per mentor, with a link and without the text', async () => {
    fx.clock.set(Date.parse('2026-12-09T10:00:00Z'));
    await callerFor(fx, 'student@eindhoven.demo').mentorTeams.saveReflection({
      week: '2026-W50',
      body: 'GEHEIME-REFLECTIETEKST over mijn week',
      nextStep: '',
    });
    const reflection = fx.db
      .select()
      .from(studentReflections)
      // the demo also has reflections of week 50 of 2025 (Rotterdam's first year, decision 087)
      .where(and(eq(studentReflections.isoYear, 2026), eq(studentReflections.isoWeek, 50)))
      .get()!;
    expect(
      fx.db
        .select()
        .from(mailDigestItems)
        .all()
        .filter((i) => i.kind === 'newReflections'),
    ).toHaveLength(3);
    await jobsAt('2026-12-10T05:30:00Z'); // 06:30 in Amsterdam: not yet
    expect(subjects('docent@eindhoven.demo')).not.toContain('Je overzicht van vandaag');
    await jobsAt('2026-12-10T06:30:00Z');
    await jobsAt('2026-12-10T12:00:00Z');
    for (const email of ['mentor@eindhoven.demo', 'docent@eindhoven.demo', 'hbo-docent@eindhoven.demo']) {
      const digests = mailsTo(smtp, email).filter((m) => m.subject === 'Je overzicht van vandaag');
      expect(digests).toHaveLength(1);
      expect(digests[0]!.text).toContain('Een nieuwe reflectie');
      expect(digests[0]!.text).not.toContain('GEHEIME');
      expect(linkIn(digests[0]!, '/mentorteams/')).toMatch(/\/mentorteams\/\d+$/);
    }
    expect(reflection.body).toContain('GEHEIME');

    // Unsubscribing from a digest turns off every kind that was gathered in digests (here: new reflections).
    const digest = mailsTo(smtp, 'docent@eindhoven.demo').find((m) => m.subject === 'Je overzicht van vandaag')!;
    const token = /uitschrijven\/([A-Za-z0-9_-]+)>/.exec(rawHeader(digest, 'List-Unsubscribe') ?? '')![1]!;
    expect(unsubscribe(fx.db, fx.clock, token).kinds).toEqual(['newReflections']);
    expect(modeOf(fx.db, userIdOf(fx.db, 'docent@eindhoven.demo'), 'newReflections')).toBe('off');
    expect(modeOf(fx.db, userIdOf(fx.db, 'docent@eindhoven.demo'), 'logMissing')).toBe('direct');
  });
});
