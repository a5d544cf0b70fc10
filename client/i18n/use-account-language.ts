import { useEffect } from 'react';
import { pickLanguage } from '../../shared/i18n/languages';
import { changeLanguage, currentLanguage } from '.';

/**
 * The language belongs to the person: once signed in, the UI takes the language kept with their
 * account (set by the switch in the header), in any browser, whatever that browser's language.
 */
export function useAccountLanguage(locale: string | undefined): void {
  useEffect(() => {
    if (locale === undefined) return;
    const own = pickLanguage(locale);
    if (own !== currentLanguage()) void changeLanguage(own);
  }, [locale]);
}
