/**
 * What a page costs a visitor, measured in a real Chromium: the scripts it fetched over the network (not from
 * the browser's cache), their weight as gzip (the .gz copies the build made, so the figure does not depend on
 * which encoding the browser picked), and the time until its content shows. Used by the first-load budget
 * test (tests/e2e/first-load-budget.test.ts) and `npm run bench:web`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Visit {
  /** Paths (under the client folder) of the scripts fetched over the network. */
  scripts: string[];
  /** Scripts the page used that came from the browser's cache. */
  cachedScripts: number;
  msToContent: number;
  /** Failed requests (status 400 and up, or no answer) and script errors. */
  errors: string[];
}

/** Watches the page's network through the DevTools protocol while `navigate` runs, until content shows. */
export async function visit(page: Page, navigate: () => Promise<unknown>): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scriptUrls = new Map<string, string>();
  const fromCache = new Set<string>();
  const errors: string[] = [];
  cdp.on('Network.requestServedFromCache', (e) => fromCache.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    if (e.type !== 'Script') return;
    scriptUrls.set(e.requestId, new URL(e.response.url).pathname.slice(1));
    if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker)
      fromCache.add(e.requestId);
    if (e.response.status >= 400) errors.push(`${e.response.status} ${e.response.url}`);
  });
  cdp.on('Network.loadingFailed', (e) => {
    if (!e.canceled) errors.push(`failed: ${e.errorText}`);
  });
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  const start = performance.now();
  await navigate();
  await waitForPage(page);
  const msToContent = performance.now() - start;
  page.off('pageerror', onError);
  await cdp.detach();
  const scripts = [...scriptUrls].filter(([id]) => !fromCache.has(id)).map(([, path]) => path);
  return { scripts, cachedScripts: scriptUrls.size - scripts.length, msToContent, errors };
}

/**
 * Waits until the page shows its h1 and nothing is loading (aria-busy). A function checked on every
 * animation frame, not `locator.waitFor()`: Playwright re-checks a locator at growing intervals (0, 20,
 * 50, 100, 100, 500 ms), so a heading that came 300 ms after a click was seen at 770 ms (decision 106),
 * and `bench:web` reported the regiegroep's first visit at 1240 ms when its heading was there at 647.
 */
export async function waitForPage(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return h1 !== null && h1.getClientRects().length > 0 && !document.querySelector('[aria-busy="true"]');
  });
}

/** The gzip bytes of built client files (their .gz copy, or the file gzipped where the build made none). */
export function gzipBytes(clientDir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files) {
    const path = join(clientDir, file);
    total += existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipSync(readFileSync(path)).length;
  }
  return total;
}

/** Every script file the build's manifest names: what a page fetched must be among them. */
export function manifestScripts(clientDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  return new Set(Object.values(manifest).map((chunk) => chunk.file));
}
