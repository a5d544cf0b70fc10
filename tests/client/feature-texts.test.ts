/**
 * A feature's texts load with its code (FEATURE_TEXTS, withTexts; decision 108), so each list must name
 * exactly the namespaces its folder's components use: one it misses loads only when a part of a page first
 * renders — after the page's data came, that replaced the page on screen by "Laden…" — and one it names
 * needlessly is fetched for nothing. Read from the source: useTranslation's namespaces and t('ns:…').
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_TEXTS } from '../../client/i18n/feature-texts';
import { sourceFiles, translationNamespaces } from '../helpers/client-sources';

const FEATURES = join(__dirname, '../../client/features');
// loaded with the app itself, not on demand: the login page's and the start page's own texts
const IN_THE_APP = new Set(['auth', 'start']);
// loaded before the app renders (client/i18n: initI18n)
const ALWAYS_LOADED = new Set(['common', 'auth']);

/** The namespaces the sources in `dir` use, beyond the ones always loaded. */
function namespacesUsedIn(dir: string): string[] {
  const used = new Set<string>();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const ns of translationNamespaces(text)) used.add(ns);
    for (const m of text.matchAll(/\bt\(\s*'([\w-]+):/g)) used.add(m[1]!);
  }
  return [...used].filter((ns) => !ALWAYS_LOADED.has(ns)).sort();
}

describe('the texts that load with each feature', () => {
  const folders = readdirSync(FEATURES).filter((name) => statSync(join(FEATURES, name)).isDirectory());

  it('has a list for every feature loaded on demand, and none for another', () => {
    expect(Object.keys(FEATURE_TEXTS).sort()).toEqual(folders.filter((f) => !IN_THE_APP.has(f)).sort());
  });

  it('reads the sources (the regiegroep borrows the kennisbank’s and mentor teams’ words)', () => {
    expect(namespacesUsedIn(join(FEATURES, 'regiegroep'))).toEqual(['knowledge', 'mentor-teams', 'regiegroep']);
  });

  for (const [feature, namespaces] of Object.entries(FEATURE_TEXTS)) {
    it(`names exactly the namespaces ${feature}'s components use`, () => {
      expect([...namespaces].sort()).toEqual(namespacesUsedIn(join(FEATURES, feature)));
    });
  }
});
