import { z } from 'zod';
import { MAIL_MODES, MAIL_STATUSES, NOTIFICATION_KINDS } from '../domain/mail';

export const mailPreferenceSchema = z.object({ kind: z.enum(NOTIFICATION_KINDS), mode: z.enum(MAIL_MODES) });
export const outboxFilterSchema = z.object({ status: z.enum(MAIL_STATUSES).nullable().default(null) });
