/**
 * The regiegroep in a real browser: open the dashboard, drill into a missing weekly log, schedule a
 * meeting and put a signal on its agenda from the proposals, record a decision (changing a programme)
 * and an action, and print the meeting pack (print media, A4). axe with zero violations on every page
 * on the way; the navigation walk covers the pages in the menus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, formatDutchDate, isoDateAt } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const SIGNAL = 'Kennis van meertaligheid bij peuters';

describe.skipIf(!CHROMIUM)('regiegroep journey', () => {
  let running: RunningApp;
  const today = isoDateAt(Date.now());
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('dashboard → missing log → agenda → decision and action → meeting pack', async () => {
    const errors: string[] = [];
    const page = await newPage(running);
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'regiegroep@eindhoven.demo');

    // The dashboard: every panel, "< 5" where groups are small.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Regiegroep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard regiegroep' }).waitFor();
    await settled(page);
    for (const panel of ['Overleg en actiepunten', 'Plaatsingen', 'Mentorteams', 'Kennisbank'])
      await page.getByRole('heading', { level: 2, name: panel }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('< 5');
    await expectAccessible(page, 'dashboard');

    // Drill into the week the team forgot to log (week 45): its weeks, who to ask, no log text.
    await page.getByRole('button', { name: /Mentorteam PW3 klas A, week 45 .*ontbreekt/ }).click();
    const detail = page.getByRole('heading', { level: 2, name: 'Weekverslagen van het team' });
    await detail.waitFor();
    await settled(page);
    await expect(detail.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    await page.locator('.drill').getByRole('cell', { name: 'week 45', exact: true }).waitFor();
    await page.getByText('vraag een teamlid naar een ontbrekende week').waitFor();
    expect(new URL(page.url()).searchParams.get('detail')).toBe('team');
    await expectAccessible(page, 'dashboard with a drill-down');

    // Schedule today's meeting and put a new signal on its agenda from the proposals.
    await page.getByRole('navigation', { name: 'Regiegroep' }).getByRole('link', { name: 'Overleg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overleg' }).waitFor();
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    const schedule = page.getByRole('form', { name: 'Overleg plannen' });
    await schedule.getByLabel('Titel').fill('Regiegroepoverleg extra');
    await schedule.getByLabel('Datum').fill(today);
    await schedule.getByLabel('Begintijd').fill('19:30');
    await schedule.getByRole('button', { name: 'Overleg plannen' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Regiegroepoverleg extra — ${formatDutchDate(today)}` })
      .waitFor();
    await settled(page);
    await page.getByRole('button', { name: `"${SIGNAL}" op de agenda zetten` }).click();
    await page.getByText(`"${SIGNAL}" staat op de agenda.`).waitFor();
    const agenda = page.locator('ol.agenda');
    await agenda.getByText('doorgezet naar regiegroep').waitFor();
    await expectAccessible(page, 'meeting with its agenda');

    // A decision on the signal that changes the PW3 programme; the signal is taken up.
    const decide = page.getByRole('form', { name: 'Besluit vastleggen' });
    await decide.getByLabel('Bij agendapunt').selectOption({ label: `1. ${SIGNAL}` });
    await decide.getByLabel('Besluit', { exact: true }).fill('Meertaligheid krijgt een les in periode 3.');
    await decide.getByLabel('Verandert dit een opleiding?').selectOption({ label: 'Pedagogisch Werk niveau 3' });
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await decide.getByText('Kies bij een opleiding ook wat er verandert, en andersom.').waitFor();
    await decide.getByLabel('Wat verandert er?').selectOption({ label: 'lesinhoud' });
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Besluit vastgelegd.').waitFor();
    await page.getByText('Verandert Pedagogisch Werk niveau 3: lesinhoud').waitFor();
    await agenda.getByText('opgepakt').waitFor();

    // An action: without an owner refused at the field, then with one.
    const act = page.getByRole('form', { name: 'Actiepunt toevoegen' });
    await act.getByLabel('Actiepunt', { exact: true }).fill('Les meertaligheid uitwerken');
    await act.getByLabel('Deadline').fill(addDays(today, 21));
    await act.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await act.getByText('Kies als eigenaar iemand van dit samenwerkingsverband (geen student).').waitFor();
    await act.getByLabel('Eigenaar').selectOption({ label: 'Mirjam de Wit' });
    await act.getByLabel('Bij besluit').selectOption({ index: 1 });
    await act.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await page.getByText('Actiepunt "Les meertaligheid uitwerken" toegevoegd.').waitFor();
    await page.getByRole('cell', { name: 'Les meertaligheid uitwerken', exact: true }).waitFor();
    await expectAccessible(page, 'meeting with a decision and an action');

    // The meeting pack, printed: A4, controls and navigation gone, agenda and dashboard snapshot there.
    await page.getByRole('link', { name: 'Vergaderstuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergaderstuk: Regiegroepoverleg extra' }).waitFor();
    await settled(page);
    await page.getByRole('heading', { level: 2, name: 'Dashboard op dit moment' }).waitFor();
    // The action points (who, what, when) come before the dashboard: this meeting's and the open earlier ones.
    const thisMeeting = page.getByRole('table', { name: 'Actiepunten van dit overleg' });
    await expect(
      thisMeeting
        .getByRole('row', { name: /Les meertaligheid uitwerken/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['Les meertaligheid uitwerken', 'Mirjam de Wit', formatDutchDate(addDays(today, 21)), 'open']);
    const earlier = page.getByRole('table', { name: 'Nog open uit eerdere overleggen' });
    await earlier.getByRole('cell', { name: 'Lesopzet observeren met het kindvolgsysteem uitwerken' }).waitFor();
    await expect(earlier.getByText('Bijeenkomst met de docententeams organiseren').count()).resolves.toBe(0);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('Actiepunten')).toBeLessThan(headings.indexOf('Dashboard op dit moment'));
    await expectAccessible(page, 'meeting pack');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pack-controls').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.meeting-pack').getByText(SIGNAL).first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.heat-map').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(2);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
