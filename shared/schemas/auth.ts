import { z } from 'zod';
import { COMMON_PASSWORDS } from '../domain/common-passwords';

export const emailSchema = z.string().trim().toLowerCase().max(254, 'v.tooLong').pipe(z.email('v.email'));

/** NIST-style: long enough, not a known one, no composition rules. */
export const newPasswordSchema = z
  .string()
  .min(12, 'v.passwordTooShort')
  .max(256, 'v.passwordTooLong')
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), 'v.passwordCommon');

export const loginSchema = z.object({
  email: z.string().max(254, 'v.tooLong'),
  password: z.string().min(1, 'v.required').max(1024, 'v.tooLong'),
});

export const acceptInviteSchema = z.object({
  token: z.string().min(10).max(200),
  password: newPasswordSchema,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(10, 'e.mail.resetInvalid').max(200, 'e.mail.resetInvalid'),
  password: newPasswordSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'v.required').max(1024, 'v.tooLong'),
  newPassword: newPasswordSchema,
});
