/**
 * Two journeys in Chromium, axe on every page: a mentor reads the week's reflections on one page (one
 * click from the week), marks one read and answers, and the student sees both; a beheerder invites a
 * whole class at once and gets a link per student to copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isoDateAt, isoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
const REFLECTION = 'Deze week heb ik een voorleesmoment begeleid.';
const ANSWER = 'Goed gedaan! Let volgende week op de stille kinderen.';

describe.skipIf(!CHROMIUM)('reflections and invitations', () => {
  let running: RunningApp;
  const week = isoWeek(isoDateAt(Date.now())).week;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it("a mentor reads the week's reflections on one page, marks read and answers; the student sees it", async () => {
    const student = await newPage(running);
    await login(student, running, 'student@eindhoven.demo');
    await nav(student, 'Mijn reflectie');
    await settled(student);
    await student.getByLabel('Wat heb je deze week gedaan en geleerd?').fill(REFLECTION);
    await student.getByRole('button', { name: 'Reflectie opslaan' }).click();
    await student.getByText(`Je reflectie van week ${week} is opgeslagen.`).waitFor();

    const mentor = await newPage(running);
    await login(mentor, running, 'mentor@eindhoven.demo');
    await nav(mentor, 'Mijn mentorteam');
    await settled(mentor);
    await mentor.getByRole('link', { name: `Reflecties van week ${week} lezen` }).click();
    await mentor.getByRole('heading', { level: 1, name: `Reflecties — Mentorteam PW3 klas A, week ${week}` }).waitFor();
    await settled(mentor);
    const sanne = mentor.getByRole('listitem').filter({ has: mentor.getByRole('heading', { name: 'Sanne Jansen' }) });
    await sanne.getByText(REFLECTION).waitFor();
    await expectAccessible(mentor, 'week reflections');
    await sanne.getByRole('button', { name: 'Markeer als gelezen (Sanne Jansen)' }).click();
    await mentor.getByText('Reflectie van Sanne Jansen gemarkeerd als gelezen.').waitFor();
    await sanne.getByText(/^Gelezen door Mirjam de Wit op \d{2}-\d{2}-\d{4} \d{2}:\d{2}\.$/).waitFor();
    await sanne.getByLabel('Antwoord aan de student').fill(ANSWER);
    await sanne.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await mentor.getByText('Antwoord aan Sanne Jansen opgeslagen.').waitFor();
    await expectAccessible(mentor, 'week reflections answered');

    await student.reload();
    await settled(student);
    await student.getByText('Gelezen door je mentorteam.').first().waitFor();
    await student.getByText(ANSWER).waitFor();
    await student.getByText('Antwoord van Mirjam de Wit:').waitFor();
    await expectAccessible(student, 'student reflection with answer');
  });

  it('a beheerder invites a whole class at once and gets a link per student', async () => {
    const admin = await newPage(running);
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await login(admin, running, 'beheer@eindhoven.demo');
    await admin.goto(running.url + '/beheer/mensen');
    await settled(admin);
    await admin.getByLabel('Klas').selectOption({ label: 'PW3 klas A (2026-2027)' });
    await admin.getByRole('button', { name: 'Hele klas uitnodigen' }).click();
    const result = admin.getByRole('table', { name: 'Resultaat van het uitnodigen' });
    await result.waitFor();
    const rows = await result.getByRole('row').count();
    expect(rows).toBeGreaterThan(20);
    await result
      .getByRole('row', { name: /Sanne Jansen/ })
      .getByText('heeft al een account')
      .waitFor();
    const links = await result.locator('code.invite-link').allTextContents();
    expect(links.length).toBe(rows - 2);
    expect(links.every((l) => l.startsWith(`${running.url}/uitnodiging/`))).toBe(true);
    await expectAccessible(admin, 'class invited');
    const first = result.getByRole('button', { name: /^Link kopiëren/ }).first();
    await first.click();
    await result
      .getByRole('button', { name: /^Gekopieerd/ })
      .first()
      .waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(links[0]);

    // Opened while signed in as someone else: whose it is, and a way out; then the invitation itself.
    await admin.goto(links[0]!);
    await admin.getByText(/Deze uitnodiging is voor .+@.+\. Je bent nu ingelogd als beheer@eindhoven\.demo/).waitFor();
    await expectAccessible(admin, 'invitation while signed in');
    await admin.getByRole('button', { name: 'Uitloggen en uitnodiging openen' }).click();
    await admin.getByRole('heading', { name: 'Kies je wachtwoord' }).waitFor();
    expect(new URL(admin.url()).pathname).toBe(new URL(links[0]!).pathname);
  });
});
