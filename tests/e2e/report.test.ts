/**
 * The rekentool's chart and the verantwoordingsrapportage in a real browser (decision 091), in Rotterdam:
 * the demo IB'er labels a week; the projectleider sets the norm and sees due against labelled, with the
 * chart, and ends and renews the IB'er's registration; the regiegroep opens the quarterly report, and its print view hides the navigation. axe with
 * zero violations on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isoDateAt, isoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

describe.skipIf(!CHROMIUM)('rekentool chart and verantwoordingsrapportage', () => {
  let running: RunningApp;
  const today = isoDateAt(Date.now());
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('the IB’er labels a week, the projectleider sees due vs labelled with the chart, the regiegroep prints the quarter', async () => {
    const errors: string[] = [];
    const ib = await newPage(running);
    ib.on('pageerror', (e) => errors.push(e.message));
    await login(ib, running, 'ib@rotterdam.demo');
    await nav(ib, 'Mijn uren');
    await ib.getByRole('heading', { level: 2, name: new RegExp(`^Week ${isoWeek(today).week} `) }).waitFor();
    await settled(ib);
    await ib.getByText("Coachingsrol: IB'er 0-4").waitFor();
    await ib.getByRole('button', { name: 'Kopieer vorige week' }).click();
    await ib.getByLabel('Uren Scholing').fill('4');
    await ib.getByRole('button', { name: 'Week opslaan' }).click();
    await ib.getByText('De week is opgeslagen.').waitFor();
    await expectAccessible(ib, 'Mijn uren (Rotterdam IB’er)');

    const leider = await newPage(running);
    leider.on('pageerror', (e) => errors.push(e.message));
    await login(leider, running, 'projectleider@rotterdam.demo');
    await nav(leider, 'Rekentool');
    await leider.getByRole('heading', { level: 1, name: /^Rekentool / }).waitFor();
    await settled(leider);
    await leider.getByRole('button', { name: 'Beide normen samen' }).click();
    await leider.getByRole('button', { name: 'Norm opslaan' }).click();
    await leider.getByText('De norm is opgeslagen.').waitFor();
    const chart = leider.getByRole('img', { name: /^Uren volgens de norm en gelabelde uren per maand/ });
    await chart.waitFor();
    // Twelve months, two series: 24 bars drawn (recharts draws a bar of 0 with no height, so count the paths).
    await expect.poll(async () => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(12);
    const month = Number(today.slice(5, 7));
    const monthRow = leider.getByRole('region', { name: 'Per maand', exact: true }).getByRole('row').nth(month);
    const labelled = Number(((await monthRow.getByRole('cell').nth(1).textContent()) ?? '').replace(',', '.'));
    expect(labelled).toBeGreaterThanOrEqual(4);
    await expectAccessible(leider, 'Rekentool with its chart');

    // The registration screen: end the IB'er's registration, then take it up again.
    await nav(leider, 'Coachingsuren');
    await leider.getByRole('heading', { level: 1, name: 'Coachingsuren' }).waitFor();
    await settled(leider);
    await leider.getByRole('button', { name: 'Beëindigen (Fatima Ouali)' }).click();
    await leider.getByText(/beëindigd op \d\d-\d\d-\d{4}/).waitFor();
    await expectAccessible(leider, 'Coachingsuren with an ended registration');
    await leider.getByRole('button', { name: 'Weer inschrijven (Fatima Ouali)' }).click();
    await leider.getByRole('button', { name: 'Beëindigen (Fatima Ouali)' }).waitFor();

    const regie = await newPage(running);
    regie.on('pageerror', (e) => errors.push(e.message));
    await login(regie, running, 'regiegroep@rotterdam.demo');
    await nav(regie, 'Verantwoording');
    await regie.getByRole('heading', { level: 1, name: 'Verantwoordingsrapportage' }).waitFor();
    const quarter = Math.floor((month - 1) / 3) + 1;
    await regie.getByText(`Verantwoording over Q${quarter} ${today.slice(0, 4)}`).waitFor();
    for (const title of [
      'Plaatsingen',
      'Coachingsuren: volgens de norm en gelabeld',
      'Signalen en besluiten',
      'Opgeschaalde werkende principes',
    ])
      await regie.getByRole('region', { name: title }).waitFor();
    // Rotterdam's demo has 5 or more coaches labelling this quarter: the total is a Dutch number, the IB'er's 4 hours in it.
    const hours = regie.getByRole('region', { name: 'Coachingsuren: volgens de norm en gelabeld' });
    const total = hours
      .getByRole('row', { name: /^Totaal / })
      .getByRole('cell')
      .nth(1);
    await expect.poll(async () => total.textContent()).toMatch(/^\d+(\.\d{3})*(,\d)?$/);
    expect(Number((await total.textContent())!.replace(/\./g, '').replace(',', '.'))).toBeGreaterThanOrEqual(4);
    await expectAccessible(regie, 'Verantwoording');

    await regie.emulateMedia({ media: 'print' });
    expect(await regie.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).toBe(false);
    expect(await regie.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await regie.getByLabel('Soort periode').isVisible()).toBe(false);
    const breaks = await regie
      .locator('.report-section')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(['page', 'page', 'page', 'page', 'page']);
    await regie.emulateMedia({ media: 'screen' });
    expect(await regie.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
