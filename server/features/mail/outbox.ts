import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { mailDigestItems, mailOutbox, mailPreferences, users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { hashToken, newToken } from '../../auth/tokens';
import { DEFAULT_MAIL_MODE, type MailKind, type MailMode, type NotificationKind } from '../../../shared/domain/mail';
import { render, type MailContent } from './render';
import { contentOf, localeOf, type Locale, type MailInputs } from './texts';
import { mailFrom, publicUrl } from './settings';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** The database or a transaction: a mail is queued inside the transaction of the change that causes it. */
export type DbOrTx = Db | Tx;

export const UNSUBSCRIBE_PATH = '/mail/uitschrijven/';
export const MAIL_SETTINGS_PATH = '/instellingen/e-mail';

interface QueueInput {
  partnershipId: number | null;
  userId: number | null;
  to: string;
  kind: MailKind;
  locale: Locale;
  content: MailContent;
  /** Notification mails carry a one-click unsubscribe link (RFC 8058); invitation and reset do not. */
  unsubscribable: boolean;
  dedupeKey?: string;
}

/** Writes one mail to the outbox; with a dedupe key already used, nothing (returns null). */
export function queueMail(tx: DbOrTx, clock: Clock, input: QueueInput): number | null {
  const token = input.unsubscribable ? newToken() : null;
  const unsubscribeUrl = token ? publicUrl(`${UNSUBSCRIBE_PATH}${token}`) : null;
  const rendered = render(
    input.content,
    input.locale,
    unsubscribeUrl ? { unsubscribeUrl, settingsUrl: publicUrl(MAIL_SETTINGS_PATH) } : undefined,
  );
  const domain = /@([^>\s]+)/.exec(mailFrom())?.[1] ?? 'werkplaats.local';
  const row = tx
    .insert(mailOutbox)
    .values({
      partnershipId: input.partnershipId,
      userId: input.userId,
      toAddress: input.to,
      kind: input.kind,
      ...rendered,
      messageId: `<${randomUUID()}@${domain}>`,
      headers: unsubscribeUrl
        ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        : {},
      unsubscribeHash: token ? hashToken(token) : null,
      dedupeKey: input.dedupeKey ?? null,
      nextAttemptAt: clock.now(),
      createdAt: clock.now(),
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id })
    // No row when the dedupe key was already used (drizzle's type does not say so).
    .get() as { id: number } | undefined;
  return row?.id ?? null;
}

export function modeOf(tx: DbOrTx, userId: number, kind: NotificationKind): MailMode {
  const chosen = tx
    .select({ mode: mailPreferences.mode })
    .from(mailPreferences)
    .where(and(eq(mailPreferences.userId, userId), eq(mailPreferences.kind, kind)))
    .get();
  return (chosen?.mode as MailMode | undefined) ?? DEFAULT_MAIL_MODE[kind];
}

export interface Notification<K extends NotificationKind> {
  partnershipId: number;
  userId: number;
  kind: K;
  input: Omit<MailInputs[K], 'name'>;
  /** Never the same one twice: the key (made per recipient here) is unique in the outbox and the digest. */
  dedupeKey?: string;
}

/**
 * Tells one person, as they chose for this kind: a mail now, a line in tomorrow's digest, or nothing.
 * Call it inside the transaction of the change, so the change and its mail commit together.
 */
export function notify<K extends NotificationKind>(tx: DbOrTx, clock: Clock, n: Notification<K>): void {
  const user = tx
    .select({ email: users.email, name: users.name, locale: users.locale, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, n.userId))
    .get();
  if (!user || user.disabledAt !== null) return;
  const mode = modeOf(tx, n.userId, n.kind);
  if (mode === 'off') return;
  const locale = localeOf(user.locale);
  const dedupeKey = n.dedupeKey === undefined ? undefined : `${n.dedupeKey}:${n.userId}`;
  const content = contentOf(n.kind, locale, { ...n.input, name: user.name } as MailInputs[K]);
  if (mode === 'digest') {
    tx.insert(mailDigestItems)
      .values({
        partnershipId: n.partnershipId,
        userId: n.userId,
        kind: n.kind,
        line: content.subject,
        link: content.action?.url ?? publicUrl('/'),
        dedupeKey,
        createdAt: clock.now(),
      })
      .onConflictDoNothing({ target: mailDigestItems.dedupeKey })
      .run();
    return;
  }
  queueMail(tx, clock, {
    partnershipId: n.partnershipId,
    userId: n.userId,
    to: user.email,
    kind: n.kind,
    locale,
    content,
    unsubscribable: true,
    dedupeKey,
  });
}
