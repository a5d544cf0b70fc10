import type Database from 'better-sqlite3';
import { ERASED, type RetentionKind } from '../../../shared/domain/privacy';
import { SESSION_IDLE_MS } from '../../auth/sessions';

/**
 * What each retention term does, in SQL. Terms run from a moment in the record's life: the end of the
 * student's (or the round's) school year, the day of the session or hours, an invitation's end, a
 * failure's time. Blanked text becomes "[verwijderd]" (empty text stays empty), so a blanked row is
 * not blanked again. Why each default and effect: docs/decisions/050-privacy.md.
 */
export interface Cutoff {
  partnershipId: number | null;
  /** ISO date: records whose moment lies before it have expired. */
  date: string;
  ms: number;
}

export interface RetentionRule {
  kind: RetentionKind;
  apply(sqlite: Database.Database, cutoff: Cutoff): number;
  /** The person's own texts of this kind: blanked at once when the person is erased. */
  ownText?: { table: string; personColumn: 'student_id' | 'user_id'; columns: string[] };
  /** Rows about the person that no figure counts: deleted whole when the person is erased. */
  ownRows?: { table: string; personColumn: 'student_id' | 'user_id' };
}

export const blank = (cols: string[]) =>
  cols.map((c) => `${c} = CASE WHEN ${c} = '' THEN '' ELSE '${ERASED}' END`).join(', ');
export const notBlank = (cols: string[]) => `(${cols.map((c) => `${c} NOT IN ('', '${ERASED}')`).join(' OR ')})`;
const ENDED_STUDENTS =
  'SELECT s.id FROM student s JOIN school_year y ON y.id = s.school_year_id WHERE s.partnership_id = @p AND y.ends_on < @date';
const ENDED_ROUNDS =
  'SELECT r.id FROM placement_round r JOIN school_year y ON y.id = r.school_year_id WHERE r.partnership_id = @p AND y.ends_on < @date';
const LOG_TEXTS = ['expectations', 'practice_situations', 'lesson_material', 'agreements'];
/** The Monday of a row's ISO week (iso_year, iso_week), in SQL: 4 January is always in week 1. */
const MONDAY_OF_WEEK = `date(printf('%04d-01-04', iso_year), '-' || ((strftime('%w', printf('%04d-01-04', iso_year)) + 6) % 7) || ' days', '+' || ((iso_week - 1) * 7) || ' days')`;

/** A mail that is done — sent, or failed after its last attempt — since before the cutoff. */
const MAIL_DONE_BEFORE = "status IN ('sent', 'failed') AND coalesce(sent_at, claimed_at, created_at) < @ms";

const run = (sqlite: Database.Database, sql: string, c: Cutoff) =>
  sqlite.prepare(sql).run({ p: c.partnershipId, date: c.date, ms: c.ms }).changes;

export const RETENTION_RULES: RetentionRule[] = [
  {
    kind: 'reflections',
    apply: (db, c) =>
      run(
        db,
        `UPDATE student_reflection SET ${blank(['body', 'next_step'])} WHERE partnership_id = @p AND ${notBlank(['body', 'next_step'])} AND student_id IN (${ENDED_STUDENTS})`,
        c,
      ),
    ownText: { table: 'student_reflection', personColumn: 'student_id', columns: ['body', 'next_step'] },
  },
  {
    kind: 'mentorNotes',
    apply: (db, c) =>
      run(
        db,
        `UPDATE mentor_student_note SET ${blank(['body'])} WHERE partnership_id = @p AND ${notBlank(['body'])} AND student_id IN (${ENDED_STUDENTS})`,
        c,
      ),
    ownText: { table: 'mentor_student_note', personColumn: 'student_id', columns: ['body'] },
  },
  {
    kind: 'attendance',
    apply: (db, c) => run(db, `DELETE FROM mentor_session_attendance WHERE student_id IN (${ENDED_STUDENTS})`, c),
  },
  {
    kind: 'sessionLogTexts',
    apply: (db, c) =>
      run(
        db,
        `UPDATE mentor_session_log SET ${blank(LOG_TEXTS)} WHERE partnership_id = @p AND session_date < @date AND ${notBlank(LOG_TEXTS)}`,
        c,
      ),
  },
  {
    kind: 'hourNotes',
    apply: (db, c) =>
      run(
        db,
        `UPDATE mentor_hour_entry SET ${blank(['note'])} WHERE partnership_id = @p AND date < @date AND ${notBlank(['note'])}`,
        c,
      ),
    ownText: { table: 'mentor_hour_entry', personColumn: 'user_id', columns: ['note'] },
  },
  {
    kind: 'placementPreferences',
    apply: (db, c) => {
      const participants = `SELECT id FROM placement_participant WHERE round_id IN (${ENDED_ROUNDS})`;
      return (
        run(db, `DELETE FROM placement_preference WHERE participant_id IN (${participants})`, c) +
        run(db, `DELETE FROM placement_priority WHERE participant_id IN (${participants})`, c) +
        // The explanation lists the reasons per choice: it describes the preferences, so it goes with them.
        run(
          db,
          `UPDATE placement_participant SET explanation = NULL WHERE explanation IS NOT NULL AND round_id IN (${ENDED_ROUNDS})`,
          c,
        )
      );
    },
  },
  {
    // The workplace's records (decision 088): no dashboard counts them, so they go whole, each counted
    // from its own moment — the week confirmed, the day written or asked.
    kind: 'workplacePresence',
    apply: (db, c) =>
      run(db, `DELETE FROM workplace_presence WHERE partnership_id = @p AND ${MONDAY_OF_WEEK} < @date`, c),
    ownRows: { table: 'workplace_presence', personColumn: 'student_id' },
  },
  {
    kind: 'workplaceObservations',
    apply: (db, c) => run(db, 'DELETE FROM workplace_observation WHERE partnership_id = @p AND created_at < @ms', c),
    ownRows: { table: 'workplace_observation', personColumn: 'student_id' },
  },
  {
    kind: 'workplaceQuestions',
    apply: (db, c) => run(db, 'DELETE FROM workplace_question WHERE partnership_id = @p AND created_at < @ms', c),
    ownRows: { table: 'workplace_question', personColumn: 'student_id' },
  },
  {
    kind: 'invites',
    apply: (db, c) =>
      run(db, 'DELETE FROM invite WHERE partnership_id = @p AND coalesce(accepted_at, expires_at) < @ms', c),
  },
  {
    // Sent (or finally failed) mails and the digest lines already sent (decision 050, addendum): a mail
    // repeats what the app shows, so the outbox keeps it only as long as a beheerder may need to answer
    // "did it arrive?". Queued mails wait for the sender whatever their age.
    kind: 'mails',
    apply: (db, c) =>
      run(db, `DELETE FROM mail_outbox WHERE partnership_id = @p AND ${MAIL_DONE_BEFORE}`, c) +
      run(db, 'DELETE FROM mail_digest_item WHERE partnership_id = @p AND digested_at < @ms', c),
  },
  {
    // the account's own mails (a password reset link), which belong to no partnership
    kind: 'accountMails',
    apply: (db, c) => run(db, `DELETE FROM mail_outbox WHERE partnership_id IS NULL AND ${MAIL_DONE_BEFORE}`, c),
  },
  {
    kind: 'loginFailures',
    apply: (db, c) => run(db, 'DELETE FROM login_failure WHERE at < @ms', c),
  },
  {
    kind: 'expiredSessions',
    // A session ends at its absolute end or after the idle time, whichever comes first.
    apply: (db, c) => run(db, `DELETE FROM session WHERE min(expires_at, last_seen_at + ${SESSION_IDLE_MS}) < @ms`, c),
  },
];
