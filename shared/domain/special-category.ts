/**
 * AVG (GDPR) art. 9 names special categories of personal data: health, religion or belief, racial or
 * ethnic origin, political opinions, trade-union membership, sex life or sexual orientation, genetic
 * and biometric data (art. 10 adds criminal records). Mentor notes and reflections must not hold them.
 * This is a gentle nudge, not a filter: a few telling Dutch word stems, so a writer who types
 * "ziek" or "diagnose" sees a warning while typing. False positives cost only a glance.
 */
export const SPECIAL_CATEGORIES = [
  'gezondheid',
  'geloof',
  'afkomst',
  'seksualiteit',
  'politiek',
  'strafrecht',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

const STEMS: Record<SpecialCategory, string[]> = {
  gezondheid: [
    'ziek',
    'diagnose',
    'adhd',
    'autis',
    'dyslex',
    'depressi',
    'burn-out',
    'burnout',
    'medicijn',
    'medicatie',
    'zwanger',
    'therapie',
    'psycholoog',
    'psychiater',
    'huisarts',
    'ziekenhuis',
    'handicap',
    'angststoornis',
  ],
  geloof: [
    'geloofsovertuiging',
    'religie',
    'religieu',
    'moskee',
    'kerk',
    'ramadan',
    'islam',
    'christen',
    'joods',
    'hindoe',
  ],
  afkomst: ['afkomst', 'etniciteit', 'huidskleur', 'allochto', 'nationaliteit'],
  seksualiteit: ['homo', 'lesbi', 'seksuele', 'transgender', 'biseks'],
  politiek: ['politieke voorkeur', 'stemt op', 'vakbond'],
  strafrecht: ['strafblad', 'politie', 'veroordeeld', 'arrestatie'],
};

/** The special categories a text seems to touch, in a fixed order; empty when none. */
export function specialCategoriesIn(text: string): SpecialCategory[] {
  const lower = text.toLowerCase();
  return SPECIAL_CATEGORIES.filter((category) => STEMS[category].some((stem) => lower.includes(stem)));
}
