/**
 * The knowledge base in a real browser: log a dilemma, discuss it (a <script> stays text), turn it
 * into a working principle, record an adoption at a second location, move it up the ladder, and see it
 * in the matrix, the search and the booklet — axe with zero violations on every page on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const SHOTS = process.env.KNOWLEDGE_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

describe.skipIf(!CHROMIUM)('knowledge base journey', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('from a dilemma to a principle that spread, in the matrix and the booklet', async () => {
    const page = await newPage(running);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await login(page, running, 'projectleider@eindhoven.demo');

    // Log a dilemma.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Kennisbank' }).click();
    await page
      .getByRole('navigation', { name: 'Kennisbank' })
      .getByRole('link', { name: "Dilemma's en successen" })
      .click();
    await page.getByRole('heading', { level: 1, name: "Dilemma's, successen en vraagstukken" }).waitFor();
    await settled(page);
    await expectAccessible(page, 'logboek');
    await page.getByRole('button', { name: 'Nieuwe melding' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe melding' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Vul dit veld in.').first().waitFor(); // shown once the refused save comes back
    await expectAccessible(page, 'logboek: form with errors');
    await form.getByLabel('Titel').fill('Stagedagen botsen met de toetsweken');
    await form
      .getByLabel('Beschrijving')
      .fill('In toetsweken is de helft van de studenten afwezig; het team weet het pas op de dag zelf.');
    await form.getByLabel('Categorie').selectOption({ label: 'Aanwezigheid van studenten op de werkplek' });
    await form.getByLabel('TOP-locatie').selectOption({ label: 'Kindcentrum Wittering.nl' });
    await form.getByRole('checkbox', { name: /^VMM/ }).check();
    await form.getByRole('checkbox', { name: 'Studenten' }).check();
    await form.getByRole('button', { name: 'Opslaan' }).click();

    // Discuss it: a post with markup comes back as text.
    await page.getByRole('heading', { level: 1, name: 'Stagedagen botsen met de toetsweken' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'entry page');
    const hostile = '<script>window.__injected = true</script><b>vet</b> Kunnen we de toetsweken vooraf delen?';
    await page.getByLabel('Jouw reactie').fill(hostile);
    await page.getByRole('button', { name: 'Plaatsen' }).click();
    const post = page.getByRole('article', { name: 'Reactie van Petra van Loon' });
    await expect.poll(() => post.locator('.post-body').textContent()).toBe(hostile);
    expect(await post.locator('script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await page.getByLabel('Nieuwe status').selectOption({ label: 'Besproken' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('De status is nu: Besproken.').waitFor();
    await shot(page, 'entry');

    // Turn it into a principle; the edit form opens with the entry's text.
    await page.getByRole('button', { name: 'Maak hier een werkend principe van' }).click();
    const edit = page.getByRole('form', { name: 'Werkend principe bewerken' });
    await edit.waitFor();
    await expect(edit.getByLabel('Werkend principe').inputValue()).resolves.toBe('Stagedagen botsen met de toetsweken');
    await expectAccessible(page, 'principle page with its edit form');
    await edit
      .getByLabel('Werkend principe')
      .fill('Toetsweken van alle opleidingen staan vooraf in de gedeelde agenda.');
    await edit.getByRole('checkbox', { name: /^VOR/ }).check();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Toetsweken van alle opleidingen staan vooraf in de gedeelde agenda.' })
      .waitFor();
    await page.getByRole('link', { name: /Dilemma: Stagedagen botsen met de toetsweken/ }).waitFor();
    await settled(page);
    await expectAccessible(page, 'principle page');

    // Opgeschaald is refused without an adoption elsewhere, at the field, in Dutch.
    await page.getByLabel('Naar niveau').selectOption({ label: 'Opgeschaald' });
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await page
      .getByText(/pas opgeschaald als een andere TOP-locatie het heeft overgenomen/)
      .first()
      .waitFor();

    // Record an adoption at a second location, then move up.
    await page.getByRole('button', { name: 'Overname vastleggen' }).click();
    const adoption = page.getByRole('form', { name: 'Overname vastleggen' });
    await page.getByRole('button', { name: 'Onderbouwing koppelen' }).click();
    await page.getByRole('form', { name: 'Onderbouwing koppelen' }).getByLabel('Kies').waitFor();
    await expectAccessible(page, 'principle page with the adoption and evidence forms');
    await page.getByRole('form', { name: 'Onderbouwing koppelen' }).getByRole('button', { name: 'Annuleren' }).click();
    await adoption.getByLabel('TOP-locatie').selectOption({ label: 'Kindcentrum De Regenboog' });
    await adoption
      .getByLabel('Aanpassing op deze locatie')
      .fill('De agenda hangt ook op het prikbord in de teamkamer.');
    await adoption.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('cell', { name: 'Kindcentrum De Regenboog', exact: true }).waitFor();
    await page.getByLabel('Naar niveau').selectOption({ label: 'Opgeschaald' });
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByText('Het principe staat nu op: Opgeschaald.').waitFor();
    await expectAccessible(page, 'principle page after moves');
    await shot(page, 'principle');

    // The matrix shows where it was found and where it was taken up.
    await page.getByRole('navigation', { name: 'Kennisbank' }).getByRole('link', { name: 'Verspreiding' }).click();
    const row = page.getByRole('row', { name: /Toetsweken van alle opleidingen/ });
    await row.waitFor();
    await expect.poll(() => row.getByRole('cell', { name: 'Gevonden' }).count()).toBe(1);
    await expect.poll(() => row.getByRole('cell', { name: /^Overgenomen \d{2}-\d{2}-\d{4}$/ }).count()).toBe(1);
    await expectAccessible(page, 'matrix');
    await shot(page, 'matrix');

    // Search folds diacritics and finds the thread.
    await page.getByRole('navigation', { name: 'Kennisbank' }).getByRole('link', { name: 'Zoeken' }).click();
    await page.getByLabel('Zoekterm').fill('coordinatie');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Oude structuren staan nog terwijl de nieuwe worden opgebouwd' }).waitFor();
    // Odd characters are no syntax; a word from the thread finds its entry, the hit marked.
    await page.getByLabel('Zoekterm').fill('toetsweken "((( delen* NEAR');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    const found = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Stagedagen botsen met de toetsweken' }) });
    await found.waitFor();
    await expect.poll(() => found.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['delen']));
    expect(await page.locator('.notice-error').count()).toBe(0);
    await expectAccessible(page, 'search');

    // The booklet, from opgeschaald: grouped by block, the new principle in it.
    await page.getByRole('navigation', { name: 'Kennisbank' }).getByRole('link', { name: 'Boekje' }).click();
    await page.getByLabel('Principes').selectOption({ label: 'vanaf Opgeschaald' });
    const block = page.getByRole('region', { name: 'VMM — Vrijmaken van mensen en middelen' });
    await block.getByRole('heading', { level: 3, name: /Toetsweken van alle opleidingen/ }).waitFor();
    await page
      .getByRole('region', { name: 'VOR — Vormgeven en onderhouden van relaties' })
      .getByText(/Toetsweken van alle opleidingen.*\(zie VMM\)/)
      .waitFor();
    await page.getByRole('heading', { level: 3, name: /Studenten mogen op de TOP-locatie leren/ }).waitFor();
    // The booklet before the choice showed every level: wait for the lower ones to go, not read at once.
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: /Nieuwe rollen worden uitgewerkt/ }).count())
      .toBe(0);
    await expectAccessible(page, 'booklet');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.booklet-controls').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await shot(page, 'booklet-print');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
