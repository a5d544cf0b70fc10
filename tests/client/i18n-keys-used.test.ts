/**
 * Every literal key a component asks for exists in Dutch (and so, by i18n.test.ts, in English): a key that
 * is not there shows on screen as itself ("year" instead of "Jaar"). Read from the source, per file: the
 * namespaces its useTranslation calls name, and each t('…') with a plain string. Keys built at run time
 * (template literals) are not checked here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedAs } from '../helpers/answers';
import { sourceFiles, translationNamespaces } from '../helpers/client-sources';

const CLIENT = join(__dirname, '../../client');
const I18N = join(CLIENT, 'i18n/nl');

/** Every key of a namespace file, dotted; plural forms also under their base key ("days_one" → "days"). */
function keysOf(namespace: string): Set<string> {
  const flat = (obj: unknown, prefix: string): string[] =>
    typeof obj === 'object' && obj !== null
      ? Object.entries(obj).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k))
      : [prefix, prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return new Set(flat(parsedAs<unknown>(readFileSync(join(I18N, `${namespace}.json`), 'utf8')), ''));
}

const KEY_CALL = /\bt\(\s*'([^'$]+)'/g;

const files = sourceFiles(CLIENT, ['i18n'])
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter((f) => f.text.includes('useTranslation('));

describe('the keys components ask for', () => {
  it('finds components to check (the reading of the source works)', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [relative(CLIENT, f.path), f.text]))(
    '%s: every t(…) key exists in its namespaces',
    (_, text) => {
      const namespaces = translationNamespaces(text);
      // useTranslation() without a namespace reads the default one, common
      const known =
        namespaces.length === 0 || /useTranslation\(\s*\)/.test(text) ? [...namespaces, 'common'] : namespaces;
      const keys = known.map(keysOf);
      const missing = [...text.matchAll(KEY_CALL)]
        .map((m) => m[1]!)
        .filter((key) => {
          const [ns, k] = key.includes(':') ? key.split(':') : [null, key];
          return ns ? !keysOf(ns).has(k) : !keys.some((set) => set.has(k));
        });
      expect(missing).toEqual([]);
    },
  );
});
