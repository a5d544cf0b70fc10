import { z } from 'zod';
import { idSchema, revisionSchema, text } from './common';
import { PROGRAMME_YEARS } from '../domain/school-year-rollover';

export const cohortInputSchema = z.object({
  name: text(100),
  institutionId: idSchema,
  programmeId: idSchema.nullable().default(null),
  /** The school year the class is in now; its first one is `startSchoolYearId` (null: this one). */
  schoolYearId: idSchema,
  startSchoolYearId: idSchema.nullable().default(null),
  programmeYears: z
    .number('v.cohorts.programmeYears')
    .int('v.cohorts.programmeYears')
    .min(PROGRAMME_YEARS.min, 'v.cohorts.programmeYears')
    .max(PROGRAMME_YEARS.max, 'v.cohorts.programmeYears')
    .default(2),
});
export const cohortUpdateSchema = cohortInputSchema.extend({ id: idSchema, revision: revisionSchema });
