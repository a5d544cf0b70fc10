import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { hashToken, newToken } from './tokens';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** lastSeenAt is written at most this often, so reads do not all become writes. */
export const TOUCH_EVERY_MS = 60_000;

export interface SessionRow {
  id: number;
  userId: number;
  partnershipId: number | null;
  /** When the session began: a partnership that ended the person's sessions after this is out of reach. */
  createdAt: number;
}

/** A live session with the times that decide when it must next be looked at in the database. */
export interface LiveSession extends SessionRow {
  lastSeenAt: number;
  expiresAt: number;
}

export function createSession(db: Db, clock: Clock, userId: number, partnershipId: number | null): string {
  const token = newToken();
  const now = clock.now();
  db.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      partnershipId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + SESSION_ABSOLUTE_MS,
    })
    .run();
  return token;
}

/** The live session for a token, or null when unknown, idle too long, past its end, or the account is blocked. */
export function findSession(db: Db, clock: Clock, token: string): LiveSession | null {
  const now = clock.now();
  const row = db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      partnershipId: sessions.partnershipId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  if (row.disabledAt !== null || now >= row.expiresAt || now - row.lastSeenAt >= SESSION_IDLE_MS) {
    db.delete(sessions).where(eq(sessions.id, row.id)).run();
    return null;
  }
  let lastSeenAt = row.lastSeenAt;
  if (now - row.lastSeenAt >= TOUCH_EVERY_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id)).run();
    lastSeenAt = now;
  }
  return {
    id: row.id,
    userId: row.userId,
    partnershipId: row.partnershipId,
    createdAt: row.createdAt,
    lastSeenAt,
    expiresAt: row.expiresAt,
  };
}

export function endSessionByToken(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .run();
}

/** A password reset ends every session of the account. */
export function endSessionsOfUser(db: Pick<Db, 'delete'>, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Changing one's password ends every other session of the account. */
export function endOtherSessions(db: Pick<Db, 'delete'>, userId: number, keepSessionId: number): void {
  db.delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .run();
}

export function setSessionPartnership(db: Db, sessionId: number, partnershipId: number): void {
  db.update(sessions).set({ partnershipId }).where(eq(sessions.id, sessionId)).run();
}
