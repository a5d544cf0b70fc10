/**
 * Coaching hours in a real browser (decision 085): an IB'er 0-4 copies last week into this week's grid,
 * sets one label to 2,5 hours and saves; the projectleider sees the hours under that label grow, sets the VE norm and a location's VE children in the
 * rekentool and sees the hours due follow. axe with zero
 * violations on both pages, filled in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isoDateAt, isoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** The hours in the "Per label" table on the projectleider's page, read the Dutch way. */
async function scholingHours(page: Page): Promise<number> {
  const row = page.getByRole('region', { name: 'Per label', exact: true }).getByRole('row', { name: /^Scholing / });
  const text = await row.getByRole('cell').nth(1).textContent();
  return Number((text ?? '').replace(',', '.'));
}

describe.skipIf(!CHROMIUM)('coaching hours journey', () => {
  let running: RunningApp;
  const week = isoWeek(isoDateAt(Date.now())).week;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('an IB’er labels a week; the projectleider sees it per label, sets the norm and sees due vs labelled', async () => {
    const errors: string[] = [];
    const leider = await newPage(running);
    leider.on('pageerror', (e) => errors.push(e.message));
    await login(leider, running, 'projectleider@eindhoven.demo');
    await nav(leider, 'Coachingsuren');
    await leider.getByRole('heading', { level: 1, name: 'Coachingsuren' }).waitFor();
    await leider.getByRole('region', { name: 'Per coach' }).getByRole('cell', { name: 'Linda Verbeek' }).waitFor();
    const before = await scholingHours(leider);

    const ib = await newPage(running);
    ib.on('pageerror', (e) => errors.push(e.message));
    await login(ib, running, 'locatie@eindhoven.demo');
    await nav(ib, 'Mijn uren');
    await ib.getByRole('heading', { level: 2, name: new RegExp(`^Week ${week} `) }).waitFor();
    await settled(ib);
    await ib.getByText("Coachingsrol: IB'er 0-4").waitFor();
    await ib.getByRole('button', { name: 'Kopieer vorige week' }).click();
    await ib.getByLabel('Uren Scholing').fill('2,5');
    await ib.getByRole('button', { name: 'Week opslaan' }).click();
    await ib.getByText('De week is opgeslagen.').waitFor();
    await expectAccessible(ib, 'Mijn uren (a week filled in)');

    // Too many hours on a line: refused at the field, in Dutch.
    await ib.getByLabel('Uren Scholing').fill('61');
    await ib.getByRole('button', { name: 'Week opslaan' }).click();
    await ib.getByText('Vul een aantal uren in van 0 tot en met 60.').waitFor();

    await leider.reload();
    await leider.getByRole('region', { name: 'Per label', exact: true }).waitFor();
    await settled(leider);
    // This week had no hours yet: Scholing grows by exactly the 2,5 saved.
    expect(await scholingHours(leider)).toBeCloseTo(before + 2.5);
    await expectAccessible(leider, 'Coachingsuren');

    // The rekentool: the VE norm alone, then a location's VE children; due follows, by hand (10 per child).
    await nav(leider, 'Rekentool');
    await leider.getByRole('heading', { level: 1, name: /^Rekentool / }).waitFor();
    await settled(leider);
    await leider.getByRole('button', { name: 'Landelijke norm VE (10 per VE-kind)' }).click();
    await leider.getByRole('button', { name: 'Norm opslaan' }).click();
    await leider.getByText('De norm is opgeslagen.').waitFor();
    const location = (await leider
      .getByRole('region', { name: 'Cijfers per locatie' })
      .getByRole('rowheader')
      .first()
      .textContent())!;
    await leider.getByLabel(`VE-kinderen ${location}`).fill('7');
    await leider.getByRole('button', { name: `${location} opslaan` }).click();
    const due = leider
      .getByRole('region', { name: 'Per locatie', exact: true })
      .getByRole('row', { name: new RegExp(`^${location} `) });
    await expect.poll(async () => due.getByRole('cell').first().textContent()).toBe('70');
    await leider
      .getByRole('region', { name: 'Per label', exact: true })
      .getByText('Boven het aandeel')
      .first()
      .waitFor();
    await expectAccessible(leider, 'Rekentool');
    expect(errors).toEqual([]);
  });
});
