import { and, desc, eq, or } from 'drizzle-orm';
import { topLocations, users, workplaceObservations, workplacePresence } from '../../../db/schema';
import {
  addWeeks,
  isoWeek,
  isoWeekKey,
  mondayOfIsoWeek,
  parseIsoWeekKey,
  type IsoWeek,
} from '../../../shared/domain/dates';
import { publishedPlacementDays } from '../placements/public';
import { todayOf, type ServiceContext } from '../scope';

/** The week asked for ("2026-W47"), or this week on the service clock. */
export function weekOf(ctx: ServiceContext, key: string | undefined): IsoWeek {
  return (key ? parseIsoWeekKey(key) : null) ?? isoWeek(todayOf(ctx));
}

/** One week of one student: the placement's planned weekdays and what the workplace confirmed. */
export function presenceWeeks(ctx: ServiceContext, studentId: number, weeks: IsoWeek[]) {
  const rows = ctx.db
    .select({
      isoYear: workplacePresence.isoYear,
      isoWeek: workplacePresence.isoWeek,
      days: workplacePresence.days,
      revision: workplacePresence.revision,
      locationName: topLocations.name,
      updatedAt: workplacePresence.updatedAt,
      updatedByName: users.name,
    })
    .from(workplacePresence)
    .innerJoin(topLocations, eq(topLocations.id, workplacePresence.locationId))
    .leftJoin(users, eq(users.id, workplacePresence.updatedBy))
    .where(
      and(
        eq(workplacePresence.studentId, studentId),
        eq(workplacePresence.partnershipId, ctx.actor.partnershipId),
        or(...weeks.map((w) => and(eq(workplacePresence.isoYear, w.year), eq(workplacePresence.isoWeek, w.week)))),
      ),
    )
    .all();
  return weeks.map((w) => {
    const monday = mondayOfIsoWeek(w.year, w.week);
    const planned = publishedPlacementDays(ctx, [studentId], monday).get(studentId) ?? [];
    const row = rows.find((r) => r.isoYear === w.year && r.isoWeek === w.week);
    return {
      key: isoWeekKey(w),
      year: w.year,
      week: w.week,
      monday,
      planned,
      confirmed: row?.days ?? {},
      revision: row?.revision ?? null,
      confirmedBy: row ? { name: row.updatedByName ?? '', location: row.locationName, at: row.updatedAt } : null,
    };
  });
}

/** The week and the ones before it, newest first. */
export const weeksUpTo = (week: IsoWeek, count: number): IsoWeek[] =>
  Array.from({ length: count }, (_, i) => addWeeks(week, -i));

/** Observations on a student, newest first: all of them, or only those marked for the student. */
export function observationsOf(ctx: ServiceContext, studentId: number, only?: { visibleToStudent: true }) {
  return ctx.db
    .select({
      id: workplaceObservations.id,
      body: workplaceObservations.body,
      visibleToStudent: workplaceObservations.visibleToStudent,
      authorUserId: workplaceObservations.authorUserId,
      authorName: users.name,
      locationName: topLocations.name,
      createdAt: workplaceObservations.createdAt,
      revision: workplaceObservations.revision,
    })
    .from(workplaceObservations)
    .innerJoin(users, eq(users.id, workplaceObservations.authorUserId))
    .innerJoin(topLocations, eq(topLocations.id, workplaceObservations.locationId))
    .where(
      and(
        eq(workplaceObservations.studentId, studentId),
        eq(workplaceObservations.partnershipId, ctx.actor.partnershipId),
        only ? eq(workplaceObservations.visibleToStudent, true) : undefined,
      ),
    )
    .orderBy(desc(workplaceObservations.createdAt), desc(workplaceObservations.id))
    .all()
    .map(({ authorUserId, ...o }) => ({ ...o, mine: authorUserId === ctx.actor.userId }));
}
