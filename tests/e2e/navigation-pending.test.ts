/**
 * A navigation keeps the page one is on until the next page's code is there (decision 106): no "Laden…"
 * in its place, the page marked busy meanwhile, then the new page at once. The page's code is held back
 * by routing its requests through a gate, so the in-between state lasts as long as the test looks at it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, expectAccessible, login, newPage, startApp, waitForPage, type RunningApp } from './harness';

describe.skipIf(!CHROMIUM)('navigating to a page whose code is not loaded yet', () => {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running?.close();
  });

  it('keeps the start page, marked busy, until the kennisbank is ready', async () => {
    const page = await newPage(running!);
    await login(page, running!, 'beheer@eindhoven.demo');
    await waitForPage(page);
    const h1 = page.getByRole('heading', { level: 1 });
    const startTitle = await h1.textContent();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await gate;
      await route.continue();
    });

    await page.locator('nav a[href="/kennisbank"]').first().click();
    await expect.poll(() => page.locator('main').getAttribute('aria-busy')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/kennisbank');
    expect(await h1.textContent()).toBe(startTitle);
    expect(await page.locator('main > p[aria-busy="true"]').count()).toBe(0);

    release();
    await waitForPage(page);
    expect(await h1.textContent()).not.toBe(startTitle);
    expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
    await expectAccessible(page, 'the kennisbank after a held-back navigation');
    await page.context().close();
  });
});
