/**
 * The first-load budget (issue 19): the login page and then a role's start page fetch at most 150 KB of gzip
 * JavaScript together, every script they fetch is one the build's manifest names, and a later visit fetches
 * no script at all (hashed assets are cached as immutable).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CHROMIUM, newPage, startApp, type RunningApp } from './harness';
import { gzipBytes, manifestScripts, visit } from '../../scripts/web/page-weight';
import { projectRoot } from '../../server/paths';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';

const BUDGET_BYTES = 150 * 1024;
const CLIENT_DIR = join(projectRoot, 'dist', 'client');
const ACCOUNTS = [
  'beheer@eindhoven.demo',
  'projectleider@eindhoven.demo',
  'mentor@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'locatie@eindhoven.demo',
  'student@eindhoven.demo',
];

describe.skipIf(!CHROMIUM)('first-load budget', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it.each(ACCOUNTS)(
    '%s: login and start page within 150 KB of gzip JavaScript; a later visit fetches none',
    async (email) => {
      const page = await newPage(running);
      const loginPage = await visit(page, () => page.goto(running.url + '/'));
      const startPage = await visit(page, async () => {
        await page.getByLabel('E-mailadres').fill(email);
        await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
      });
      const scripts = new Set([...loginPage.scripts, ...startPage.scripts]);
      expect(loginPage.scripts.length).toBeGreaterThan(0);
      expect([...loginPage.errors, ...startPage.errors]).toEqual([]);
      const known = manifestScripts(CLIENT_DIR);
      expect([...scripts].filter((file) => !known.has(file))).toEqual([]);
      expect(gzipBytes(CLIENT_DIR, scripts), [...scripts].join(', ')).toBeLessThanOrEqual(BUDGET_BYTES);

      const later = await visit(page, () => page.goto(running.url + '/'));
      expect(later.scripts).toEqual([]);
      expect(later.cachedScripts).toBeGreaterThan(0);
      await page.context().close();
    },
  );
});
