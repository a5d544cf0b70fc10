import { and, eq, gt, gte, isNull, lt } from 'drizzle-orm';
import { loginFailures, passwordResets, users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { audit } from '../../audit';
import { hashToken, newToken } from '../../auth/tokens';
import { hashPassword } from '../../auth/password';
import { endSessionsOfUser } from '../../auth/sessions';
import { clearAccountFailures } from '../../auth/login-limiter';
import { queueMail } from './outbox';
import { contentOf, localeOf } from './texts';
import { publicUrl } from './settings';

export const RESET_VALID_MS = 60 * 60_000;
/** Requests per address and per IP within the window; beyond it 429, whether the address exists or not. */
export const RESET_WINDOW_MS = 15 * 60_000;
export const RESET_MAX_PER_ADDRESS = 3;
export const RESET_MAX_PER_IP = 10;

// The login limiter's table counts these too (other keys): it already purges rows older than its window.
const keysFor = (email: string, ip: string) => [
  { key: `reset-email:${email}`, max: RESET_MAX_PER_ADDRESS },
  { key: `reset-ip:${ip}`, max: RESET_MAX_PER_IP },
];

function limited(db: Db, clock: Clock, email: string, ip: string): boolean {
  const since = clock.now() - RESET_WINDOW_MS;
  return keysFor(email, ip).some(
    ({ key, max }) =>
      db
        .select({ id: loginFailures.id })
        .from(loginFailures)
        .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
        .limit(1)
        .offset(max - 1)
        .get() !== undefined,
  );
}

/**
 * "Wachtwoord vergeten?": the same answer for every address (no enumeration). For an account that can log in,
 * a one-hour, one-use link is queued as mail in the same transaction that stores its hash.
 */
export function requestPasswordReset(db: Db, clock: Clock, email: string, ip: string): 'queued' | 'limited' {
  if (limited(db, clock, email, ip)) return 'limited';
  const now = clock.now();
  db.transaction((tx) => {
    tx.insert(loginFailures)
      .values(keysFor(email, ip).map(({ key }) => ({ key, at: now })))
      .run();
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, now - RESET_WINDOW_MS))
      .run();
    const user = tx
      .select({ id: users.id, name: users.name, locale: users.locale, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (!user || user.disabledAt !== null) return;
    const token = newToken();
    tx.insert(passwordResets)
      .values({ userId: user.id, tokenHash: hashToken(token), createdAt: now, expiresAt: now + RESET_VALID_MS })
      .run();
    const locale = localeOf(user.locale);
    queueMail(tx, clock, {
      partnershipId: null,
      userId: user.id,
      to: email,
      kind: 'passwordReset',
      locale,
      content: contentOf('passwordReset', locale, {
        name: user.name,
        link: publicUrl(`/wachtwoord-herstellen?token=${encodeURIComponent(token)}`),
      }),
      unsubscribable: false,
    });
    audit(
      db,
      clock,
      { userId: user.id, partnershipId: null },
      {
        action: 'password.resetRequested',
        subjectType: 'user',
        subjectId: user.id,
      },
    );
  });
  return 'queued';
}

/** Sets the new password, uses the link up and ends every session of the account. */
export async function resetPassword(db: Db, clock: Clock, token: string, password: string): Promise<void> {
  const tokenHash = hashToken(token);
  const open = () =>
    and(
      eq(passwordResets.tokenHash, tokenHash),
      isNull(passwordResets.usedAt),
      gt(passwordResets.expiresAt, clock.now()),
    );
  if (!db.select({ id: passwordResets.id }).from(passwordResets).where(open()).get())
    throw new AppError('BAD_REQUEST', 'e.mail.resetInvalid', 'token');
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    // Checked again after the (slow) hash: of two requests with one link only one gets here.
    const reset = tx
      .update(passwordResets)
      .set({ usedAt: clock.now() })
      .where(open())
      .returning({ userId: passwordResets.userId })
      .get() as { userId: number } | undefined;
    if (!reset) throw new AppError('BAD_REQUEST', 'e.mail.resetInvalid', 'token');
    const user = tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, reset.userId))
      .returning({ email: users.email })
      .get();
    endSessionsOfUser(tx, reset.userId);
    clearAccountFailures(db, user.email);
    audit(
      db,
      clock,
      { userId: reset.userId, partnershipId: null },
      {
        action: 'password.reset',
        subjectType: 'user',
        subjectId: reset.userId,
      },
    );
  });
}
