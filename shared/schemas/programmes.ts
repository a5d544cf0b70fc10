import { z } from 'zod';
import { NLQF_LEVELS, PROGRAMME_ROUTES } from '../domain/programmes';
import { idSchema, revisionSchema, text } from './common';

export const programmeInputSchema = z.object({
  name: text(150),
  code: z
    .string()
    .trim()
    .min(1, 'v.required')
    .max(40, 'v.tooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'v.programmeCode'),
  institutionId: idSchema,
  nlqfLevel: z
    .number()
    .int()
    .min(NLQF_LEVELS[0])
    .max(NLQF_LEVELS[NLQF_LEVELS.length - 1]!),
  route: z.enum(PROGRAMME_ROUTES),
  daysPerWeek: z.number().int().min(1).max(5),
});
export const programmeUpdateSchema = programmeInputSchema.extend({ id: idSchema, revision: revisionSchema });
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;
