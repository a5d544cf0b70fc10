import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { regiegroepTrends } from '../../../db/schema';
import type { trendInputSchema } from '../../../shared/schemas/regiegroep';
import { audited, found, type ServiceContext } from '../scope';
import { requireEditableMeeting } from './access';

/**
 * Trends & ontwikkelingen noted at a meeting: "Which changes do we see? How can we respond? What must
 * the students learn for that?" — placed in a circle of the Beroepsbeeld's environment.
 */
export function addTrend(ctx: ServiceContext, input: z.output<typeof trendInputSchema>) {
  const meeting = requireEditableMeeting(ctx, input.meetingId);
  return audited(ctx, 'regiegroep_trend.create', 'regiegroep_trend', (tx) =>
    tx
      .insert(regiegroepTrends)
      .values({ ...input, meetingId: meeting.id, createdBy: ctx.actor.userId, createdAt: ctx.clock.now() })
      .returning({ id: regiegroepTrends.id })
      .get(),
  );
}

export function removeTrend(ctx: ServiceContext, id: number) {
  const trend = found(
    ctx.db
      .select({ id: regiegroepTrends.id, meetingId: regiegroepTrends.meetingId })
      .from(regiegroepTrends)
      .where(eq(regiegroepTrends.id, id))
      .get(),
  );
  // Scoped through its meeting: another partnership's meeting is "not found".
  requireEditableMeeting(ctx, trend.meetingId);
  return audited(ctx, 'regiegroep_trend.remove', 'regiegroep_trend', (tx) => {
    tx.delete(regiegroepTrends).where(eq(regiegroepTrends.id, id)).run();
    return { id };
  });
}
