import { formatDutchDate } from '../../../shared/domain/dates';
import { formatDateTime, formatNumber, showHours } from '../../lib/format';

/** Dates and figures as the mentor-team screens show them (Dutch forms: dd-mm-jjjj, decimal comma). */
export const showDate = (iso: string) => formatDutchDate(iso);
export { showHours };
export const showMoment = (ms: number) => formatDateTime(ms);
export const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${formatNumber((100 * part) / whole)}%`);
export const timeOf = (ms: number) => formatDateTime(ms).slice(11);
