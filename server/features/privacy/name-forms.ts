/**
 * The ways a person's name, e-mail and student number turn up in free text, and a matcher that finds
 * and replaces them. Pure: no database. Deliberately not the last name alone ("Jansen" is many people)
 * and the first name alone only where the text is about this person (see erase.service.ts).
 */
const TITLES = /^(dr|drs|ir|ing|mr|prof|ds|bc|msc|ma|ba|mevr|dhr)\.?$/i;
const MIN_FORM = 3;

export interface PersonNames {
  /** As stored: "Dr. Karin Lemmens (lector)", or a student's "Sanne" + "Jansen". */
  fullName: string;
  firstName?: string;
  lastName?: string;
}

/** "Sanne Jansen", "Jansen, Sanne", "S. Jansen" (and the full string as stored, with titles and all). */
export function nameForms(person: PersonNames): string[] {
  const forms = new Set<string>([person.fullName.trim()]);
  const core = person.fullName
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !TITLES.test(t));
  const first = person.firstName?.trim() || core[0] || '';
  const last = person.lastName?.trim() || core.slice(1).join(' ');
  if (first && last) {
    forms.add(`${first} ${last}`);
    forms.add(`${last}, ${first}`);
    forms.add(`${first[0]}. ${last}`);
  }
  return [...forms].filter((f) => f.length >= MIN_FORM);
}

export function firstNameOf(person: PersonNames): string | null {
  const first =
    person.firstName?.trim() ||
    person.fullName
      .replace(/\([^)]*\)/g, ' ')
      .split(/\s+/)
      .find((t) => t && !TITLES.test(t));
  return first && first.length >= MIN_FORM ? first : null;
}

export interface Matcher {
  has(text: string): boolean;
  replace(text: string): string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Any spacing between words, an initial with or without a space after its dot. */
function pattern(form: string): string {
  return escape(form)
    .replace(/\\\.\s*/g, '\\.\\s*')
    .replace(/\s+/g, '[\\s\\u00a0]+');
}

/** Case-insensitive, whole words only, in NFC, NFD and without diacritics ("Chloë", "Chloe"). */
export function matcher(forms: string[], replacement: string): Matcher {
  const variants = new Set<string>();
  for (const f of forms)
    for (const v of [f.normalize('NFC'), f.normalize('NFD'), fold(f)])
      if (v.trim().length >= MIN_FORM) variants.add(v.trim());
  const sorted = [...variants].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return { has: () => false, replace: (t) => t };
  const source = `(?<![\\p{L}\\p{N}_])(?:${sorted.map(pattern).join('|')})(?![\\p{L}\\p{N}_])`;
  const test = new RegExp(source, 'iu');
  const all = new RegExp(source, 'giu');
  return {
    has: (text) => test.test(text),
    replace: (text) => text.replace(all, replacement),
  };
}
