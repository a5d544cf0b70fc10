import { eq } from 'drizzle-orm';
import { calendarFeeds, users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { hashToken, newToken } from '../../auth/tokens';
import { auditAs, type ServiceContext } from '../scope';
import { publicUrl } from '../mail/public';
import { feedEvents } from './feed-events';
import { renderFeed } from './ics';

export const feedUrl = (token: string) => publicUrl(`/agenda/${token}.ics`);

/** Whether the person has a feed, and since when; the URL itself is shown only when made (its hash is kept). */
export function feedStatus({ db, actor }: ServiceContext) {
  const row = db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, actor.userId))
    .get();
  return { since: row?.createdAt ?? null };
}

/** Makes a new secret feed URL; the old one stops working at once. */
export function renewFeed(ctx: ServiceContext): { url: string } {
  const token = newToken();
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => {
    tx.insert(calendarFeeds)
      .values({ userId: ctx.actor.userId, tokenHash: hashToken(token), createdAt: now })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashToken(token), createdAt: now } })
      .run();
    auditAs(ctx, { action: 'calendar.renew', subjectType: 'user', subjectId: ctx.actor.userId });
  });
  return { url: feedUrl(token) };
}

/** The feed for a token (no session: calendar apps fetch it), or NOT_FOUND. */
export function feedFor(db: Db, clock: Clock, token: string): string {
  const row = db
    .select({ userId: calendarFeeds.userId, disabledAt: users.disabledAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashToken(token)))
    .get();
  if (!row || row.disabledAt !== null) throw new AppError('NOT_FOUND', 'e.calendar.feedInvalid');
  return renderFeed('Werkplaats', feedEvents(db, row.userId, publicUrl()), new Date(clock.now()));
}
