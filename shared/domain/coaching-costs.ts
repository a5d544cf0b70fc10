/** Costs of coaching hours (docs/decisions/089): quarters of ISO weeks and amounts in euro cents. */
import { dateInIsoWeek, type IsoWeek } from './dates';

export const QUARTERS = [1, 2, 3, 4] as const;

/** A week counts in the quarter (and year) of its Thursday, as it counts in that month (decision 085). */
export function quarterOfIsoWeek(week: IsoWeek): number {
  return Math.ceil(Number(dateInIsoWeek(week, 4).slice(5, 7)) / 3);
}

/** Whether a week counts in [from, to] (ISO dates, inclusive): when its Thursday does. */
export const weekCountsIn = (week: IsoWeek, from: string, to: string): boolean => {
  const thursday = dateInIsoWeek(week, 4);
  return thursday >= from && thursday <= to;
};

const grouped = (whole: number, separator: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** "€ 1.234,56" in Dutch, "€1,234.56" in English. */
export function formatEuros(cents: number, locale: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return locale.startsWith('en') ? `${sign}€${grouped(whole, ',')}.${rest}` : `${sign}€ ${grouped(whole, '.')},${rest}`;
}
