/** The languages of the interface. Kept apart from the message catalogues so the app's frame carries no texts. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function pickLanguage(value: string | undefined | null): Language {
  if (!value) return 'nl';
  const first = value.toLowerCase().split(',')[0]?.trim() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}
