import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { pickLanguage, type Language } from '../../shared/i18n/languages';
import { numberFormatter } from './number-formatter';
import { FEATURE_TEXTS, type TextsFeature } from './feature-texts';

/**
 * Every visible string comes from client/i18n/<lang>/<namespace>.json: one namespace per feature so
 * features never edit each other's files. Dutch is the default; English is a switch.
 */
// Each namespace file is its own chunk, fetched for the person's language when a page first needs it
// (`useTranslation('<ns>')` waits for it inside the page's Suspense): the login page carries only `common` and
// `auth`. A component that also uses another feature's words names that namespace too
// (`useTranslation(['regiegroep', 'knowledge'])`).
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json');

const backend = resourcesToBackend((lang: string, ns: string) => {
  const load = files[`./${lang}/${ns}.json`];
  return load ? load().then((m) => m.default) : Promise.reject(new Error(`no texts for ${lang}/${ns}`));
});

/** Every namespace there is (component tests load them all up front). */
export const NAMESPACES = [...new Set(Object.keys(files).map((path) => /\/([\w-]+)\.json$/.exec(path)![1]!))];

const LANGUAGE_COOKIE = 'taal';

/** Dutch unless the person chose English (remembered in a cookie); the browser's language is not a choice. */
export function initialLanguage(): Language {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${LANGUAGE_COOKIE}=`));
  return pickLanguage(cookie?.split('=')[1]);
}

/** `allNamespaces` loads every namespace up front (component tests, which render without Suspense). */
export async function initI18n(lang: Language = initialLanguage(), { allNamespaces = false } = {}) {
  await i18next
    .use(backend)
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      ns: allNamespaces ? NAMESPACES : ['common', 'auth'],
      lng: lang,
      fallbackLng: 'nl',
      defaultNS: 'common',
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  document.documentElement.lang = lang;
  return i18next;
}

/**
 * A feature's code loader that also loads the feature's texts (FEATURE_TEXTS), both at once. Texts left
 * to `useTranslation` load only when a component first asks: in a navigation that is inside its
 * transition, but a part that first renders when the page's data comes (the regiegroep's panels, in the
 * kennisbank's and mentor teams' words) suspends outside it, and the layout's boundary then replaced the
 * page already on screen by "Laden…" for at least React's 300 ms (decision 108).
 */
export function withTexts<T>(feature: TextsFeature, load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), i18next.loadNamespaces([...FEATURE_TEXTS[feature]])]).then(([code]) => code);
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
