import { dateInIsoWeek, isoWeek } from '../../shared/domain/dates';
import { bareFixture } from './regiegroep';

/**
 * The bare partnership (today 2026-11-25) with a second, earlier school year 2025-2026, and a class
 * that spans both (decision 088): helpers to give a team weeks, hours and signals on given dates.
 */
export function twoYearFixture() {
  const fx = bareFixture();
  const lastYearId = fx.id(
    "INSERT INTO school_year (partnership_id, label, starts_on, ends_on) VALUES (?, '2025-2026', '2025-08-01', '2026-07-31')",
    fx.partnershipId,
  );
  fx.id(
    "INSERT INTO period (school_year_id, name, starts_on, ends_on) VALUES (?, 'Jaar', '2025-09-01', '2026-07-15')",
    lastYearId,
  );
  const sql = fx.db.$client;
  /** A class of `size` students (in the given year) with its team, meeting on Tuesday; the mentor is in it. */
  const team = (name: string, size: number, schoolYearId: number) => {
    const cohort = fx.id(
      'INSERT INTO cohort (partnership_id, name, institution_id, programme_id, school_year_id, created_at) VALUES (?, ?, ?, ?, ?, 0)',
      fx.partnershipId,
      `Klas ${name}`,
      fx.orgs.roc,
      fx.programmes.p1,
      schoolYearId,
    );
    const id = fx.id(
      'INSERT INTO mentor_team (partnership_id, name, cohort_id, session_weekday, budget_hours_per_period, created_at) VALUES (?, ?, ?, 2, 10, 0)',
      fx.partnershipId,
      `Team ${name}`,
      cohort,
    );
    sql
      .prepare("INSERT INTO mentor_team_member (team_id, user_id, team_role) VALUES (?, ?, 'praktijkopleider')")
      .run(id, fx.users.mentor);
    return { id, cohort, students: Array.from({ length: size }, () => fx.student(fx.programmes.p1, cohort)) };
  };
  /** A held week on Tuesday with each student's attendance ('aanwezig' unless listed as absent). */
  const week = (teamId: number, year: number, w: number, studentIds: number[], absent: number[] = []) => {
    const log = fx.id(
      "INSERT INTO mentor_session_log (partnership_id, team_id, iso_year, iso_week, session_date, status, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, 'vastgesteld', ?, 0, ?, 0)",
      fx.partnershipId,
      teamId,
      year,
      w,
      dateInIsoWeek({ year, week: w }, 2),
      fx.users.mentor,
      fx.users.mentor,
    );
    for (const s of studentIds)
      sql
        .prepare(
          'INSERT INTO mentor_session_attendance (log_id, student_id, attendance, days_planned, days_present) VALUES (?, ?, ?, 2, 2)',
        )
        .run(log, s, absent.includes(s) ? 'afwezig' : 'aanwezig');
    return log;
  };
  const hours = (teamId: number, date: string, minutes: number) => {
    const { year, week: w } = isoWeek(date);
    fx.id(
      "INSERT INTO mentor_hour_entry (partnership_id, team_id, user_id, date, iso_year, iso_week, label, minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, 'weekoverleg', ?, 0)",
      fx.partnershipId,
      teamId,
      fx.users.mentor,
      date,
      year,
      w,
      minutes,
    );
  };
  /** A signal first (and last) seen in that week; `closedAt` (ms) moves it to afgerond then. */
  const signal = (teamId: number, year: number, w: number, studentCount: number, closedAt?: number) => {
    const id = fx.id(
      "INSERT INTO mentor_signal (partnership_id, team_id, kind, title, match_key, domain, competence, student_count, first_seen_year, first_seen_week, last_seen_year, last_seen_week, weeks_seen, status, created_by, created_at) VALUES (?, ?, 'tekort', ?, ?, 'leren-ontwikkelen', 'creativiteit', ?, ?, ?, ?, ?, 1, ?, ?, 0)",
      fx.partnershipId,
      teamId,
      `Signaal ${year}-${w}`,
      `signaal ${year}-${w}`,
      studentCount,
      year,
      w,
      year,
      w,
      closedAt === undefined ? 'nieuw' : 'afgerond',
      fx.users.mentor,
    );
    if (closedAt !== undefined)
      sql
        .prepare(
          "INSERT INTO mentor_signal_status_change (signal_id, from_status, to_status, changed_by, changed_at) VALUES (?, 'nieuw', 'afgerond', ?, ?)",
        )
        .run(id, fx.users.mentor, closedAt);
    return id;
  };
  return { ...fx, lastYearId, thisYearId: fx.schoolYearId, team, week, hours, signal };
}
export type TwoYearFixture = ReturnType<typeof twoYearFixture>;
