/**
 * Every Eindhoven demo role (all six) logs in and walks every page its navigation offers, with axe on
 * each page. The Rotterdam accounts walk in navigation-rotterdam.test.ts (a second file, so the two
 * run side by side).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, expectAccessible, newPage, startApp, type RunningApp } from './harness';
import { walkNavigation } from './walk';

const ACCOUNTS = [
  'beheer@eindhoven.demo',
  'projectleider@eindhoven.demo',
  'mentor@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'locatie@eindhoven.demo',
  'student@eindhoven.demo',
];

describe.skipIf(!CHROMIUM)('every Eindhoven role walks its navigation', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('the login page is accessible', async () => {
    const page = await newPage(running);
    await page.goto(running.url + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Inloggen');
    await expectAccessible(page, 'login');
    await page.context().close();
  });

  it.each(ACCOUNTS)('%s', async (email) => {
    expect((await walkNavigation(running, email)).length).toBeGreaterThan(0);
  });
});
