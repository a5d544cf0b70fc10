/**
 * A placement round in a real browser, as a projectleider of the demo region runs it: create a round,
 * import locations and students from CSV (a wrong row first), calculate, read "Waarom deze plek?",
 * place a student by hand (a reason is required), publish, repair a capacity drop — and compare the
 * objectives. Then the demo student reads why they got their place. axe: zero violations throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { cohorts, partnerships, students } from '../../db/schema';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const SHOTS = process.env.PLACEMENTS_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Six students of the Eindhoven class (not the demo student), by student number. */
function classNumbers(running: RunningApp): string[] {
  const rows = running.db
    .select({ n: students.studentNumber })
    .from(students)
    .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
    .innerJoin(partnerships, eq(partnerships.id, students.partnershipId))
    .where(and(eq(partnerships.name, 'Werkplaats Kind & Educatie Eindhoven')))
    .orderBy(asc(students.id))
    .all();
  return rows.slice(1, 7).map((r) => r.n!);
}

describe.skipIf(!CHROMIUM)('placement round journey', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('from import to publication and repair, with "Waarom deze plek?" for everyone', async () => {
    const page = await newPage(running);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'projectleider@eindhoven.demo');

    // A new round.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Plaatsingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatsingsrondes' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'rounds');
    await page.getByRole('button', { name: 'Nieuwe ronde' }).click();
    const create = page.getByRole('form', { name: 'Nieuwe ronde' });
    await create.getByLabel('Naam').fill('Plaatsingsronde proef');
    await create.getByLabel('Schooljaar').selectOption({ label: '2026-2027' });
    await create.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatsingsronde proef' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'inputs (empty)');

    // Import: a wrong row refuses the whole file, with the row and a Dutch message; then the right files.
    const tabs = page.getByRole('navigation', { name: 'Onderdelen van Plaatsingsronde proef' });
    await tabs.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bestand importeren' }).waitFor();
    const upload = async (file: ReturnType<typeof csv>, sheet: string) => {
      await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
      await page.getByLabel('Soort gegevens').selectOption({ label: sheet });
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    };
    const locations =
      'locatie;capaciteit;pw3\r\nKindcentrum Wittering.nl;2;2\r\nKindcentrum De Regenboog;3;3\r\nIKC Het Klaverblad;3;3\r\n';
    await upload(csv('locaties.csv', locations + 'Kindcentrum Atlantis;2;2\r\n'), 'Locaties');
    await page.getByText('Niets geïmporteerd: 1 regel klopt niet.').waitFor();
    const errorRow = page.getByRole('row', { name: /Onbekende TOP-locatie "Kindcentrum Atlantis"/ });
    await expect(errorRow.getByRole('cell').allTextContents()).resolves.toEqual([
      'Locaties',
      '5',
      'locatie',
      'Onbekende TOP-locatie "Kindcentrum Atlantis".',
    ]);
    await expectAccessible(page, 'import with row errors');
    await shot(page, 'import-errors');
    await upload(csv('locaties.csv', locations), 'Locaties');
    await page.getByText('Geïmporteerd: 3 regels Locaties.').waitFor();
    const numbers = classNumbers(running);
    const studentsCsv = `\uFEFFstudentnummer,voorkeur 1,voorkeur 2,voorkeur 3\n${numbers.map((n) => `${n},Kindcentrum Wittering.nl,Kindcentrum De Regenboog,IKC Het Klaverblad`).join('\n')}\n`;
    await upload(csv('studenten.csv', studentsCsv), 'Studenten en voorkeuren');
    await page.getByText('Geïmporteerd: 6 regels Studenten en voorkeuren.').waitFor();
    await expectAccessible(page, 'import done');

    // The inputs, editable in place: a werkbegeleider form and a student's form open together.
    await tabs.getByRole('link', { name: 'Invoer' }).click();
    await page.getByRole('heading', { level: 2, name: '6 studenten in deze ronde' }).waitFor();
    await page.getByRole('button', { name: 'Werkbegeleiders van Kindcentrum Wittering.nl' }).click();
    await page.getByRole('button', { name: 'Werkbegeleider toevoegen' }).click();
    await page.getByRole('form', { name: 'Werkbegeleider toevoegen' }).waitFor();
    await page
      .getByRole('button', { name: /^Bewerken: / })
      .last()
      .click();
    await page
      .getByRole('form', { name: /^.+ bewerken$/ })
      .getByRole('group', { name: 'Voorkeuren' })
      .waitFor();
    await expectAccessible(page, 'inputs with forms open');

    // Calculate: the worker runs, the progress shows, the figures follow.
    await tabs.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('button', { name: 'Ronde berekenen' }).click();
    await page.getByText('De berekening past bij de huidige invoer.').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.figures dd').allTextContents()).toEqual(['3', '6', '6', '0']);
    await expectAccessible(page, 'overview after run');
    await shot(page, 'overview');

    // "Waarom deze plek?" for a student on their second choice.
    await tabs.getByRole('link', { name: 'Resultaat' }).click();
    await page.getByText('6 van 6 studenten geplaatst, 0 niet.').waitFor();
    await expectAccessible(page, 'results');
    const second = page.getByRole('row').filter({ hasText: 'Kindcentrum De Regenboog' }).first();
    const name = (await second.getByRole('link').textContent())!;
    await second.getByRole('link').click();
    await page.getByRole('heading', { name: 'Waarom deze plek?' }).waitFor();
    await page.getByText('Geplaatst bij Kindcentrum De Regenboog (2e keuze).').waitFor();
    // Everyone ranked the same three: a place at Wittering.nl would only swap with someone there.
    await page
      .getByText(
        '1e keuze, Kindcentrum Wittering.nl: vol: een plaats hier gaf een even goede verdeling; de berekening moest kiezen.',
      )
      .waitFor();
    await settled(page);
    await expectAccessible(page, 'explanation');
    await shot(page, 'explanation');

    // Override: a reason is required, said at the field.
    const override = page.getByRole('form', { name: 'Handmatig plaatsen' });
    await override.getByLabel('TOP-locatie').selectOption({ label: 'IKC Het Klaverblad' });
    await override.getByRole('button', { name: 'Plaatsen' }).click();
    await override.getByText('Geef een reden: een handmatige plaatsing komt met de reden in het inzagelog.').waitFor();
    await expectAccessible(page, 'override with error');
    await override.getByLabel('Reden').fill('Woont om de hoek van het Klaverblad');
    await override.getByRole('button', { name: 'Plaatsen' }).click();
    await page.getByText(`${name} is geplaatst bij IKC Het Klaverblad.`).waitFor();
    await page
      .getByText('Handmatig geplaatst door de projectleider. Reden: Woont om de hoek van het Klaverblad')
      .waitFor();

    // Publish.
    await tabs.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('De ronde is gepubliceerd.', { exact: true }).waitFor();
    await expect.poll(() => page.locator('.page-header .badge').textContent()).toBe('Gepubliceerd');

    // Repair: De Regenboog drops to one place; only one of its students moves, to the Klaverblad.
    await tabs.getByRole('link', { name: 'Herplaatsing' }).click();
    await page.getByLabel('Een TOP-locatie heeft minder plaatsen').check();
    await page.getByLabel('TOP-locatie', { exact: true }).selectOption({ label: 'Kindcentrum De Regenboog (nu 3)' });
    await page.getByLabel('Nieuwe capaciteit').fill('1');
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    const moves = page.getByRole('table', { name: '1 student verandert van plek' });
    await moves.waitFor({ timeout: 30_000 });
    await expect(moves.getByRole('cell').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Kindcentrum De Regenboog \(2e keuze\)/),
      expect.stringMatching(/^IKC Het Klaverblad \(3e keuze\)/),
    ]);
    await settled(page);
    await expectAccessible(page, 'repair proposal');
    await shot(page, 'repair');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText('Dit voorstel is toegepast.').waitFor();

    // Compare the objectives; the chart has its table beside it.
    await tabs.getByRole('link', { name: 'Vergelijken' }).click();
    await page.getByRole('button', { name: 'Vergelijking berekenen' }).click();
    await page.getByRole('table', { name: 'Uitkomst per doel' }).waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Aantal studenten per keuze, per doel' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'compare');
    await shot(page, 'compare');
    await tabs.getByRole('link', { name: 'Per locatie' }).click();
    await page.getByText('1 van 1 plaatsen bezet').waitFor();
    await expectAccessible(page, 'per location');
    expect(errors).toEqual([]);
    await page.context().close();

    // The demo student sees their published place and why.
    const student = await newPage(running);
    await login(student, running, 'student@eindhoven.demo');
    await student
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Mijn plaatsing' })
      .click();
    await student.getByRole('heading', { level: 3, name: 'Waarom deze plek?' }).waitFor();
    await student.getByText(/^Geplaatst bij .+ \(\d+e keuze\)\./).waitFor();
    await settled(student);
    await expectAccessible(student, 'student: my placement');
    await shot(student, 'student');
    await student.context().close();
  });
});
