import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import nl from 'zod/v4/locales/nl.js';
import { isMessageKey, translateMessage, type Language } from './messages';

const zodLocales = { nl: nl(), en: en() };

/** One message per field path ("openDays", "supervisors.0.capacity"); the first issue wins. */
export type FieldErrors = Record<string, string>;

function localiseIssue(issue: z.core.$ZodIssue, lang: Language): string {
  if (isMessageKey(issue.message)) {
    const max = 'maximum' in issue ? Number(issue.maximum) : undefined;
    return translateMessage(issue.message, lang, max === undefined ? {} : { max });
  }
  // An empty required string is the most common error: say so plainly.
  if (issue.code === 'too_small' && 'minimum' in issue && Number(issue.minimum) === 1 && issue.origin === 'string') {
    return translateMessage('v.required', lang);
  }
  // Ids are positive; 0 is what an untouched select holds.
  if (issue.code === 'too_small' && issue.origin === 'number' && Number(issue.minimum) === 0 && !issue.inclusive) {
    return translateMessage('v.choose', lang);
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return translateMessage('v.required', lang);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return translateMessage('v.tooLong', lang, { max: Number(issue.maximum) });
  }
  const localised = zodLocales[lang].localeError(issue as never);
  return typeof localised === 'string' ? localised : (localised?.message ?? translateMessage('v.invalid', lang));
}

export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], lang: Language): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!(path in out)) out[path] = localiseIssue(issue, lang);
  }
  return out;
}
