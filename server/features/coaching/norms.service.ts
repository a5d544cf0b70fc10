import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { coachingLocationFigures, coachingNorms, organisations, topLocations } from '../../../db/schema';
import type { hoursOverviewSchema, saveFiguresSchema, saveNormSchema } from '../../../shared/schemas/coaching';
import { auditAs, revised, uniqueOr, type ServiceContext } from '../scope';
import { getLocation } from '../locations/public';
import { firstLines, hourSums } from './hour-sums';
import { labelsOf } from './setup.service';
import { compareDueAndLabelled, type LabelledSums } from './rekentool';
import { setImmediate as nextTurn } from 'node:timers/promises';

export function normOf(ctx: ServiceContext, year: number) {
  return ctx.db
    .select({
      id: coachingNorms.id,
      countsFixedBase: coachingNorms.countsFixedBase,
      hoursPerLocation: coachingNorms.hoursPerLocation,
      hoursPerVeChild: coachingNorms.hoursPerVeChild,
      hoursPerFtePm: coachingNorms.hoursPerFtePm,
      revision: coachingNorms.revision,
    })
    .from(coachingNorms)
    .where(and(eq(coachingNorms.partnershipId, ctx.actor.partnershipId), eq(coachingNorms.year, year)))
    .get();
}

/** Every location of the partnership with its figures for the year (zeros when none were entered). */
export function locationsWithFigures(ctx: ServiceContext, year: number) {
  return ctx.db
    .select({
      id: topLocations.id,
      name: topLocations.name,
      organisationId: topLocations.organisationId,
      organisationName: organisations.name,
      veChildren: coachingLocationFigures.veChildren,
      ftePm: coachingLocationFigures.ftePm,
      fixedBaseHours: coachingLocationFigures.fixedBaseHours,
      revision: coachingLocationFigures.revision,
    })
    .from(topLocations)
    .innerJoin(organisations, eq(organisations.id, topLocations.organisationId))
    .leftJoin(
      coachingLocationFigures,
      and(eq(coachingLocationFigures.locationId, topLocations.id), eq(coachingLocationFigures.year, year)),
    )
    .where(eq(topLocations.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(topLocations.name))
    .all()
    .map((l) => ({ ...l, veChildren: l.veChildren ?? 0, ftePm: l.ftePm ?? 0, fixedBaseHours: l.fixedBaseHours ?? 0 }));
}

/**
 * The year's labelled minutes per location, organisation, label and month, summed in SQL (decision 099).
 * Paying organisations come in the order of their first lines, as the lines named them.
 */
async function labelledSums(
  ctx: ServiceContext,
  year: number,
  locations: { organisationId: number }[],
): Promise<LabelledSums> {
  const weeks = { years: [year] };
  const perId = async (dimension: 'location' | 'label' | 'month') => {
    await nextTurn();
    return new Map(hourSums(ctx, dimension, weeks).map((s) => [dimension === 'month' ? s.id % 100 : s.id, s.minutes]));
  };
  const location = await perId('location');
  const labels = await perId('label');
  const month = await perId('month');
  await nextTurn();
  const paying = hourSums(ctx, 'organisation', weeks);
  // Only the order of those that run no location shows; theirs follows their first lines exactly.
  const running = new Set(locations.map((l) => l.organisationId));
  const first = firstLines(
    ctx,
    'organisation',
    paying.filter((p) => !running.has(p.id)),
  );
  paying.sort((a, b) => a.firstWeek - b.firstWeek || (first.get(a.id) ?? 0) - (first.get(b.id) ?? 0));
  return {
    location,
    organisation: new Map(paying.map((s) => [s.id, { name: s.name, minutes: s.minutes }])),
    label: labels,
    month,
    // Whole minutes: the labels' sum is the year's, exactly.
    total: [...labels.values()].reduce((a, b) => a + b, 0),
  };
}

export const NO_NORM = { countsFixedBase: false, hoursPerLocation: 0, hoursPerVeChild: 0, hoursPerFtePm: 0 };

/** The rekentool for a year: the norm, each location's figures, and due against labelled hours. */
export async function rekentool(ctx: ServiceContext, input: z.output<typeof hoursOverviewSchema>) {
  const stored = normOf(ctx, input.year);
  const norm = stored ?? { ...NO_NORM, revision: null };
  const locations = locationsWithFigures(ctx, input.year);
  const labels = labelsOf(ctx).map(({ id, name, sharePercent }) => ({ id, name, sharePercent }));
  return {
    year: input.year,
    norm: { ...norm, id: undefined, revision: stored?.revision ?? null },
    figures: locations.map(({ id, name, veChildren, ftePm, fixedBaseHours, revision }) => ({
      locationId: id,
      name,
      veChildren,
      ftePm,
      fixedBaseHours,
      revision,
    })),
    ...compareDueAndLabelled(norm, locations, labels, await labelledSums(ctx, input.year, locations)),
  };
}

/** Sets the year's norm: inserts the first one, else updates it under its revision. */
export function saveNorm(ctx: ServiceContext, { year, revision, ...norm }: z.output<typeof saveNormSchema>) {
  const { partnershipId } = ctx.actor;
  return uniqueOr(
    () =>
      ctx.db.transaction((tx) => {
        const existing = normOf(ctx, year);
        let id: number;
        let next = 0;
        if (existing) {
          next = revised(ctx, 'coaching_norm', existing.id, revision ?? -1);
          tx.update(coachingNorms).set(norm).where(eq(coachingNorms.id, existing.id)).run();
          id = existing.id;
        } else {
          const values = { partnershipId, year, ...norm, createdAt: ctx.clock.now() };
          id = tx.insert(coachingNorms).values(values).returning({ id: coachingNorms.id }).get().id;
        }
        auditAs(ctx, { action: 'coaching_norm.save', subjectType: 'coaching_norm', subjectId: id, detail: { year } });
        return { id, revision: next };
      }),
    'e.coaching.savedMeanwhile',
    'year',
  );
}

/** Sets a location's figures for a year, the same way. */
export function saveFigures(ctx: ServiceContext, input: z.output<typeof saveFiguresSchema>) {
  const { locationId, year, revision, ...figures } = input;
  getLocation(ctx, locationId);
  const { partnershipId } = ctx.actor;
  return uniqueOr(
    () =>
      ctx.db.transaction((tx) => {
        const existing = tx
          .select({ id: coachingLocationFigures.id })
          .from(coachingLocationFigures)
          .where(and(eq(coachingLocationFigures.locationId, locationId), eq(coachingLocationFigures.year, year)))
          .get();
        let id: number;
        let next = 0;
        if (existing) {
          next = revised(ctx, 'coaching_location_figures', existing.id, revision ?? -1);
          tx.update(coachingLocationFigures).set(figures).where(eq(coachingLocationFigures.id, existing.id)).run();
          id = existing.id;
        } else {
          const values = { partnershipId, locationId, year, ...figures, createdAt: ctx.clock.now() };
          id = tx.insert(coachingLocationFigures).values(values).returning({ id: coachingLocationFigures.id }).get().id;
        }
        auditAs(ctx, {
          action: 'coaching_figures.save',
          subjectType: 'top_location',
          subjectId: locationId,
          detail: { year },
        });
        return { id, revision: next };
      }),
    'e.coaching.savedMeanwhile',
    'year',
  );
}
