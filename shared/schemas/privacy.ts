import { z } from 'zod';
import { idSchema } from './common';
import { RETENTION, RETENTION_KINDS, RETENTION_LIMITS } from '../domain/privacy';

/** Whose data: a student record or a person (an account). */
export const SUBJECT_KINDS = ['student', 'person'] as const;

export const subjectSchema = z.object({ subject: z.enum(SUBJECT_KINDS, 'v.choose'), id: idSchema });
export type SubjectInput = z.output<typeof subjectSchema>;

/** Erasure asks for the name, typed: a second, deliberate step that a stray click cannot take. */
export const eraseSchema = subjectSchema.extend({
  confirmation: z.string().trim().min(1, 'v.privacy.confirmation').max(300, 'v.tooLong'),
});
export type EraseInput = z.output<typeof eraseSchema>;

/** A term in the kind's unit; null puts the default back. */
export const retentionUpdateSchema = z
  .object({ kind: z.enum(RETENTION_KINDS, 'v.choose'), amount: z.number().int('v.invalid').nullable() })
  .superRefine((v, ctx) => {
    if (v.amount === null) return;
    const unit = RETENTION[v.kind].unit;
    const { min, max } = RETENTION_LIMITS[unit];
    if (v.amount < min || v.amount > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: unit === 'months' ? 'v.privacy.retentionMonths' : 'v.privacy.retentionDays',
      });
    }
  });
export type RetentionUpdateInput = z.input<typeof retentionUpdateSchema>;

/** Same name, whatever the spacing or case: what the confirmation field is compared on. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}
