import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailOutbox } from '../../db/schema';
import { migrateDb, openDb, type Db } from '../../db/client';
import { fakeClock } from '../../server/clock';
import { queueMail } from '../../server/features/mail/outbox';
import { contentOf } from '../../server/features/mail/texts';
import {
  deliverDue,
  MAX_ATTEMPTS,
  releaseInterruptedClaims,
  RETRY_PAUSES_MS,
  smtpTransport,
} from '../../server/features/mail/sender';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.stop());

function freshDb(path = join(mkdtempSync(join(tmpdir(), 'werkplaats-mail-')), 'mail.db')): { db: Db; path: string } {
  const db = openDb(path);
  migrateDb(db);
  return { db, path };
}

let n = 0;
function queueOne(db: Db, clock: ReturnType<typeof fakeClock>) {
  n += 1;
  const to = `persoon${n}@example.org`;
  const id = queueMail(db, clock, {
    partnershipId: null,
    userId: null,
    to,
    kind: 'passwordReset',
    locale: 'nl',
    content: contentOf('passwordReset', 'nl', { name: `Persoon ${n}`, link: 'http://localhost:3000/x' }),
    unsubscribable: false,
  })!;
  return { id, to };
}
const row = (db: Db, id: number) => db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()!;
const arrived = (to: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to);

describe('the outbox and its sender, against a real SMTP server', () => {
  it('delivers a queued mail once, with its Message-ID, and marks it sent', async () => {
    const { db } = freshDb();
    const clock = fakeClock();
    const { id, to } = queueOne(db, clock);
    const transport = smtpTransport(smtp.url);
    expect(await deliverDue(db, clock, transport)).toBe(1);
    expect(await deliverDue(db, clock, transport)).toBe(0);
    const mails = arrived(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Je wachtwoord herstellen');
    expect(mails[0]!.messageId).toBe(row(db, id).messageId);
    expect(row(db, id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: clock.now() });
  });

  it('with the server down the mail waits, retries after the pause, and arrives once it is back', async () => {
    const { db } = freshDb();
    const clock = fakeClock();
    const { id, to } = queueOne(db, clock);
    const transport = smtpTransport(smtp.url);
    await smtp.stop();
    try {
      expect(await deliverDue(db, clock, transport)).toBe(0);
      expect(row(db, id)).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: clock.now() + 60_000 });
      expect(row(db, id).lastError).toMatch(/ECONNREFUSED/);
      clock.advance(59_000);
      await deliverDue(db, clock, transport);
      expect(row(db, id).attempts).toBe(1); // not yet: the pause is a minute
    } finally {
      await smtp.start();
    }
    clock.advance(1_000);
    expect(await deliverDue(db, clock, transport)).toBe(1);
    expect(arrived(to)).toHaveLength(1);
    expect(row(db, id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('pauses 1 min, 5 min, 30 min, 2 h, then marks it failed with the reason', async () => {
    const { db } = freshDb();
    const clock = fakeClock();
    const { id } = queueOne(db, clock);
    await smtp.stop();
    try {
      const transport = smtpTransport(smtp.url);
      const pauses: number[] = [];
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const before = clock.now();
        await deliverDue(db, clock, transport);
        const mail = row(db, id);
        expect(mail.attempts).toBe(attempt);
        if (mail.status === 'queued') {
          pauses.push(mail.nextAttemptAt - before);
          clock.set(mail.nextAttemptAt);
        }
      }
      expect(pauses).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
      expect(pauses).toEqual([...RETRY_PAUSES_MS]);
      expect(row(db, id)).toMatchObject({ status: 'failed', attempts: 5 });
      expect(row(db, id).lastError).toMatch(/ECONNREFUSED/);
      clock.advance(24 * 3_600_000);
      await deliverDue(db, clock, transport);
      expect(row(db, id).attempts).toBe(5); // failed is final
    } finally {
      await smtp.start();
    }
  });

  it('a restart between queueing and sending loses nothing; a mail sent before the restart is not sent again', async () => {
    const first = freshDb();
    const clock = fakeClock();
    const sentBefore = queueOne(first.db, clock);
    await deliverDue(first.db, clock, smtpTransport(smtp.url));
    const waiting = queueOne(first.db, clock);
    // A crash while claimed: the process died between "sending" and the answer.
    first.db
      .update(mailOutbox)
      .set({ status: 'sending', claimedAt: clock.now(), attempts: 1 })
      .where(eq(mailOutbox.id, waiting.id))
      .run();
    const interrupted = queueOne(first.db, clock);
    first.db
      .update(mailOutbox)
      .set({ status: 'sending', claimedAt: clock.now(), attempts: 1 })
      .where(eq(mailOutbox.id, interrupted.id))
      .run();
    first.db.$client.close();

    const again = openDb(first.path);
    migrateDb(again);
    expect(releaseInterruptedClaims(again)).toBe(2);
    expect(await deliverDue(again, clock, smtpTransport(smtp.url))).toBe(2);
    expect(arrived(sentBefore.to)).toHaveLength(1);
    expect(arrived(waiting.to)).toHaveLength(1);
    expect(arrived(interrupted.to)).toHaveLength(1);
    expect(row(again, interrupted.id).status).toBe('sent');
  });
});
