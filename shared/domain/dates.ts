/**
 * Dates as Dutch users write them. Dates are stored as ISO "YYYY-MM-DD" strings and handled in UTC
 * so that a day never shifts with the server's time zone.
 */
const MS_PER_DAY = 86_400_000;

export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
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
