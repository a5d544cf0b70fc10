import { z } from 'zod';
import {
  bothOrNeither,
  decimal,
  idSchema,
  latitudeSchema,
  longitudeSchema,
  optionalText,
  revisionSchema,
  text,
} from './common';

export const studentInputSchema = z
  .object({
    firstName: text(80),
    lastName: text(120),
    email: z
      .union([z.literal(''), z.string().trim().toLowerCase().max(254, 'v.tooLong').pipe(z.email('v.email'))])
      .default(''),
    studentNumber: optionalText(30),
    programmeId: idSchema,
    cohortId: idSchema.nullable().default(null),
    schoolYearId: idSchema,
    homeLat: decimal(latitudeSchema.nullable()).default(null),
    homeLon: decimal(longitudeSchema.nullable()).default(null),
  })
  .refine((v) => bothOrNeither({ lat: v.homeLat, lon: v.homeLon }), { message: 'v.coordsPair', path: ['homeLat'] });
export const studentUpdateSchema = z.intersection(
  studentInputSchema,
  z.object({ id: idSchema, revision: revisionSchema }),
);

export const studentListSchema = z.object({
  search: z.string().max(100).default(''),
  cohortId: idSchema.optional(),
  programmeId: idSchema.optional(),
});
