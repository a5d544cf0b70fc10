/**
 * Mentor teams in a real browser: a mentor logs this week's session (attendance, workplace days, a
 * signal and hours; the draft saves itself), a student writes a reflection, the mentor reads it on
 * the student's page, and a regiegroep member sees the signal but no notes or reflections. axe with
 * zero violations on every page on the way (the navigation walk covers the pages in the menus).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isoDateAt, isoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
const SIGNAL = 'Spelbegeleiding buiten schiet tekort';
const REFLECTION = 'Ik heb deze week de kring geleid en de kinderen laten vertellen.';
const HIDDEN_NOTE = 'Werkbegeleider vraagt om meer initiatief';

describe.skipIf(!CHROMIUM)('mentor team journey', () => {
  let running: RunningApp;
  const week = isoWeek(isoDateAt(Date.now())).week;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('a mentor logs the week, a student reflects, the mentor reads it, the regiegroep sees only the signal', async () => {
    const errors: string[] = [];
    const mentor = await newPage(running);
    mentor.on('pageerror', (e) => errors.push(e.message));
    await login(mentor, running, 'mentor@eindhoven.demo');

    // This week's log: the draft saves itself.
    await nav(mentor, 'Mijn mentorteam');
    await mentor.getByRole('heading', { level: 1, name: `Mentorteam PW3 klas A — week ${week}` }).waitFor();
    await settled(mentor);
    // (The navigation walk checks this page as it opens; axe runs here once it holds a log, a signal and hours.)
    await mentor
      .getByLabel('Wat werd er deze week van de studenten verwacht?')
      .fill('Een kringactiviteit voorbereiden en begeleiden.');
    await mentor.getByLabel('Weekoverleg: Noor Bakker').selectOption('afgemeld');
    await mentor.getByRole('button', { name: 'Iedereen volgens planning' }).click();
    await mentor.getByLabel('Dagen op de werkplek: Noor Bakker').fill('2');
    await mentor.getByText(/Concept opgeslagen om \d\d:\d\d/).waitFor();

    // Finalising needs the agreements: refused at the field, in Dutch.
    await mentor.getByRole('button', { name: 'Vaststellen' }).click();
    await expect(mentor.getByText('Vul dit veld in.').textContent()).resolves.toBe('Vul dit veld in.');
    await mentor.getByLabel('Afspraken voor volgende week').fill('Iedereen neemt een observatie mee.');
    await mentor.getByRole('button', { name: 'Vaststellen' }).click();
    await mentor.getByText('Verslag vastgesteld.').waitFor();

    // A signal: tagged with the Beroepsbeeld, a number of students.
    await mentor.getByRole('button', { name: 'Signaal melden' }).click();
    await mentor.getByLabel('Korte omschrijving').fill(SIGNAL);
    await mentor.getByLabel('Domein (Beroepsbeeld)').selectOption({ label: 'Leren & Ontwikkelen van kinderen' });
    await mentor.getByLabel('Competentie (Beroepsbeeld)').selectOption({ label: 'Creativiteit' });
    await mentor.getByLabel('Aantal studenten').fill('5');
    await mentor
      .getByRole('form', { name: `Signaal melden in week ${week}` })
      .getByRole('button', { name: 'Signaal melden' })
      .click();
    await mentor.getByText('Signaal gemeld.').waitFor();
    await mentor.getByText(SIGNAL).waitFor();

    // Hours: above 24 refused at the field; 1,5 hours accepted.
    await mentor.getByLabel('Label').selectOption({ label: 'Weekoverleg' });
    await mentor.getByLabel('Uren', { exact: true }).fill('25');
    await mentor.getByRole('button', { name: 'Uren schrijven' }).click();
    await mentor.getByText('Vul een aantal uren in van meer dan 0 tot en met 24.').waitFor();
    await mentor.getByLabel('Uren', { exact: true }).fill('1.5');
    await mentor.getByRole('button', { name: 'Uren schrijven' }).click();
    await mentor.getByText('Uren geschreven.').waitFor();
    await expectAccessible(mentor, 'team week after logging');

    // The student reflects on this week.
    const student = await newPage(running);
    student.on('pageerror', (e) => errors.push(e.message));
    await login(student, running, 'student@eindhoven.demo');
    await nav(student, 'Mijn reflectie');
    await student.getByRole('heading', { level: 1, name: 'Mijn reflectie' }).waitFor();
    await settled(student);
    await student.getByLabel('Wat heb je deze week gedaan en geleerd?').fill(REFLECTION);
    await student.getByRole('button', { name: 'Reflectie opslaan' }).click();
    await student.getByText(`Je reflectie van week ${week} is opgeslagen.`).waitFor();
    expect(await student.locator('main').textContent()).not.toContain(HIDDEN_NOTE);
    await expectAccessible(student, 'student reflection');

    // The mentor sees it: the week marks it written, the student's page shows it.
    await mentor.reload();
    await settled(mentor);
    await mentor.getByRole('link', { name: 'Sanne Jansen' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'Sanne Jansen' }).waitFor();
    await settled(mentor);
    await mentor.getByText(REFLECTION).waitFor();
    await mentor.getByText(HIDDEN_NOTE).waitFor();
    await expectAccessible(mentor, 'student page');

    // The regiegroep: the signal with its count, never notes or reflections.
    const regie = await newPage(running);
    regie.on('pageerror', (e) => errors.push(e.message));
    await login(regie, running, 'regiegroep@eindhoven.demo');
    await nav(regie, 'Signalen');
    await regie.getByRole('heading', { level: 2, name: new RegExp(SIGNAL) }).waitFor();
    await expect.poll(() => regie.locator('main').textContent()).toContain('5 studenten');
    await nav(regie, 'Mentorteams');
    await regie.getByRole('heading', { level: 1, name: 'Mentorteams' }).waitFor();
    await settled(regie);
    const seen = (await regie.locator('main').textContent()) ?? '';
    expect(seen).toContain('Mentorteam PW3 klas A');
    for (const secret of [REFLECTION, HIDDEN_NOTE, 'Sanne Jansen']) expect(seen).not.toContain(secret);
    await regie.goto(`${running.url}/mentorteams/1/studenten/1`);
    await regie.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();

    expect(errors).toEqual([]);
  });
});
