import { currentLanguage } from '../i18n';

/** "25-11-2026 14:05", the way Dutch users write it (English UI: same numbers, no ambiguity). */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/**
 * Hours as every screen shows them: at most two decimals (a quarter of an hour stays exact), no
 * trailing zeros, rounded half away from zero: "1,5" (en "1.5"), "2", "0,25".
 */
export function showHours(hours: number): string {
  return hours.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
}
