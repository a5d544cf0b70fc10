import { eq } from 'drizzle-orm';
import { memberships, users } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { audit } from '../audit';
import { verifyPassword } from './password';
import { loginSucceeded, reserveLoginAttempt } from './login-limiter';
import { createSession, endSessionByToken } from './sessions';

export type LoginOutcome =
  { kind: 'ok'; token: string; userId: number } | { kind: 'failed' } | { kind: 'locked' } | { kind: 'noAccess' };

/**
 * Checks the credentials and starts a fresh session. Any session the browser brought along is ended
 * first (rotation: a token planted before login is worthless after it).
 */
export async function login(
  db: Db,
  clock: Clock,
  input: { email: string; password: string; ip: string; previousToken?: string },
): Promise<LoginOutcome> {
  const email = input.email.trim().toLowerCase();
  const attempt = reserveLoginAttempt(db, clock, email, input.ip);
  if (!attempt) return { kind: 'locked' };
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid || user.disabledAt !== null) {
    audit(
      db,
      clock,
      { userId: user?.id ?? null, partnershipId: null },
      { action: 'login.failed', subjectType: 'user', subjectId: user?.id ?? null, detail: { ip: input.ip } },
    );
    return { kind: 'failed' };
  }
  const first = db
    .select({ partnershipId: memberships.partnershipId })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .orderBy(memberships.partnershipId)
    .get();
  // Right password: the attempt does not count against the account or the IP.
  loginSucceeded(db, email, attempt);
  if (!first) return { kind: 'noAccess' };
  if (input.previousToken) endSessionByToken(db, input.previousToken);
  const token = createSession(db, clock, user.id, first.partnershipId);
  audit(
    db,
    clock,
    { userId: user.id, partnershipId: null },
    { action: 'login', subjectType: 'user', subjectId: user.id, detail: { ip: input.ip } },
  );
  return { kind: 'ok', token, userId: user.id };
}
