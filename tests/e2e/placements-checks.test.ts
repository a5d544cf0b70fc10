/**
 * Issue 14, in a real browser: before running and before publishing, the round names what will go
 * wrong — here the demo's concept round, where half the students have given no preferences — and the
 * publish confirmation says how many stay unplaced. axe: zero violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROUND_NAMES } from '../../server/features/placements/placements.seed-data';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

describe.skipIf(!CHROMIUM)('the checks before running and publishing', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('names students without preferences, then how many stay unplaced before publication', async () => {
    const page = await newPage(running);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'projectleider@eindhoven.demo');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Plaatsingen' }).click();
    await page.getByRole('link', { name: ROUND_NAMES.concept }).click();
    await page.getByRole('heading', { level: 1, name: ROUND_NAMES.concept }).waitFor();

    const before = page.getByRole('group', { name: 'Controle vóór het berekenen' });
    await before.getByText(/^\d+ studenten hebben geen voorkeuren en kunnen niet worden geplaatst: .+\.$/).waitFor();
    await settled(page);
    await expectAccessible(page, 'overview with the check before running');

    await page.getByRole('button', { name: 'Ronde berekenen' }).click();
    await page.getByText('De berekening past bij de huidige invoer.').waitFor({ timeout: 60_000 });
    await settled(page);
    const [, students, placed] = (await page.locator('.figures dd').allTextContents()).map(Number);
    expect(students! - placed!).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Publiceren' }).click();
    const check = page.getByRole('group', { name: 'Controle vóór het publiceren' });
    await check.getByText(new RegExp(`^${students! - placed!} studenten blijven zonder plek: .+`)).waitFor();
    await check.getByText(/studenten hebben geen voorkeuren/).waitFor();
    await expectAccessible(page, 'publish confirmation with its check');

    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('De ronde is gepubliceerd.', { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Controle vóór het publiceren' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
