/**
 * Costs in a real browser (decision 089): the regiegroep opens the cost overview and reads an
 * organisation's quarter (hours and euros, small groups as "< 5"); the projectleider raises the IB'er 0-4
 * tariff on the tariffs page; the regiegroep's figure for that quarter grows. axe with zero violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true }).click();
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const quarter = Math.ceil((new Date().getMonth() + 1) / 3);

/** The euros in an organisation's cell of this quarter, read the Dutch way ("€ 1.234,56"). */
async function quarterCell(page: Page, organisation: string) {
  const row = page
    .getByRole('region', { name: 'Per organisatie en kwartaal' })
    .getByRole('row', { name: new RegExp(`^${organisation}`) });
  return (
    (await row
      .getByRole('cell')
      .nth(quarter - 1)
      .textContent()) ?? ''
  );
}
const euros = (text: string) => Number(/€ ([\d.]+,\d\d)/.exec(text)![1]!.replace(/\./g, '').replace(',', '.'));

describe.skipIf(!CHROMIUM)('costs journey', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('the projectleider sets a tariff and the regiegroep sees the organisation’s quarter in the cost overview', async () => {
    const errors: string[] = [];
    const regie = await newPage(running);
    regie.on('pageerror', (e) => errors.push(e.message));
    await login(regie, running, 'regiegroep@eindhoven.demo');
    await nav(regie, 'Kosten');
    await regie.getByRole('heading', { level: 1, name: 'Kosten van coaching' }).waitFor();
    await settled(regie);
    const before = await quarterCell(regie, 'Signum Onderwijs');
    expect(before).toMatch(/^[\d.]+(,\d+)? uur€ [\d.]+,\d\d$/);
    // The mentor team's share at De Boomhut comes from fewer than 5 people.
    expect(await quarterCell(regie, 'Kinderopvang De Boomhut')).toBe('< 5');
    await expectAccessible(regie, 'Kosten (regiegroep)');

    const leider = await newPage(running);
    leider.on('pageerror', (e) => errors.push(e.message));
    await login(leider, running, 'projectleider@eindhoven.demo');
    await nav(leider, 'Tarieven');
    await leider.getByRole('heading', { level: 1, name: 'Tarieven' }).waitFor();
    await settled(leider);
    const ib = leider.getByLabel("IB'er 0-4", { exact: true });
    expect(await ib.inputValue()).toBe('52,50');
    await ib.fill('60,00');
    await leider.getByRole('button', { name: "Tarief IB'er 0-4 opslaan" }).click();
    await leider.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await expectAccessible(leider, 'Tarieven');
    // A tariff with three decimals is refused at the field, in Dutch.
    await ib.fill('60,005');
    await leider.getByRole('button', { name: "Tarief IB'er 0-4 opslaan" }).click();
    await leider.getByText('Vul een tarief in euro in van 0 tot en met 1.000').waitFor();

    await regie.reload();
    await regie.getByRole('region', { name: 'Per organisatie en kwartaal' }).waitFor();
    await settled(regie);
    const after = await quarterCell(regie, 'Signum Onderwijs');
    expect(euros(after)).toBeGreaterThan(euros(before));
    expect(errors).toEqual([]);
  });
});
