/**
 * What the three worker threads (the placement run, the upload reader, the workbook writer) share: where
 * a worker's entry file is, and a limit on how many run at once (each takes a core and its own heap).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './paths';

const fromSource = fileURLToPath(import.meta.url).endsWith('.ts');

/**
 * A worker's entry under `server/<dir…>/`: its `.dev.mjs` (which loads the TypeScript through tsx) when the
 * server runs from source (tsx, vitest), the bundle `dist/server/<dir…>/<name>.js` when it runs built.
 */
export function workerEntry(dir: string[], name: string): string {
  return fromSource
    ? join(projectRoot, 'server', ...dir, `${name}.dev.mjs`)
    : join(projectRoot, 'dist', 'server', ...dir, `${name}.js`);
}

/** At most `max` at once: `await turn()` waits for a place and returns the function that gives it back. */
export function threadLimit(max: number): () => Promise<() => void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async () => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    return () => {
      running--;
      waiting.shift()?.();
    };
  };
}
