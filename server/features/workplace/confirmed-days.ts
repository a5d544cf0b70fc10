import { and, eq, inArray } from 'drizzle-orm';
import { workplacePresence } from '../../../db/schema';
import type { IsoWeek } from '../../../shared/domain/dates';
import type { ServiceContext } from '../scope';

/**
 * Days the workplace confirmed as "aanwezig" in one ISO week, per student who has a confirmed week
 * (a student without one is not in the map: nothing confirmed is not "0 days"). The mentor team's week
 * prefills its own count from this when it has none yet (decision 088).
 */
export function confirmedDaysPresent(ctx: ServiceContext, studentIds: number[], week: IsoWeek): Map<number, number> {
  if (!studentIds.length) return new Map();
  const rows = ctx.db
    .select({ studentId: workplacePresence.studentId, days: workplacePresence.days })
    .from(workplacePresence)
    .where(
      and(
        eq(workplacePresence.partnershipId, ctx.actor.partnershipId),
        inArray(workplacePresence.studentId, studentIds),
        eq(workplacePresence.isoYear, week.year),
        eq(workplacePresence.isoWeek, week.week),
      ),
    )
    .all();
  return new Map(rows.map((r) => [r.studentId, Object.values(r.days).filter((d) => d === 'aanwezig').length]));
}
