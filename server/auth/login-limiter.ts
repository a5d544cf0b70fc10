import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { loginFailures } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES = 10;

const keysFor = (email: string, ip: string) => [`email:${email}`, `ip:${ip}`];

/**
 * After 10 failures for one account, or from one IP, within 15 minutes, further attempts are refused
 * (429) until the window has passed. Other accounts and other IPs are not affected. Kept in SQLite so
 * that a restart or a second process does not reset it.
 */
export function isLoginLocked(db: Db, clock: Clock, email: string, ip: string): boolean {
  const since = clock.now() - LOGIN_WINDOW_MS;
  return keysFor(email, ip).some((key) => {
    const row = db
      .select({ id: loginFailures.id })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
      .limit(1)
      .offset(MAX_FAILURES - 1)
      .get();
    return row !== undefined;
  });
}

export function recordLoginFailure(db: Db, clock: Clock, email: string, ip: string): void {
  const at = clock.now();
  db.transaction((tx) => {
    tx.insert(loginFailures)
      .values(keysFor(email, ip).map((key) => ({ key, at })))
      .run();
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, at - LOGIN_WINDOW_MS))
      .run();
  });
}

/** A successful login clears the account's count (not the IP's). */
export function clearAccountFailures(db: Db, email: string): void {
  db.delete(loginFailures)
    .where(inArray(loginFailures.key, [`email:${email}`]))
    .run();
}
