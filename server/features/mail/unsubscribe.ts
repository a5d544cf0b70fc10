import { eq } from 'drizzle-orm';
import { mailOutbox, mailPreferences } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { audit } from '../../audit';
import { hashToken } from '../../auth/tokens';
import { NOTIFICATION_KINDS, type MailMode, type NotificationKind } from '../../../shared/domain/mail';
import { modeOf } from './outbox';

export function setMode(db: Db, userId: number, kind: NotificationKind, mode: MailMode): void {
  db.insert(mailPreferences)
    .values({ userId, kind, mode })
    .onConflictDoUpdate({ target: [mailPreferences.userId, mailPreferences.kind], set: { mode } })
    .run();
}

const isNotification = (kind: string): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/**
 * One-click unsubscribe (RFC 8058): the secret token of one mail turns off that kind for its recipient;
 * the token of a digest turns off every kind the digest gathered. No session needed: the token is the proof.
 */
export function unsubscribe(db: Db, clock: Clock, token: string): { kinds: NotificationKind[] } {
  const mail = db
    .select({ userId: mailOutbox.userId, kind: mailOutbox.kind, partnershipId: mailOutbox.partnershipId })
    .from(mailOutbox)
    .where(eq(mailOutbox.unsubscribeHash, hashToken(token)))
    .get();
  if (!mail || mail.userId === null) throw new AppError('NOT_FOUND', 'e.mail.unsubscribeInvalid');
  const userId = mail.userId;
  const kinds =
    mail.kind === 'digest'
      ? NOTIFICATION_KINDS.filter((k) => modeOf(db, userId, k) === 'digest')
      : isNotification(mail.kind)
        ? [mail.kind]
        : [];
  db.transaction(() => {
    for (const kind of kinds) setMode(db, userId, kind, 'off');
    audit(
      db,
      clock,
      { userId, partnershipId: mail.partnershipId },
      {
        action: 'mail.unsubscribe',
        subjectType: 'user',
        subjectId: userId,
        detail: { kinds },
      },
    );
  });
  return { kinds };
}
