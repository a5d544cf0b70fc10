/**
 * Issue 14 in Chromium: the signal and decision pages search with Dutch word forms ("reflectie" finds
 * "Reflecteren op eigen handelen", "observatie" finds "observeren"); axe on both, with results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

describe.skipIf(!CHROMIUM)('searching signals and decisions by word form', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('a regiegroep member finds a signal and a decision by another form of the word', async () => {
    const page = await newPage(running);
    await login(page, running, 'regiegroep@eindhoven.demo');

    await page.goto(running.url + '/signalen');
    await settled(page);
    await page.getByRole('heading', { level: 2, name: /Oudergesprekken en overdracht/ }).waitFor();
    const signals = page.getByRole('search', { name: 'Zoeken in signalen' });
    await signals.getByLabel('Zoeken in signalen').fill('reflectie');
    await signals.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: /Oudergesprekken en overdracht/ }).waitFor({ state: 'detached' });
    await settled(page);
    await page.getByRole('heading', { level: 2, name: /Reflecteren op eigen handelen/ }).waitFor();
    await expectAccessible(page, 'signals searched');

    await page.goto(running.url + '/regiegroep/besluiten');
    await settled(page);
    await page.getByText('De kinderopvangorganisaties leveren samen één praktijkopleider voor de klas.').waitFor();
    const decisions = page.getByRole('search', { name: 'Zoeken in besluiten' });
    await decisions.getByLabel('Zoeken in besluiten').fill('observatie');
    await decisions.getByLabel('Zoeken in besluiten').press('Enter');
    await page
      .getByText('De kinderopvangorganisaties leveren samen één praktijkopleider voor de klas.')
      .waitFor({ state: 'detached' });
    await settled(page);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('een les observeren en rapporteren met het kindvolgsysteem');
    await expectAccessible(page, 'decisions searched');
  });
});
