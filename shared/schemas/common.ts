import { z } from 'zod';
import { WEEKDAYS } from '../domain/weekdays';
import { decimalFromInput } from '../domain/decimal';

export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The revision of a record as it was read; an update sends it back (docs/decisions/071). */
export const revisionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const byIdSchema = z.object({ id: idSchema });

/** A required single-line text with a sensible limit. */
export const text = (max = 200) => z.string().trim().min(1, 'v.required').max(max, 'v.tooLong');
export const optionalText = (max = 200) => z.string().trim().max(max, 'v.tooLong').default('');

export const weekdaysSchema = z
  .array(
    z
      .number()
      .int()
      .min(WEEKDAYS[0])
      .max(WEEKDAYS[WEEKDAYS.length - 1]!),
  )
  .min(1, 'v.weekdays')
  .max(5)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

export const isoDateSchema = z.iso.date('v.date');

/**
 * A decimal field: accepts a number or the text a person typed, with a Dutch comma or a point
 * (shared/domain/decimal.ts), then applies the given number schema. Every decimal input uses this, so
 * client and server read "1,5" the same way.
 */
export const decimal = <T extends z.ZodType>(schema: T) => z.preprocess(decimalFromInput, schema);

export const latitudeSchema = z.number('v.latitude').min(-90, 'v.latitude').max(90, 'v.latitude');
export const longitudeSchema = z.number('v.longitude').min(-180, 'v.longitude').max(180, 'v.longitude');

/** Optional coordinates: both or neither. */
export const coordsFields = {
  lat: decimal(latitudeSchema.nullable()).default(null),
  lon: decimal(longitudeSchema.nullable()).default(null),
};
export function bothOrNeither(value: { lat: number | null; lon: number | null }): boolean {
  return (value.lat === null) === (value.lon === null);
}

/** Words to search for (knowledge, signals, decisions): never refused; the server makes a safe expression. */
export const searchTextSchema = z
  .string()
  .default('')
  .transform((s) => s.slice(0, 500));
