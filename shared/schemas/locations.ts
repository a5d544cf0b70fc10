import { z } from 'zod';
import { bothOrNeither, coordsFields, idSchema, optionalText, revisionSchema, text, weekdaysSchema } from './common';

export const locationInputSchema = z
  .object({
    name: text(150),
    organisationId: idSchema,
    address: text(200),
    postcode: optionalText(10),
    city: text(100),
    openDays: weekdaysSchema,
    ...coordsFields,
  })
  .refine(bothOrNeither, { message: 'v.coordsPair', path: ['lat'] });
export const locationUpdateSchema = z.intersection(
  locationInputSchema,
  z.object({ id: idSchema, revision: revisionSchema }),
);
