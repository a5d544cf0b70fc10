/** Counts of one read as Dutch (and English) writes them: "en 1 andere", not "en 1 anderen". */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../client/i18n';

const t = (ns: string, key: string, options: Record<string, unknown>) => i18next.t(key, { ns, ...options });

describe('plural forms', () => {
  it.each([
    ['placements', 'checks.namesAndMore', { names: 'Sanne' }, 'Sanne en 1 andere', 'Sanne en 2 anderen'],
    ['placements', 'checks.notOfferedMore', {}, "En nog 1 zo'n keuze.", 'En nog 2 zulke keuzes.'],
    ['placements', 'repair.freed.more', {}, 'En nog 1 andere.', 'En nog 2 anderen.'],
    ['regiegroep', 'signals.openCell', {}, '1 signaal tonen', '2 signalen tonen'],
  ])('%s %s: one and more', (ns, key, options, one, two) => {
    expect(t(ns, key, { ...options, count: 1 })).toBe(one);
    expect(t(ns, key, { ...options, count: 2 })).toBe(two);
  });

  it('in English too', async () => {
    await changeLanguage('en');
    expect(t('placements', 'checks.namesAndMore', { names: 'Sanne', count: 1 })).toBe('Sanne and 1 other');
    expect(t('regiegroep', 'signals.openCell', { count: 3 })).toBe('Show 3 signals');
  });
});
