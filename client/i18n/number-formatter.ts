import type { FormatterModule } from 'i18next';

/**
 * Every number put into a translated sentence is written the UI language's way: "18,1 km" in Dutch
 * (i18next would otherwise print String(18.1), "18.1"). No grouping, so years and counts stay "2026".
 * The texts use no named formats ({{x, number}}), so this module replaces i18next's built-in formatter.
 */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, lng) =>
    typeof value === 'number'
      ? value.toLocaleString(lng === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2, useGrouping: false })
      : // Anything else goes through untouched (i18next's own handling of missing values included).
        (value as string),
};
