/**
 * Dates as Dutch users write them. Dates are stored as ISO "YYYY-MM-DD" strings and handled in UTC
 * so that a day never shifts with the server's time zone.
 */
const MS_PER_DAY = 86_400_000;

export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d));
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "25-11-2026", the way Dutch forms write a date. */
export function formatDutchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(iso: string): { year: number; week: number } {
  const date = parseIsoDate(iso);
  const day = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - day) * MS_PER_DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { year: thursday.getUTCFullYear(), week: Math.ceil(((thursday.getTime() - yearStart) / MS_PER_DAY + 1) / 7) };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Day = new Date(jan4).getUTCDay() || 7;
  return toIsoDate(new Date(jan4 + ((week - 1) * 7 - (jan4Day - 1)) * MS_PER_DAY));
}

/** The school year a date falls in: 1 August starts a new one ("2026-2027"). */
export function schoolYearOf(iso: string): string {
  const date = parseIsoDate(iso);
  const start = date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return `${start}-${start + 1}`;
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(iso).getTime() + days * MS_PER_DAY));
}

/** An ISO week as users say it: "week 47" of ISO year 2026. */
export interface IsoWeek {
  year: number;
  week: number;
}

/** "2026-W47": a stable key for URLs and maps; sorts in time order. */
export function isoWeekKey({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function parseIsoWeekKey(key: string): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const value = { year: Number(match[1]), week: Number(match[2]) };
  return value.week >= 1 && value.week <= isoWeeksInYear(value.year) ? value : null;
}

/** 52 or 53: a year has week 53 when 28 December (always in the last week) falls in it. */
export function isoWeeksInYear(year: number): number {
  return isoWeek(`${year}-12-28`).week;
}

/** The date of a weekday (1 = maandag … 7 = zondag) in an ISO week. */
export function dateInIsoWeek({ year, week }: IsoWeek, weekday: number): string {
  return addDays(mondayOfIsoWeek(year, week), weekday - 1);
}

export function addWeeks(value: IsoWeek, weeks: number): IsoWeek {
  return isoWeek(addDays(mondayOfIsoWeek(value.year, value.week), weeks * 7));
}

export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}

/** Every ISO week that has a day in [from, to] (ISO dates, inclusive), in order. */
export function isoWeeksBetween(from: string, to: string): IsoWeek[] {
  const out: IsoWeek[] = [];
  if (from > to) return out;
  const last = isoWeek(to);
  for (let w = isoWeek(from); compareIsoWeeks(w, last) <= 0; w = addWeeks(w, 1)) out.push(w);
  return out;
}

/** ISO dates compare as strings; inclusive on both ends. */
export function isWithin(iso: string, from: string, to: string): boolean {
  return iso >= from && iso <= to;
}

/**
 * The calendar date at an instant in the Netherlands. Using UTC would put Monday 00:30 in the
 * previous week, so "today" and "this week" are always taken in Europe/Amsterdam.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function isoDateAt(ms: number, timeZone = 'Europe/Amsterdam'): string {
  // en-CA formats as YYYY-MM-DD. A formatter costs ~0.4 ms to build, so there is one per time zone.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(ms));
}

const minuteFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the Netherlands writes it: date "24-11-2026" and time "14:32", in Europe/Amsterdam. */
export function dutchDateAndTimeAt(ms: number): { date: string; time: string } {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    minuteFormat.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '';
  return { date: `${part('day')}-${part('month')}-${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}
