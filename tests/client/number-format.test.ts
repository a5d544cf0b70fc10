/**
 * Regression: numbers in translated sentences showed the English way ("18.1 km"). The i18n number
 * formatter writes them the UI language's way: "18,1 km" in Dutch, "18.1 km" in English.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { changeLanguage } from '../../client/i18n';

describe('numbers in sentences', () => {
  it('are written with a decimal comma in Dutch and a point in English; years keep no grouping', async () => {
    expect(i18next.t('placements:km', { km: 18.1 })).toBe('18,1 km');
    expect(i18next.t('placements:reasons.distance', { km: 18.1, max: 12.5 })).toBe(
      'ligt 18,1 km van huis; het maximum is 12,5 km.',
    );
    expect(i18next.t('mentor-teams:weekOfYear', { week: 47, year: 2026 })).toBe('week 47 (2026)');
    await changeLanguage('en');
    expect(i18next.t('placements:km', { km: 18.1 })).toBe('18.1 km');
  });
});
