import { z } from 'zod';
import { idSchema, revisionSchema, text } from './common';
import { isoWeekKeySchema } from './mentor-teams';
import { QUESTION_STATUSES, WORKPLACE_PRESENCE } from '../domain/workplace';

/** One student at the werkbegeleider's location; `week` ("2026-W47") defaults to this week. */
export const workplaceStudentSchema = z.object({ studentId: idSchema, week: isoWeekKeySchema.optional() });

/** The days of one week: weekday (1–5) → aanwezig/afwezig; a day left out is not confirmed. */
export const presenceSchema = z.object({
  studentId: idSchema,
  week: isoWeekKeySchema,
  days: z.array(z.object({ weekday: z.number().int().min(1).max(5), status: z.enum(WORKPLACE_PRESENCE, 'v.choose') })),
  /** The revision read; null when the week had no confirmation yet. */
  revision: revisionSchema.nullable(),
});

export const observationCreateSchema = z.object({
  studentId: idSchema,
  body: text(2000),
  visibleToStudent: z.boolean().default(false),
});
export const observationUpdateSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  body: text(2000),
  visibleToStudent: z.boolean().default(false),
});

export const questionCreateSchema = z.object({ studentId: idSchema, body: text(2000) });
export const questionStatusSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  status: z.enum(QUESTION_STATUSES, 'v.choose'),
});
