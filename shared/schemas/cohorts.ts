import { z } from 'zod';
import { idSchema, revisionSchema, text } from './common';

export const cohortInputSchema = z.object({
  name: text(100),
  institutionId: idSchema,
  programmeId: idSchema.nullable().default(null),
  schoolYearId: idSchema,
});
export const cohortUpdateSchema = cohortInputSchema.extend({ id: idSchema, revision: revisionSchema });
