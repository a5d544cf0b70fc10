import { eq, sql } from 'drizzle-orm';
import { memberships, users } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { audit } from '../audit';
import { verifyPassword } from './password';
import { loginSucceeded, reserveLoginAttempt } from './login-limiter';
import { createSession, endSessionByToken } from './sessions';

export type LoginOutcome =
  { kind: 'ok'; token: string; userId: number } | { kind: 'failed' } | { kind: 'locked' } | { kind: 'noAccess' };

/** A failed attempt keeps the count its reservation made (login-limiter.ts) and is audited. */
function failed(db: Db, clock: Clock, ip: string, userId: number | null): LoginOutcome {
  audit(
    db,
    clock,
    { userId, partnershipId: null },
    { action: 'login.failed', subjectType: 'user', subjectId: userId, detail: { ip } },
  );
  return { kind: 'failed' };
}

/**
 * Checks the credentials and starts a fresh session. The attempt is counted before the password is checked
 * (decision 072). An account blocked in every partnership it has a role in fails like a wrong password.
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
  if (!user || !valid || user.disabledAt !== null) return failed(db, clock, input.ip, user?.id ?? null);
  const opened = openSession(db, clock, user.id, {
    ip: input.ip,
    previousToken: input.previousToken,
    method: 'password',
  });
  if (opened.kind === 'blocked') return failed(db, clock, input.ip, user.id);
  // Right password: the attempt does not count against the account or the IP.
  loginSucceeded(db, email, attempt);
  if (opened.kind === 'noAccess') return opened;
  return { kind: 'ok', token: opened.token, userId: user.id };
}

/**
 * Starts a session in the first partnership where the person is not blocked, ending any session the
 * browser brought along first (rotation: a token planted before login is worthless after it). Both the
 * password login and the SURFconext login come through here.
 */
export function openSession(
  db: Db,
  clock: Clock,
  userId: number,
  how: { ip: string; previousToken?: string; method: 'password' | 'oidc' },
): { kind: 'ok'; token: string } | { kind: 'blocked' } | { kind: 'noAccess' } {
  const first = db
    .select({ partnershipId: memberships.partnershipId, blockedAt: memberships.blockedAt })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(sql`${memberships.blockedAt} is not null`, memberships.partnershipId)
    .get();
  if (!first) return { kind: 'noAccess' };
  if (first.blockedAt !== null) return { kind: 'blocked' };
  if (how.previousToken) endSessionByToken(db, how.previousToken);
  const token = createSession(db, clock, userId, first.partnershipId);
  const detail = how.method === 'password' ? { ip: how.ip } : { ip: how.ip, method: how.method };
  audit(
    db,
    clock,
    { userId, partnershipId: null },
    { action: 'login', subjectType: 'user', subjectId: userId, detail },
  );
  return { kind: 'ok', token };
}
