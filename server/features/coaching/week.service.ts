import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { coaches, coachingHours, coachingRoles, coachingWeeks } from '../../../db/schema';
import type { saveWeekSchema, weekQuerySchema } from '../../../shared/schemas/coaching';
import { addWeeks, isoWeekKey, mondayOfIsoWeek, parseIsoWeekKey, type IsoWeek } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { auditAs, revised, todayOf, uniqueOr, type ServiceContext } from '../scope';
import { labelsOf, locationsOf } from './setup.service';
import { listOrganisations } from '../organisations/public';

/** The actor's own current coach registration in this partnership, if any. */
export function ownCoach(ctx: ServiceContext) {
  return (
    ctx.db
      .select({
        id: coaches.id,
        roleName: coachingRoles.name,
        locationId: coaches.locationId,
        organisationId: coaches.organisationId,
      })
      .from(coaches)
      .innerJoin(coachingRoles, eq(coachingRoles.id, coaches.coachingRoleId))
      // An ended registration logs no more weeks (docs/decisions/091).
      .where(
        and(
          eq(coaches.partnershipId, ctx.actor.partnershipId),
          eq(coaches.userId, ctx.actor.userId),
          isNull(coaches.endedOn),
        ),
      )
      .get()
  );
}

function weekRow(ctx: ServiceContext, coachId: number, week: IsoWeek) {
  return ctx.db
    .select({ id: coachingWeeks.id, revision: coachingWeeks.revision })
    .from(coachingWeeks)
    .where(
      and(
        eq(coachingWeeks.coachId, coachId),
        eq(coachingWeeks.isoYear, week.year),
        eq(coachingWeeks.isoWeek, week.week),
      ),
    )
    .get();
}

function linesOf(ctx: ServiceContext, weekId: number | undefined) {
  if (weekId === undefined) return [];
  return ctx.db
    .select({
      labelId: coachingHours.labelId,
      locationId: coachingHours.locationId,
      organisationId: coachingHours.organisationId,
      minutes: coachingHours.minutes,
    })
    .from(coachingHours)
    .where(eq(coachingHours.weekId, weekId))
    .all()
    .map(({ minutes, ...line }) => ({ ...line, hours: minutes / 60 }));
}

const parseWeek = (key: string) => parseIsoWeekKey(key) ?? { year: 0, week: 0 }; // the schema checked the key

/** A coach's week: their lines, last week's (to copy), and the choices. A person sees only their own. */
export function myWeek(ctx: ServiceContext, input: z.output<typeof weekQuerySchema>) {
  const coach = ownCoach(ctx);
  const week = parseWeek(input.week);
  const previous = addWeeks(week, -1);
  if (!coach) return { coach: null, week: input.week } as const;
  const row = weekRow(ctx, coach.id, week);
  const lastWeek = weekRow(ctx, coach.id, previous);
  return {
    coach,
    week: input.week,
    monday: mondayOfIsoWeek(week.year, week.week),
    previousWeek: isoWeekKey(previous),
    nextWeek: isoWeekKey(addWeeks(week, 1)),
    isFuture: mondayOfIsoWeek(week.year, week.week) > todayOf(ctx),
    revision: row?.revision ?? null,
    lines: linesOf(ctx, row?.id),
    lastWeekLines: linesOf(ctx, lastWeek?.id),
    labels: labelsOf(ctx).map(({ id, name, active }) => ({ id, name, active })),
    locations: locationsOf(ctx).map(({ id, name }) => ({ id, name })),
    organisations: listOrganisations(ctx).map(({ id, name }) => ({ id, name })),
  };
}

/** Every line must name the partnership's own active label, location and organisation, once. */
function checkLines(ctx: ServiceContext, lines: z.output<typeof saveWeekSchema>['lines']) {
  const labels = new Map(labelsOf(ctx).map((l) => [l.id, l]));
  const locations = new Set(locationsOf(ctx).map((l) => l.id));
  const organisations = new Set(listOrganisations(ctx).map((o) => o.id));
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const label = labels.get(line.labelId);
    if (!label || !locations.has(line.locationId) || !organisations.has(line.organisationId))
      throw new AppError('NOT_FOUND', 'e.notFound');
    if (!label.active) throw new AppError('BAD_REQUEST', 'v.coaching.labelRetired', `lines.${i}.labelId`);
    const key = `${line.labelId}:${line.locationId}:${line.organisationId}`;
    if (seen.has(key)) throw new AppError('BAD_REQUEST', 'v.coaching.duplicateLine', `lines.${i}.labelId`);
    seen.add(key);
  });
}

/** Saves a whole week at once, replacing its lines; the week's revision guards against a second tab. */
export function saveWeek(ctx: ServiceContext, input: z.output<typeof saveWeekSchema>) {
  const coach = ownCoach(ctx);
  if (!coach) throw new AppError('FORBIDDEN', 'e.coaching.notACoach');
  const week = parseWeek(input.week);
  if (mondayOfIsoWeek(week.year, week.week) > todayOf(ctx))
    throw new AppError('BAD_REQUEST', 'v.coaching.weekInFuture', 'week');
  const lines = input.lines.filter((l) => l.hours > 0);
  checkLines(ctx, lines);
  const now = ctx.clock.now();
  const { partnershipId, userId } = ctx.actor;
  return uniqueOr(
    () =>
      ctx.db.transaction((tx) => {
        const existing = weekRow(ctx, coach.id, week);
        let id: number;
        let revision: number;
        if (existing) {
          // A week someone (another tab) created after this page loaded: its revision was not read.
          revision = revised(ctx, 'coaching_week', existing.id, input.revision ?? -1);
          id = existing.id;
        } else {
          const values = { partnershipId, coachId: coach.id, isoYear: week.year, isoWeek: week.week };
          id = tx
            .insert(coachingWeeks)
            .values({ ...values, createdAt: now, updatedAt: now, updatedBy: userId })
            .returning({ id: coachingWeeks.id })
            .get().id;
          revision = 0;
        }
        tx.delete(coachingHours).where(eq(coachingHours.weekId, id)).run();
        for (const line of lines)
          tx.insert(coachingHours)
            .values({ weekId: id, ...line, minutes: Math.round(line.hours * 60) })
            .run();
        auditAs(ctx, {
          action: 'coaching_week.save',
          subjectType: 'coaching_week',
          subjectId: id,
          detail: { lines: lines.length },
        });
        return { id, revision };
      }),
    'e.coaching.weekSavedMeanwhile',
    'week',
  );
}
