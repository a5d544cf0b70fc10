import { describe, expect, it } from 'vitest';
import nlCommon from '../../client/i18n/nl/common.json';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedAs } from '../helpers/answers';

/** Every key in one language exists in the other, so no screen falls back to a raw key. */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  const dir = join(__dirname, '../../client/i18n');
  const namespaces = readdirSync(join(dir, 'nl')).filter((f) => f.endsWith('.json'));
  it.each(namespaces)('%s has the same keys in nl and en', (file) => {
    const nl = parsedAs<unknown>(readFileSync(join(dir, 'nl', file), 'utf8'));
    const en = parsedAs<unknown>(readFileSync(join(dir, 'en', file), 'utf8'));
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
  it('has Dutch weekday names', () => {
    expect(nlCommon.weekdays['1']).toBe('maandag');
  });
});
