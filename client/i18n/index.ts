import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage, type Language } from '../../shared/i18n/messages';
import { numberFormatter } from './number-formatter';

/**
 * Every visible string comes from client/i18n/<lang>/<namespace>.json: one namespace per feature so
 * features never edit each other's files. Dutch is the default; English is a switch.
 */
const modules = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(modules)) {
  const [, lang, ns] = /\.\/(\w+)\/([\w-]+)\.json$/.exec(path)!;
  (resources[lang!] ??= {})[ns!] = mod.default;
}

const LANGUAGE_COOKIE = 'taal';

/** Dutch unless the person chose English (remembered in a cookie); the browser's language is not a choice. */
export function initialLanguage(): Language {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${LANGUAGE_COOKIE}=`));
  return pickLanguage(cookie?.split('=')[1]);
}

export async function initI18n(lang: Language = initialLanguage()) {
  await i18next
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      resources,
      lng: lang,
      fallbackLng: 'nl',
      defaultNS: 'common',
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  document.documentElement.lang = lang;
  return i18next;
}

/** Switches the UI language and remembers it in a cookie the server also reads (for its messages). */
export async function changeLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

export function currentLanguage(): Language {
  return pickLanguage(i18next.language);
}
