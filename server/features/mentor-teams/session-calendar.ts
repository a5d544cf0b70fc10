/**
 * Which weeks a team is expected to meet, and which of them have no log. Pure: no database.
 * A week is expected when the team's session day in that week falls inside a period of the school
 * year (periods leave out the summer; without periods, inside the school year) and is not in the
 * future. A log with any status — also "vervallen" (no session, e.g. a holiday) — means the week
 * is accounted for; a week without one is "missing", for the team and for the regiegroep.
 */
import {
  compareIsoWeeks,
  dateInIsoWeek,
  isoWeekKey,
  isoWeeksBetween,
  isWithin,
  type IsoWeek,
} from '../../../shared/domain/dates';
import type { LogStatus } from '../../../shared/domain/mentor-teams';

export interface CalendarInput {
  sessionWeekday: number;
  schoolYear: { startsOn: string; endsOn: string };
  periods: { startsOn: string; endsOn: string }[];
  today: string;
}

export type WeekState = LogStatus | 'ontbreekt';
export interface CalendarWeek extends IsoWeek {
  key: string;
  sessionDate: string;
  state: WeekState;
}

export function expectedWeeks({ sessionWeekday, schoolYear, periods, today }: CalendarInput): IsoWeek[] {
  const last = today < schoolYear.endsOn ? today : schoolYear.endsOn;
  return isoWeeksBetween(schoolYear.startsOn, last).filter((week) => {
    const date = dateInIsoWeek(week, sessionWeekday);
    if (date > today) return false;
    return periods.length
      ? periods.some((p) => isWithin(date, p.startsOn, p.endsOn))
      : isWithin(date, schoolYear.startsOn, schoolYear.endsOn);
  });
}

/**
 * Expected weeks and logged weeks together, in order, each with its state. `expected` may be passed in
 * when many teams share a calendar (the regiegroep dashboard computes it once per session weekday).
 */
export function weekStates(
  input: CalendarInput,
  logs: { isoYear: number; isoWeek: number; status: string }[],
  expected: IsoWeek[] = expectedWeeks(input),
): CalendarWeek[] {
  const byKey = new Map(logs.map((l) => [isoWeekKey({ year: l.isoYear, week: l.isoWeek }), l.status as LogStatus]));
  const weeks = new Map(expected.map((w) => [isoWeekKey(w), w]));
  for (const l of logs)
    weeks.set(isoWeekKey({ year: l.isoYear, week: l.isoWeek }), { year: l.isoYear, week: l.isoWeek });
  return [...weeks.values()].sort(compareIsoWeeks).map((w) => ({
    ...w,
    key: isoWeekKey(w),
    sessionDate: dateInIsoWeek(w, input.sessionWeekday),
    state: byKey.get(isoWeekKey(w)) ?? 'ontbreekt',
  }));
}

/** The period a date falls in; between periods, the last one begun; before all, the first. */
export function periodAt<P extends { startsOn: string; endsOn: string }>(periods: P[], date: string): P | undefined {
  return (
    periods.find((p) => isWithin(date, p.startsOn, p.endsOn)) ??
    [...periods].reverse().find((p) => p.startsOn <= date) ??
    periods[0]
  );
}
