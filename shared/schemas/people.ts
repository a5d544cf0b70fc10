import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { emailSchema } from './auth';
import { idSchema, revisionSchema, text } from './common';

const roleFields = {
  role: z.enum(ROLES),
  topLocationId: idSchema.nullable().default(null),
};
const locationWhenNeeded = (v: { role: string; topLocationId: number | null }) =>
  v.role !== 'locatie' || v.topLocationId !== null;

export const inviteInputSchema = z
  .object({ name: text(120), email: emailSchema, ...roleFields, studentId: idSchema.nullable().default(null) })
  .refine(locationWhenNeeded, { message: 'v.locationForRole', path: ['topLocationId'] })
  .refine((v) => v.role !== 'student' || v.studentId !== null, { message: 'v.studentForRole', path: ['studentId'] });

/** The person's revision as the people page read it (decision 080): every change of their roles or access sends it. */
const person = { userId: idSchema, revision: revisionSchema };

export const roleInputSchema = z
  .object({ ...person, ...roleFields })
  .refine(locationWhenNeeded, { message: 'v.locationForRole', path: ['topLocationId'] });

export const removeRoleSchema = z.object({ ...person, role: z.enum(ROLES) });
export const personSchema = z.object({ userId: idSchema });
export const setBlockedSchema = z.object({ ...person, blocked: z.boolean() });

/** Invitations in bulk: every student of a class, or the students a CSV names (studentnummer or e-mail). */
export const inviteClassSchema = z.object({ cohortId: idSchema });
export const inviteCsvSchema = z.object({ csv: z.string().min(1, 'v.required').max(500_000, 'v.tooLong') });
