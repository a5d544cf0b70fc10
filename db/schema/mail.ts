import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { partnerships } from './partnerships';
import { users } from './users';

/**
 * Every mail is first written here, in the same transaction as the change that causes it; the sender
 * (server/features/mail/sender.ts) delivers it later. status: queued → sending (claimed) → sent, or back to
 * queued with a later next_attempt_at, and after the last attempt failed (last_error says why).
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The partnership whose beheerder sees it; null for mails of the account itself (password reset). */
    partnershipId: integer('partnership_id').references(() => partnerships.id),
    userId: integer('user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** Fixed when queued, so a mail sent again after a crash is recognisable as the same one. */
    messageId: text('message_id').notNull().unique(),
    /** Extra headers as JSON: List-Unsubscribe and List-Unsubscribe-Post on notification mails. */
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** SHA-256 of the one-click unsubscribe token (notification mails only). */
    unsubscribeHash: text('unsubscribe_hash').unique(),
    /** Scheduled reminders: one mail per key, ever (e.g. "actionOverdue:12"). */
    dedupeKey: text('dedupe_key').unique(),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    claimedAt: integer('claimed_at'),
    lastError: text('last_error'),
    createdAt: timestampMs('created_at'),
    sentAt: integer('sent_at'),
  },
  (t) => [
    index('mail_outbox_due').on(t.status, t.nextAttemptAt),
    index('mail_outbox_partnership').on(t.partnershipId, t.createdAt),
  ],
);

/** A notification held for the recipient's daily digest (preference "digest"). */
export const mailDigestItems = sqliteTable(
  'mail_digest_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** The line of the digest in the recipient's language, and where it is handled. */
    line: text('line').notNull(),
    link: text('link').notNull(),
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestampMs('created_at'),
    digestedAt: integer('digested_at'),
  },
  (t) => [index('mail_digest_pending').on(t.digestedAt, t.userId)],
);

/** Per person and kind of mail: direct, digest or off. No row: the kind's default. */
export const mailPreferences = sqliteTable(
  'mail_preference',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    mode: text('mode').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A password reset link: only the token's hash, valid one hour, usable once. */
export const passwordResets = sqliteTable(
  'password_reset',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestampMs('created_at'),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
  },
  (t) => [index('password_reset_user').on(t.userId)],
);

/** The secret of a person's private calendar feed (hash only); renewing replaces it. */
export const calendarFeeds = sqliteTable('calendar_feed', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestampMs('created_at'),
});
