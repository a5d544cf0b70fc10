import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { mailOutbox } from '../../../db/schema';
import { NOTIFICATION_KINDS } from '../../../shared/domain/mail';
import type { mailPreferenceSchema, outboxFilterSchema } from '../../../shared/schemas/mail';
import { auditAs, type ServiceContext } from '../scope';
import { modeOf } from './outbox';
import { setMode } from './unsubscribe';

/** The person's choice per kind of notification (invitation and reset are not listed: always sent). */
export function myPreferences({ db, actor }: ServiceContext) {
  return NOTIFICATION_KINDS.map((kind) => ({ kind, mode: modeOf(db, actor.userId, kind) }));
}

export function setMyPreference({ db, actor }: ServiceContext, input: z.output<typeof mailPreferenceSchema>) {
  setMode(db, actor.userId, input.kind, input.mode);
  return { kind: input.kind, mode: input.mode };
}

export const OUTBOX_PAGE = 200;

/**
 * "Uitgaande e-mail" for the beheerder: the partnership's latest mails with their state and the reason of a
 * failure. The text is shown so a demo without SMTP shows what would be sent; a password reset is never
 * listed (it belongs to no partnership and its link is a key to the account).
 */
export function listOutbox(ctx: ServiceContext, filter: z.output<typeof outboxFilterSchema>) {
  const { db, actor } = ctx;
  // Mails carry personal data (a student's placement, names): viewing them is audited like any other view.
  auditAs(ctx, { action: 'mail_outbox.view', subjectType: 'mail_outbox', detail: { status: filter.status } });
  const conditions: SQL[] = [eq(mailOutbox.partnershipId, actor.partnershipId)];
  if (filter.status) conditions.push(eq(mailOutbox.status, filter.status));
  return db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.toAddress,
      kind: mailOutbox.kind,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(and(...conditions))
    .orderBy(desc(mailOutbox.id))
    .limit(OUTBOX_PAGE)
    .all()
    .map((m) => ({ ...m, text: m.kind === 'passwordReset' ? '' : m.text }));
}
