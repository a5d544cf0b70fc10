/**
 * The team's profile against the Beroepsbeeld in a real browser (decision 090): the werkbegeleider of De
 * Regenboog gives consent and fills in her profile; the team view (her TOP-locatie's) names the gap "geen expert in Onderzoek &
 * Innovatie"; once she is expert there the gap is gone. Her career route shows the next stage; the regiegroep
 * sees the team under the "< 5" rule. axe with zero violations on every page, filled in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const gaps = (page: Page) => page.getByRole('region', { name: 'Hiaten' }).getByRole('listitem').allTextContents();

describe.skipIf(!CHROMIUM)('team profile journey', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('a worker fills in her profile; the team view shows the gap, and it closes when she becomes expert', async () => {
    const errors: string[] = [];
    const page = await newPage(running);
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'werkbegeleider@eindhoven.demo');
    await nav(page, 'Teamprofiel');
    await page.getByRole('heading', { level: 1, name: 'Teamprofiel' }).waitFor();
    // Her TOP-locatie is her team; no one there has a profile yet.
    await page.getByRole('heading', { level: 2, name: 'Kindcentrum De Regenboog' }).waitFor();
    await settled(page);
    await expect.poll(() => gaps(page)).toContain('niemand in Onderzoek & Innovatie');

    await nav(page, 'Mijn beroepsprofiel');
    await page.getByRole('button', { name: 'Ik geef toestemming' }).click();
    await page.getByLabel('Fase in Leren & Ontwikkelen van kinderen').selectOption({ label: 'Ervaren' });
    await page.getByLabel('Fase in Onderzoek & Innovatie').selectOption({ label: 'Starter' });
    await page.getByRole('checkbox', { name: 'Pedagogiek', exact: true }).check();
    await page.getByRole('radio', { name: 'Verdiepen', exact: true }).check();
    await page.getByLabel('Welk domein?').selectOption({ label: 'Onderzoek & Innovatie' });
    await page.getByLabel('Mijn wens in een paar woorden').fill('Een IKC-lab opzetten met de hogeschool.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Je profiel is opgeslagen.').waitFor();
    expect(await page.getByLabel('Mijn IKC-team').inputValue()).not.toBe('');
    await expectAccessible(page, 'Mijn beroepsprofiel (filled in)');

    // A wrong combination is refused at the field, in Dutch.
    await page.getByLabel('Welk domein?').selectOption({ label: 'Organisatie & Samenwerking' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Verdiepen doe je in een domein waarin je al werkt.').first().waitFor();
    await page.getByLabel('Welk domein?').selectOption({ label: 'Onderzoek & Innovatie' });

    await page.getByRole('link', { name: 'Bekijk mijn loopbaanroute' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn loopbaanroute' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mijn volgende stappen: Verdiepen' }).waitFor();
    const steps = await page.getByRole('listitem').filter({ hasText: 'in Onderzoek & Innovatie' }).allTextContents();
    expect(steps.some((s) => s.startsWith('Ervaren in Onderzoek & Innovatie'))).toBe(true);
    await expectAccessible(page, 'Mijn loopbaanroute');

    await nav(page, 'Teamprofiel');
    await page.getByRole('heading', { level: 2, name: 'Kindcentrum De Regenboog' }).waitFor();
    await settled(page);
    // The page may first show the team as cached from the visit above while it fetches again: wait for the
    // fresh answer (the cached one says "niemand in …", which the check below cannot take for the new one).
    await expect
      .poll(async () => (await gaps(page)).some((g) => g.startsWith('geen expert in Onderzoek & Innovatie')))
      .toBe(true);
    await expectAccessible(page, 'Teamprofiel');

    await nav(page, 'Mijn beroepsprofiel');
    await page.getByLabel('Fase in Onderzoek & Innovatie').selectOption({ label: 'Expert' });
    await page.getByRole('radio', { name: 'Nog geen keuze' }).check();
    await page.getByLabel('Welk domein?').selectOption({ label: 'Nog geen domein gekozen' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Je profiel is opgeslagen.').waitFor();

    await nav(page, 'Teamprofiel');
    await page.getByRole('heading', { level: 2, name: 'Kindcentrum De Regenboog' }).waitFor();
    await settled(page);
    // Again first the cached team (with the gap) and then the fresh one, where the gap is closed.
    await expect.poll(async () => (await gaps(page)).some((g) => g.includes('Onderzoek & Innovatie'))).toBe(false);
    expect((await gaps(page)).some((g) => g.startsWith('niemand in Organisatie & Samenwerking'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the regiegroep sees the demo team with small counts hidden, the gap and a link to its signals', async () => {
    const page = await newPage(running);
    await login(page, running, 'regiegroep@eindhoven.demo');
    await nav(page, 'Teamprofiel');
    await page.getByLabel('Team').selectOption({ label: 'Kindcentrum Wittering.nl' });
    await page.getByRole('heading', { level: 2, name: 'Kindcentrum Wittering.nl' }).waitFor();
    await settled(page);
    await page.getByRole('cell', { name: '< 5' }).first().waitFor();
    expect(await gaps(page)).toContain('geen expert in Onderzoek & Innovatie — signalen over dit domein');
    await expectAccessible(page, 'Teamprofiel (regiegroep)');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'geen expert in Onderzoek & Innovatie' })
      .getByRole('link', { name: 'signalen over dit domein' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    expect(await page.getByLabel('Domein (Beroepsbeeld)').inputValue()).toBe('onderzoek-innovatie');
    await settled(page);
    await expectAccessible(page, 'Signalen per domein');
  });
});
