// Reading the client's sources for the i18n tests (i18n-keys-used, feature-texts): the files, and the
// namespaces a file's useTranslation calls name.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts/.tsx file under `dir`, leaving out folders named in `skip`. */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return skip.includes(name) ? [] : sourceFiles(path, skip);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The namespaces named by the useTranslation calls in `text` (`'ns'` or `['a', 'b']`). */
export function translationNamespaces(text: string): string[] {
  return [...text.matchAll(/useTranslation\(\s*(?:'([\w-]+)'|\[([^\]]*)\])/g)].flatMap((m) =>
    m[1] ? [m[1]] : [...m[2]!.matchAll(/'([\w-]+)'/g)].map((n) => n[1]!),
  );
}
