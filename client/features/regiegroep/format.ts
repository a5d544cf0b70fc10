import { formatDutchDate } from '../../../shared/domain/dates';
import type { ShownCount } from '../../../shared/domain/regiegroep';
import { formatNumber, showHours } from '../../lib/format';
import { currentLanguage } from '../../i18n';

/** Dates and figures as the regiegroep screens show them (dd-mm-jjjj, decimal comma in Dutch). */
export const showDate = (iso: string) => formatDutchDate(iso);
export { showHours };
/** A count of students as the server allowed it: a number, "< 5" or "x". */
export const showCount = (n: ShownCount | null | undefined) =>
  n === null || n === undefined ? '—' : typeof n === 'number' ? formatNumber(n) : n;
export const showPercent = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : `${formatNumber(n, n % 1 === 0 ? 0 : 1)}%`;
/** A bar's height for a shown count: hidden counts draw no bar (the label says why). */
export const barValue = (n: ShownCount | null | undefined) => (typeof n === 'number' ? n : 0);

/** "2026-11" → "nov 2026" (en: "Nov 2026"). */
export function showMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
