/**
 * Every demo role logs in, walks every page its navigation offers, and each page passes axe with
 * zero WCAG 2.1 AA violations. A page that errors or shows "not found" fails the walk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const ACCOUNTS = [
  'beheer@eindhoven.demo',
  'projectleider@eindhoven.demo',
  'mentor@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'locatie@eindhoven.demo',
  'student@eindhoven.demo',
  'projectleider@rotterdam.demo',
  'mentor@rotterdam.demo',
  'regiegroep@rotterdam.demo',
];

describe.skipIf(!CHROMIUM)('every role walks its navigation', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running?.close();
  });

  it('the login page is accessible', async () => {
    const page = await newPage(running);
    await page.goto(running.url + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Inloggen');
    await expectAccessible(page, 'login');
    await page.context().close();
  });

  it.each(ACCOUNTS)('%s', async (email) => {
    const page = await newPage(running);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, email);
    await expectAccessible(page, `${email} start`);
    const toVisit = new Set<string>();
    // Where each link was first offered: a section's own navigation (beheer, kennisbank) is only on its pages.
    const offeredOn = new Map<string, string>();
    const collect = async () => {
      const here = new URL(page.url()).pathname;
      for (const href of await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        if (!toVisit.has(href)) offeredOn.set(href, here);
        toVisit.add(href);
      }
    };
    await collect();
    const visited = new Set<string>();
    while ([...toVisit].some((h) => !visited.has(h))) {
      const href = [...toVisit].find((h) => !visited.has(h))!;
      visited.add(href);
      const link = page.locator(`nav a[href="${href}"]`).first();
      if ((await link.count()) === 0) {
        await page.goto(running.url + offeredOn.get(href)!);
        await link.waitFor();
      }
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      expect(await page.getByRole('heading', { level: 1 }).textContent(), `${href} for ${email}`).not.toContain('niet gevonden');
      expect(await page.locator('.notice-error').count(), `error shown on ${href}`).toBe(0);
      await expectAccessible(page, `${email} ${href}`);
      await collect();
    }
    expect(visited.size).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
