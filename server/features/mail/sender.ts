import { and, eq, lte } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailOutbox } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { mailFrom } from './settings';

/** Pauses after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure is final ("failed"). */
export const RETRY_PAUSES_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_PAUSES_MS.length + 1;

export function smtpTransport(smtpUrl: string): Transporter {
  // Short timeouts: a hanging server must not hold the sender; the mail simply waits for its next attempt.
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/**
 * After a crash a mail may be left "sending": it may or may not have been accepted. It goes back to the
 * queue (at least once): the same Message-ID lets the receiving side recognise the rare duplicate.
 */
export function releaseInterruptedClaims(db: Db): number {
  return db.update(mailOutbox).set({ status: 'queued', claimedAt: null }).where(eq(mailOutbox.status, 'sending')).run()
    .changes;
}

/** Claims the oldest due mail (queued → sending) in one synchronous transaction, so no two senders take it. */
function claimNext(db: Db, clock: Clock) {
  return db.transaction((tx) => {
    const due = tx
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, clock.now())))
      .orderBy(mailOutbox.nextAttemptAt, mailOutbox.id)
      .limit(1)
      .get();
    if (!due) return undefined;
    tx.update(mailOutbox)
      .set({ status: 'sending', claimedAt: clock.now(), attempts: due.attempts + 1 })
      .where(eq(mailOutbox.id, due.id))
      .run();
    return { ...due, attempts: due.attempts + 1 };
  });
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** Sends every mail that is due now; returns how many were accepted. */
export async function deliverDue(db: Db, clock: Clock, transport: Transporter): Promise<number> {
  let sent = 0;
  for (let mail = claimNext(db, clock); mail; mail = claimNext(db, clock)) {
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
      });
      // Marked right after acceptance: only a crash in between can send it again (decision 077).
      db.update(mailOutbox)
        .set({ status: 'sent', sentAt: clock.now(), lastError: null })
        .where(eq(mailOutbox.id, mail.id))
        .run();
      sent += 1;
    } catch (error) {
      const final = mail.attempts >= MAX_ATTEMPTS;
      db.update(mailOutbox)
        .set({
          status: final ? 'failed' : 'queued',
          claimedAt: null,
          lastError: reasonOf(error),
          nextAttemptAt: clock.now() + (final ? 0 : RETRY_PAUSES_MS[mail.attempts - 1]!),
        })
        .where(eq(mailOutbox.id, mail.id))
        .run();
    }
  }
  return sent;
}

/** The background sender: looks for due mail every few seconds; one round at a time. */
export function startMailSender(
  db: Db,
  clock: Clock,
  transport: Transporter,
  everyMs = 5_000,
  onError?: (e: unknown) => void,
) {
  releaseInterruptedClaims(db);
  let running: Promise<number> | null = null;
  const tick = () => {
    if (running) return;
    running = deliverDue(db, clock, transport)
      .catch((error: unknown) => {
        onError?.(error);
        return 0;
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
