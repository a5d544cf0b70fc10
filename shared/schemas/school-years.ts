import { z } from 'zod';
import { idSchema, isoDateSchema, revisionSchema, text } from './common';

const dateRange = { startsOn: isoDateSchema, endsOn: isoDateSchema };
const ordered = (v: { startsOn: string; endsOn: string }) => v.startsOn <= v.endsOn;

export const schoolYearInputSchema = z
  .object({
    label: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{4}$/, 'v.schoolYear'),
    ...dateRange,
  })
  .refine((v) => Number(v.label.slice(5)) === Number(v.label.slice(0, 4)) + 1, {
    message: 'v.schoolYear',
    path: ['label'],
  })
  .refine(ordered, { message: 'v.dateOrder', path: ['endsOn'] });

export const periodInputSchema = z
  .object({ schoolYearId: idSchema, name: text(60), ...dateRange })
  .refine(ordered, { message: 'v.dateOrder', path: ['endsOn'] });
export const periodUpdateSchema = z.intersection(
  periodInputSchema,
  z.object({ id: idSchema, revision: revisionSchema }),
);
