import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { users } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../../server/clock';
import { configureMail } from '../../server/features/mail/settings';
import { deliverDue, smtpTransport } from '../../server/features/mail/sender';
import type { TestSmtp } from './smtp';

export const PUBLIC_URL = 'https://werkplaats.example';
export const useTestPublicUrl = () => configureMail({ publicUrl: PUBLIC_URL });

/** Sends what the outbox holds to the test SMTP server; returns how many were accepted. */
export const flush = (smtp: TestSmtp, db: Db, clock: Clock) => deliverDue(db, clock, smtpTransport(smtp.url));

export const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? '' : (mail.to?.text ?? ''));
export const mailsTo = (smtp: TestSmtp, email: string) => smtp.mails.filter((m) => addressOf(m) === email);

/** The first link in a mail's text that starts with the public URL and the path. */
export function linkIn(mail: ParsedMail, path: string): string {
  const match = new RegExp(`${PUBLIC_URL}${path}\\S*`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return match[0];
}

export const userIdOf = (db: Db, email: string) =>
  db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
export const setLocale = (db: Db, email: string, locale: 'nl' | 'en') =>
  db.update(users).set({ locale }).where(eq(users.email, email)).run();

/** A header as it came over the wire (mailparser folds List-* headers into an object of its own). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}
