import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { loginFailures } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES = 10;

const emailKey = (email: string) => `email:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

function isFull(db: Db, key: string, since: number): boolean {
  const row = db
    .select({ id: loginFailures.id })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
    .limit(1)
    .offset(MAX_FAILURES - 1)
    .get();
  return row !== undefined;
}

/** The rows an attempt wrote: a failed attempt keeps them, a successful one takes them back. */
export interface AttemptReservation {
  ids: number[];
}

/**
 * Counts an attempt *before* the password is checked: after 10 attempts for one account, or from one IP,
 * within 15 minutes that have not succeeded, further attempts are refused (429) until the window has passed.
 * Check and count are one synchronous step (one transaction), so 30 parallel guesses cannot all pass the
 * check while their hashes are still being verified: at most 10 are evaluated. Kept in SQLite so that a
 * restart or a second process does not reset it. Returns null when the attempt is refused.
 */
export function reserveLoginAttempt(db: Db, clock: Clock, email: string, ip: string): AttemptReservation | null {
  const at = clock.now();
  const since = at - LOGIN_WINDOW_MS;
  return db.transaction((tx) => {
    if (isFull(db, emailKey(email), since) || isFull(db, ipKey(ip), since)) return null;
    tx.delete(loginFailures).where(lt(loginFailures.at, since)).run();
    const ids = tx
      .insert(loginFailures)
      .values([emailKey(email), ipKey(ip)].map((key) => ({ key, at })))
      .returning({ id: loginFailures.id })
      .all()
      .map((r) => r.id);
    return { ids };
  });
}

/** A successful login takes its own attempt back and clears the account's count (not the IP's other failures). */
export function loginSucceeded(db: Db, email: string, reservation: AttemptReservation): void {
  db.transaction((tx) => {
    tx.delete(loginFailures).where(inArray(loginFailures.id, reservation.ids)).run();
    tx.delete(loginFailures)
      .where(eq(loginFailures.key, emailKey(email)))
      .run();
  });
}

/** A password reset clears the account's failed attempts, so its owner can log in at once. */
export function clearAccountFailures(db: Db, email: string): void {
  db.delete(loginFailures)
    .where(eq(loginFailures.key, emailKey(email)))
    .run();
}
