import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** The audit log's filters: a person, a kind of object, a period (dates, inclusive). */
export const auditFilterSchema = z
  .object({
    actorUserId: idSchema.optional(),
    subjectType: z.string().max(40).optional(),
    subjectId: z.string().max(40).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'v.dateOrder', path: ['to'] });
export type AuditFilter = z.input<typeof auditFilterSchema>;

/** A page of the log: `before` is the id where the previous page ended (older events have lower ids). */
export const auditListSchema = z.intersection(
  auditFilterSchema,
  z.object({ before: idSchema.optional(), limit: z.number().int().min(1).max(200).default(100) }),
);
