import { describe, expect, it } from 'vitest';
import {
  addWeeks,
  compareIsoWeeks,
  dateInIsoWeek,
  isoDateAt,
  isoWeek,
  isoWeekKey,
  isoWeeksBetween,
  isoWeeksInYear,
  isWithin,
  mondayOfIsoWeek,
  parseIsoWeekKey,
  schoolYearOf,
} from '../../shared/domain/dates';
import { specialCategoriesIn } from '../../shared/domain/special-category';
import { isForwardMove } from '../../shared/domain/mentor-teams';

describe('ISO weeks as Dutch users count them', () => {
  it('the demo "today" 25-11-2026 is week 48 of school year 2026-2027', () => {
    expect(isoWeek('2026-11-25')).toEqual({ year: 2026, week: 48 });
    expect(mondayOfIsoWeek(2026, 48)).toBe('2026-11-23');
    expect(schoolYearOf('2026-11-25')).toBe('2026-2027');
  });

  it('a week belongs to the year of its Thursday: 1 January 2027 is in week 53 of 2026', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('keys round-trip and refuse weeks that do not exist', () => {
    expect(isoWeekKey({ year: 2026, week: 7 })).toBe('2026-W07');
    expect(parseIsoWeekKey('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeekKey('2027-W53')).toBeNull();
    expect(parseIsoWeekKey('2026-W00')).toBeNull();
    expect(parseIsoWeekKey('week 47')).toBeNull();
  });

  it('adds weeks across the turn of the year', () => {
    expect(addWeeks({ year: 2026, week: 52 }, 2)).toEqual({ year: 2027, week: 1 });
    expect(addWeeks({ year: 2027, week: 1 }, -1)).toEqual({ year: 2026, week: 53 });
    expect(compareIsoWeeks({ year: 2026, week: 53 }, { year: 2027, week: 1 })).toBeLessThan(0);
  });

  it('finds the date of the session weekday in a week', () => {
    expect(dateInIsoWeek({ year: 2026, week: 48 }, 2)).toBe('2026-11-24');
    expect(dateInIsoWeek({ year: 2026, week: 53 }, 5)).toBe('2027-01-01');
  });

  it('lists every week touching a date range, in order', () => {
    const weeks = isoWeeksBetween('2026-12-20', '2027-01-05');
    expect(weeks.map(isoWeekKey)).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01']);
    expect(isoWeeksBetween('2026-12-01', '2026-11-01')).toEqual([]);
    expect(isWithin('2026-08-01', '2026-08-01', '2027-07-31')).toBe(true);
    expect(isWithin('2027-08-01', '2026-08-01', '2027-07-31')).toBe(false);
  });

  it('takes "today" in Amsterdam, so Monday 00:30 is already the new week', () => {
    // 23:30 UTC on Sunday 22 November is 00:30 on Monday in Amsterdam (CET = UTC+1).
    const ms = Date.UTC(2026, 10, 22, 23, 30);
    expect(new Date(ms).toISOString().slice(0, 10)).toBe('2026-11-22');
    expect(isoDateAt(ms)).toBe('2026-11-23');
    expect(isoWeek(isoDateAt(ms)).week).toBe(48);
  });
});

describe('special-category nudge (AVG art. 9)', () => {
  it('spots health and belief words, not ordinary Dutch', () => {
    expect(specialCategoriesIn('Ze was ziek en heeft een diagnose ADHD')).toEqual(['gezondheid']);
    expect(specialCategoriesIn('Tijdens de ramadan minder energie')).toEqual(['geloof']);
    expect(specialCategoriesIn('Ik geloof dat het kringgesprek goed ging; samenwerking met de leerkracht')).toEqual([]);
  });
});

describe('signal status moves forward only', () => {
  it('allows skipping ahead, never going back', () => {
    expect(isForwardMove('nieuw', 'doorgezet')).toBe(true);
    expect(isForwardMove('nieuw', 'afgerond')).toBe(true);
    expect(isForwardMove('opgepakt', 'doorgezet')).toBe(false);
    expect(isForwardMove('afgerond', 'afgerond')).toBe(false);
  });
});
