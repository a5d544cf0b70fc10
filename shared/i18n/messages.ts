/**
 * Messages that the server and the client both produce: validation and service errors. Schemas and
 * AppErrors carry a key ("v.…" or "e.…"); the server translates it to the request's language, the
 * client to the UI's. Screen texts live in client/i18n.
 */
import { nl } from './messages-nl';
import { en } from './messages-en';

import type { Language } from './languages';

export { LANGUAGES, pickLanguage, type Language } from './languages';

const catalogue: Record<Language, Record<string, string>> = { nl, en };

export function isMessageKey(text: string): boolean {
  return /^[ve]\.[A-Za-z.]+$/.test(text) && text in catalogue.nl;
}

export function translateMessage(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const template = catalogue[lang][key] ?? catalogue.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
