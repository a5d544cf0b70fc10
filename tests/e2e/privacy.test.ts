/**
 * Privacy in a real browser: from the student list a beheerder opens a student's dossier, downloads
 * the access file (JSON), sees in "Wie zag dit dossier" that it was viewed and downloaded, and erases
 * the student after typing the name; then sets a retention term (a wrong one is refused at the field).
 * axe with zero violations on the dossier, after erasure, and on the retention page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';
import { parsedAs } from '../helpers/answers';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

describe.skipIf(!CHROMIUM)('privacy journey', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('export, who saw it, erase with typed confirmation, retention', async () => {
    const page = await newPage(running);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'beheer@eindhoven.demo');

    // Reachable from the student list.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Studenten' }).click();
    await page.getByRole('searchbox').fill('Sanne');
    await page.getByRole('link', { name: 'Dossier van Sanne Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossier: Sanne Jansen' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'dossier');

    // Inzage: the JSON file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Inzage downloaden (JSON)' }).click(),
    ]);
    const doc = parsedAs<{ record: object; tables: { table: string }[] }>(readFileSync(await download.path(), 'utf8'));
    expect(doc.record).toMatchObject({ first_name: 'Sanne', last_name: 'Jansen' });
    expect(doc.tables.map((t) => t.table)).toContain('student_reflection');
    await page.getByText(/Het bestand inzage-student-\d+-[\d-]+\.json is gedownload\./).waitFor();

    // Wie zag dit dossier: the view and the download are in it.
    const log = page.getByRole('table', { name: 'Wie zag dit dossier' });
    await log.getByRole('row').filter({ hasText: 'Inzage gedownload' }).filter({ hasText: 'Bram Beheer' }).waitFor();
    await expect(
      log.getByRole('row').filter({ hasText: 'Dossier bekeken (privacy)' }).count(),
    ).resolves.toBeGreaterThan(0);

    // Vergeten: the button works only once the name is typed.
    const erase = page.getByRole('button', { name: 'Gegevens definitief wissen' });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Typ de naam ter bevestiging').fill('Sanne Janssen');
    await expect(erase.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Typ de naam ter bevestiging').fill('Sanne Jansen');
    await erase.click();
    await page.getByText('De gegevens zijn gewist.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Dossier: [verwijderd]' }).waitFor();
    await expectAccessible(page, 'dossier after erasure');

    // Bewaartermijnen: refused at the field in Dutch, then saved.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' }).waitFor();
    await settled(page);
    const term = page.getByLabel('Termijn voor Reflecties van studenten, in maanden');
    const row = page.getByRole('row').filter({ has: term });
    await term.fill('0');
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await row.getByText('Vul een aantal maanden in van 1 tot en met 120.').waitFor();
    await term.fill('36');
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bewaartermijn opgeslagen.').waitFor();
    await row.getByText('(eigen termijn)').waitFor();
    // one month, one day: the unit in the singular, as it is written
    await term.fill('1');
    await row.getByText('maand na het einde van hun schooljaar').waitFor();
    await page
      .getByRole('row', { name: /Verlopen sessies/ })
      .getByText('1 dag na het verlopen')
      .waitFor();
    await expectAccessible(page, 'retention');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
