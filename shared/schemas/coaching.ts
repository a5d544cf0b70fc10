import { z } from 'zod';
import { parseIsoWeekKey } from '../domain/dates';
import { MAX_COACHING_HOURS_PER_WEEK } from '../domain/coaching';
import { decimal, idSchema, revisionSchema, text } from './common';

/** "2026-W49": the week a grid shows. */
const isoWeekKeySchema = z.string().refine((key) => parseIsoWeekKey(key) !== null, 'v.coaching.week');
export const weekQuerySchema = z.object({ week: isoWeekKeySchema });

const hoursSchema = decimal(
  z.number('v.coaching.hours').min(0, 'v.coaching.hours').max(MAX_COACHING_HOURS_PER_WEEK, 'v.coaching.hours'),
);

const weekLineSchema = z.object({
  labelId: idSchema,
  locationId: idSchema,
  organisationId: idSchema,
  hours: hoursSchema,
});

/** A whole week at once; `revision` null for a week not saved before. Empty lines (0 hours) are dropped. */
export const saveWeekSchema = z.object({
  week: isoWeekKeySchema,
  revision: revisionSchema.nullable(),
  lines: z.array(weekLineSchema).max(200),
});

const sharePercentSchema = decimal(
  z
    .number('v.coaching.share')
    .int('v.coaching.share')
    .min(1, 'v.coaching.share')
    .max(100, 'v.coaching.share')
    .nullable(),
);

export const labelInputSchema = z.object({
  name: text(80),
  sharePercent: sharePercentSchema.default(null),
  active: z.boolean().default(true),
});
export const labelUpdateSchema = labelInputSchema.extend({ id: idSchema, revision: revisionSchema });

export const roleInputSchema = z.object({ name: text(80) });
export const roleUpdateSchema = roleInputSchema.extend({ id: idSchema, revision: revisionSchema });

export const coachInputSchema = z.object({
  userId: idSchema,
  coachingRoleId: idSchema,
  locationId: idSchema,
  organisationId: idSchema,
});
export const coachUpdateSchema = coachInputSchema
  .omit({ userId: true })
  .extend({ id: idSchema, revision: revisionSchema });

export const yearSchema = z.number().int().min(2000, 'v.coaching.year').max(2100, 'v.coaching.year');
export const hoursOverviewSchema = z.object({ year: yearSchema });
export const hoursExportSchema = z.object({ year: yearSchema, format: z.enum(['csv', 'xlsx']) });

const normHours = decimal(
  z.number('v.coaching.normHours').min(0, 'v.coaching.normHours').max(10_000, 'v.coaching.normHours'),
);

/** The rekentool's norm for a year; `revision` null when the year has none yet. */
export const saveNormSchema = z.object({
  year: yearSchema,
  revision: revisionSchema.nullable(),
  countsFixedBase: z.boolean(),
  hoursPerLocation: normHours,
  hoursPerVeChild: normHours,
  hoursPerFtePm: normHours,
});

/** A location's figures for a year. */
export const saveFiguresSchema = z.object({
  locationId: idSchema,
  year: yearSchema,
  revision: revisionSchema.nullable(),
  veChildren: decimal(
    z
      .number('v.coaching.veChildren')
      .int('v.coaching.veChildren')
      .min(0, 'v.coaching.veChildren')
      .max(1000, 'v.coaching.veChildren'),
  ),
  ftePm: decimal(z.number('v.coaching.fte').min(0, 'v.coaching.fte').max(500, 'v.coaching.fte')),
  fixedBaseHours: normHours,
});
