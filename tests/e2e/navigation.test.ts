/**
 * Every Eindhoven demo role (all six) logs in and walks every page its navigation offers, with axe on
 * each page: the staff who set things up here, the other four roles in navigation-roles.test.ts, the
 * Rotterdam accounts in navigation-rotterdam.test.ts (separate files, so they run side by side).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, expectAccessible, newPage, startApp, type RunningApp } from './harness';
import { describeWalks } from './walk';

describe.skipIf(!CHROMIUM)('the login page', () => {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running?.close();
  });

  it('is accessible', async () => {
    const app = running!;
    const page = await newPage(app);
    await page.goto(app.url + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Inloggen');
    await expectAccessible(page, 'login');
    // And the check can fail: a field without a name on the same page is a violation it must report.
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('select')));
    const failure: unknown = await expectAccessible(page, 'login with a nameless field').then(
      () => 'no violation',
      (error: unknown) => error,
    );
    expect(JSON.stringify(failure)).toContain('select-name');
    await page.context().close();
  });
});

describeWalks('the Eindhoven staff walk their navigation', ['beheer@eindhoven.demo', 'projectleider@eindhoven.demo']);
