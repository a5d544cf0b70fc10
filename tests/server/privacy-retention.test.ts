/**
 * Bewaartermijnen on a fake clock: each kind expires on its own term, counted from its own moment
 * (end of the school year, the session day, an invitation's end, a failure's time); a partnership's own
 * term wins over the default; rows that dashboards count are blanked, the rest deleted; the daily job
 * runs at start-up and every 24 hours.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoFixture, callerFor, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { applyRetention, cutoffDate } from '../../server/features/privacy/retention.service';
import { startRetentionJob, RETENTION_EVERY_MS } from '../../server/features/privacy/retention-job';
import { createSession } from '../../server/auth/sessions';
import { ERASED } from '../../shared/domain/privacy';
import { cookieOf, loginAs, testServer, trpcPost } from '../helpers/server';
import { execWatched } from '../../db/data-generation';
import { parsedAs, trpcError } from '../helpers/answers';

let fx: DemoFixture;
const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T10:00:00Z`);
const one = <T>(sql: string, ...args: unknown[]) => fx.db.$client.prepare(sql).get(...args) as T;
const n = (sql: string, ...args: unknown[]) => one<{ n: number }>(sql, ...args).n;

beforeAll(async () => {
  fx = await demoFixture();
});
afterEach(() => {
  fx.clock.set(at('2026-11-25'));
  vi.useRealTimers();
});

/** Runs a scenario at a moment and undoes everything afterwards (one demo database serves all). */
function at_<T>(iso: string | number, fn: () => T | Promise<T>) {
  return rolledBack(fx.db, async () => {
    fx.clock.set(typeof iso === 'number' ? iso : at(iso));
    return fn();
  });
}

const ein = () => fx.region.eindhoven.partnershipId;
const rot = () => fx.region.rotterdam.partnershipId;
const intactReflections = (p: number) =>
  n(`SELECT count(*) AS n FROM student_reflection WHERE partnership_id = ? AND body <> '${ERASED}'`, p);

describe('cutoff dates', () => {
  it('counts calendar months back (31 March minus one month is the last day of February) and days', () => {
    expect(cutoffDate('2029-03-31', 1, 'months')).toBe('2029-02-28');
    expect(cutoffDate('2029-08-01', 24, 'months')).toBe('2027-08-01');
    expect(cutoffDate('2026-11-25', 30, 'days')).toBe('2026-10-26');
  });
});

describe('reflections: two years after the end of their school year (2026-2027 ends 31 July 2027)', () => {
  it('today nothing expires', () =>
    at_('2026-11-25', () => {
      const report = applyRetention(fx.db, fx.clock);
      expect(Object.values(report[ein()]!).every((v) => v === 0)).toBe(true);
    }));

  it('on 31 July 2029 they are still there; on 1 August 2029 the text is gone and every row stays', async () => {
    const total = n('SELECT count(*) AS n FROM student_reflection');
    await at_('2029-07-31', () => {
      applyRetention(fx.db, fx.clock);
      expect(intactReflections(ein())).toBeGreaterThan(0);
    });
    await at_('2029-08-01', () => {
      const report = applyRetention(fx.db, fx.clock);
      expect(report[ein()]!.reflections).toBeGreaterThan(100);
      expect(intactReflections(ein()) + intactReflections(rot())).toBe(0);
      expect(n('SELECT count(*) AS n FROM student_reflection')).toBe(total);
      // Notes blanked, presence deleted, session-log texts blanked, preferences and their explanations gone.
      expect(n(`SELECT count(*) AS n FROM mentor_student_note WHERE body <> '${ERASED}'`)).toBe(0);
      expect(n('SELECT count(*) AS n FROM mentor_session_attendance')).toBe(0);
      expect(n(`SELECT count(*) AS n FROM mentor_session_log WHERE agreements NOT IN ('', '${ERASED}')`)).toBe(0);
      expect(n('SELECT count(*) AS n FROM placement_preference')).toBe(0);
      expect(n('SELECT count(*) AS n FROM placement_participant WHERE explanation IS NOT NULL')).toBe(0);
      expect(n('SELECT count(*) AS n FROM placement_participant')).toBeGreaterThan(0);
    });
  });

  it("a partnership's own term wins: Eindhoven keeps three years, Rotterdam the default two", () =>
    at_('2026-11-25', async () => {
      await callerFor(fx, 'beheer@eindhoven.demo').privacy.setRetention({ kind: 'reflections', amount: 36 });
      fx.clock.set(at('2029-08-01'));
      applyRetention(fx.db, fx.clock);
      expect(intactReflections(ein())).toBeGreaterThan(0);
      expect(intactReflections(rot())).toBe(0);
      fx.clock.set(at('2030-08-01'));
      applyRetention(fx.db, fx.clock);
      expect(intactReflections(ein())).toBe(0);
    }));
});

describe('each kind on its own term', () => {
  it('hour notes go after a year, while session-log texts (two years) stay', () =>
    at_('2027-11-26', () => {
      execWatched(
        fx.db.$client,
        "UPDATE mentor_hour_entry SET note = 'Extra gesprek met de locatie' WHERE id IN (SELECT id FROM mentor_hour_entry LIMIT 5)",
      );
      const before = n(`SELECT count(*) AS n FROM mentor_hour_entry WHERE note NOT IN ('', '${ERASED}')`);
      const sum = n('SELECT sum(minutes) AS n FROM mentor_hour_entry');
      applyRetention(fx.db, fx.clock);
      expect(before).toBeGreaterThan(0);
      expect(n(`SELECT count(*) AS n FROM mentor_hour_entry WHERE note NOT IN ('', '${ERASED}')`)).toBe(0);
      expect(n('SELECT sum(minutes) AS n FROM mentor_hour_entry')).toBe(sum);
      expect(
        n(`SELECT count(*) AS n FROM mentor_session_log WHERE agreements NOT IN ('', '${ERASED}')`),
      ).toBeGreaterThan(0);
    }));

  it('an invitation goes three months after it ended', async () => {
    const now = fx.clock.now();
    const insert = () =>
      fx.db.$client
        .prepare(
          "INSERT INTO invite (partnership_id, email, name, role, token_hash, created_by, created_at, expires_at) VALUES (?, 'x@example.org', 'X', 'mentor', 'h-ret', ?, ?, ?)",
        )
        .run(ein(), fx.region.eindhoven.userIdByEmail['beheer@eindhoven.demo'], now, now + 14 * DAY);
    await at_(now, () => {
      insert();
      fx.clock.set(now + 14 * DAY + 88 * DAY);
      applyRetention(fx.db, fx.clock);
      expect(n("SELECT count(*) AS n FROM invite WHERE token_hash = 'h-ret'")).toBe(1);
      fx.clock.set(now + 14 * DAY + 93 * DAY);
      applyRetention(fx.db, fx.clock);
      expect(n("SELECT count(*) AS n FROM invite WHERE token_hash = 'h-ret'")).toBe(0);
    });
  });

  it("a mail goes three months after it was sent or finally failed (a queued one waits), each partnership by its own term; an account's mail after 30 days", async () => {
    const now = fx.clock.now();
    const mail = (partnershipId: number | null, status: string, key: string, attempt: number) =>
      fx.db.$client
        .prepare(
          "INSERT INTO mail_outbox (partnership_id, to_address, kind, subject, text, html, message_id, status, next_attempt_at, claimed_at, created_at, sent_at) VALUES (?, 'x@example.org', 'test', 'Onderwerp', 'Tekst', '<p>Tekst</p>', ?, ?, 0, ?, ?, ?)",
        )
        .run(partnershipId, `<${key}@retention.test>`, status, attempt, now - DAY, status === 'sent' ? attempt : null);
    const left = () =>
      (
        fx.db.$client
          .prepare(
            "SELECT message_id AS id FROM mail_outbox WHERE message_id LIKE '%@retention.test>' ORDER BY mail_outbox.id",
          )
          .all() as { id: string }[]
      ).map((r) => r.id.slice(1, r.id.indexOf('@')));
    const digestLines = () => n("SELECT count(*) AS n FROM mail_digest_item WHERE dedupe_key = 'retention-test'");
    await at_(now, async () => {
      mail(ein(), 'sent', 'ein-sent', now);
      mail(ein(), 'failed', 'ein-failed', now);
      mail(ein(), 'queued', 'ein-queued', now);
      mail(rot(), 'sent', 'rot-sent', now);
      mail(null, 'sent', 'reset', now);
      fx.db.$client
        .prepare(
          "INSERT INTO mail_digest_item (partnership_id, user_id, kind, line, link, dedupe_key, created_at, digested_at) VALUES (?, ?, 'test', 'Een regel', '/', 'retention-test', ?, ?)",
        )
        .run(ein(), fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo'], now, now);
      await callerFor(fx, 'beheer@rotterdam.demo').privacy.setRetention({ kind: 'mails', amount: 6 });
      fx.clock.set(now + 29 * DAY);
      applyRetention(fx.db, fx.clock);
      expect(left()).toEqual(['ein-sent', 'ein-failed', 'ein-queued', 'rot-sent', 'reset']);
      fx.clock.set(now + 31 * DAY);
      expect(applyRetention(fx.db, fx.clock).platform).toMatchObject({ accountMails: 1 });
      expect(left()).toEqual(['ein-sent', 'ein-failed', 'ein-queued', 'rot-sent']);
      expect(digestLines()).toBe(1);
      fx.clock.set(now + 93 * DAY);
      expect(applyRetention(fx.db, fx.clock)[ein()]).toMatchObject({ mails: 3 });
      expect(left()).toEqual(['ein-queued', 'rot-sent']);
      expect(digestLines()).toBe(0);
      fx.clock.set(now + 185 * DAY);
      applyRetention(fx.db, fx.clock);
      expect(left()).toEqual(['ein-queued']);
    });
  });

  it('login failures go after 30 days and dead sessions after a day, for the whole platform', async () => {
    const now = fx.clock.now();
    await at_(now, () => {
      fx.db.$client.prepare("INSERT INTO login_failure (key, at) VALUES ('email:iemand@example.org', ?)").run(now);
      createSession(fx.db, fx.clock, fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!, ein());
      fx.clock.set(now + 29 * DAY);
      const report = applyRetention(fx.db, fx.clock);
      expect(report.platform).toEqual({ loginFailures: 0, accountMails: 0, expiredSessions: 1 });
      fx.clock.set(now + 31 * DAY);
      expect(applyRetention(fx.db, fx.clock).platform).toEqual({
        loginFailures: 1,
        accountMails: 0,
        expiredSessions: 0,
      });
    });
  });
});

describe('audit and settings', () => {
  it('each run writes an audit event per partnership with counts only', () =>
    at_('2029-08-01', () => {
      applyRetention(fx.db, fx.clock);
      const events = fx.db.$client
        .prepare("SELECT partnership_id AS p, detail FROM audit_event WHERE action = 'privacy.retention.apply'")
        .all() as { p: number | null; detail: string }[];
      expect(events.map((e) => e.p).sort()).toEqual([ein(), rot(), null].sort());
      for (const e of events)
        expect(Object.values(parsedAs<object>(e.detail)).every((v) => typeof v === 'number')).toBe(true);
    }));

  it('refuses a term out of range (Dutch, at the field) and a platform term; null puts the default back', () =>
    at_('2026-11-25', async () => {
      const beheer = callerFor(fx, 'beheer@eindhoven.demo');
      await expect(beheer.privacy.setRetention({ kind: 'reflections', amount: 0 })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(beheer.privacy.setRetention({ kind: 'reflections', amount: 121 })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(beheer.privacy.setRetention({ kind: 'loginFailures', amount: 10 })).rejects.toMatchObject({
        message: 'e.privacy.platformKind',
      });
      expect(
        (await beheer.privacy.setRetention({ kind: 'hourNotes', amount: 6 })).kinds.find((k) => k.kind === 'hourNotes'),
      ).toMatchObject({ amount: 6, custom: true });
      expect(
        (await beheer.privacy.setRetention({ kind: 'hourNotes', amount: null })).kinds.find(
          (k) => k.kind === 'hourNotes',
        ),
      ).toMatchObject({ amount: 12, custom: false });
      expect(n("SELECT count(*) AS n FROM audit_event WHERE action = 'privacy.retention.update'")).toBe(2);
      // Rotterdam's terms are its own.
      expect((await callerFor(fx, 'beheer@rotterdam.demo').privacy.retention()).kinds.every((k) => !k.custom)).toBe(
        true,
      );
    }));
});

describe('over HTTP', () => {
  it('says what is wrong in Dutch, at the field', async () => {
    const s = await testServer();
    const cookie = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
    const res = await trpcPost(s.app, 'privacy.setRetention', cookie, { kind: 'loginFailures', amount: 5000 });
    expect(res.statusCode).toBe(400);
    expect(trpcError(res).data.fieldErrors).toEqual({ amount: 'Vul een aantal dagen in van 1 tot en met 3650.' });
    await s.app.close();
  });
});

describe('the daily job', () => {
  it('runs at start-up and then every 24 hours', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const runs = () =>
      n("SELECT count(*) AS n FROM audit_event WHERE action = 'privacy.retention.apply' AND partnership_id IS NULL");
    const start = runs();
    const job = startRetentionJob(fx.db, fx.clock, (e) => {
      throw e;
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(runs()).toBe(start + 1);
    await vi.advanceTimersByTimeAsync(RETENTION_EVERY_MS);
    expect(runs()).toBe(start + 2);
    job.stop();
    await vi.advanceTimersByTimeAsync(RETENTION_EVERY_MS);
    expect(runs()).toBe(start + 2);
  });
});
