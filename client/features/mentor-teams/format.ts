import { formatDutchDate } from '../../../shared/domain/dates';
import { formatDateTime, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../i18n';

/** Dates and figures as the mentor-team screens show them (Dutch forms: dd-mm-jjjj, decimal comma). */
export const showDate = (iso: string) => formatDutchDate(iso);
export const showMoment = (ms: number) => formatDateTime(ms);
export const showHours = (hours: number) =>
  hours.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
export const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${formatNumber((100 * part) / whole)}%`);
export const timeOf = (ms: number) => formatDateTime(ms).slice(11);
