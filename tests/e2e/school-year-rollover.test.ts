/**
 * The school-year roll-over in a real browser (decision 087): the projectleider of Rotterdam takes the class
 * (second year of three, students of two ROCs) into 2027-2028, with one student leaving; then the mentor team
 * still finds the first year's notes, reflections and signal. axe with zero violations on the new page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { cohorts, mentorTeams, schoolYears, students } from '../../db/schema';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
const CLASS = 'Klas Samen Opleiden PW 2026';

describe.skipIf(!CHROMIUM)('school-year roll-over journey', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('the projectleider rolls the class over; the mentor team finds last year’s notes and signals', async () => {
    const errors: string[] = [];
    const db = running.db;
    const klas = db.select().from(cohorts).where(eq(cohorts.name, CLASS)).get()!;
    const roster = db.select().from(students).where(eq(students.cohortId, klas.id)).orderBy(students.id).all();
    const [demoStudent, leaver] = roster;

    const leider = await newPage(running);
    leider.on('pageerror', (e) => errors.push(e.message));
    await login(leider, running, 'projectleider@rotterdam.demo');
    await nav(leider, 'Schooljaar afsluiten');
    await leider.getByRole('heading', { level: 1, name: 'Schooljaar afsluiten' }).waitFor();
    await leider.getByRole('heading', { level: 2, name: 'Overgang van 2026-2027 naar 2027-2028' }).waitFor();
    await leider.getByRole('heading', { level: 2, name: `${CLASS} · 2e jaar van 3` }).waitFor();
    await leider.getByText('Schooljaar 2027-2028 bestaat nog niet en wordt aangemaakt.').waitFor();
    // Students of two ROCs, each with their own institution.
    const table = leider.getByRole('table', { name: `Studenten van ${CLASS}` });
    await table.getByRole('cell', { name: 'ROC Zadkine' }).first().waitFor();
    await table.getByRole('cell', { name: 'ROC Albeda' }).first().waitFor();
    await expectAccessible(leider, 'Schooljaar afsluiten');

    const leaverName = `${leaver!.firstName} ${leaver!.lastName}`;
    await leider.getByLabel(`Reden van vertrek voor ${leaverName}`).selectOption('gestopt');
    await leider.getByLabel(`Datum van vertrek voor ${leaverName}`).fill('2027-03-01');
    await leider.getByLabel('Budget mentorteam in uren per periode in 2027-2028').fill('150');
    await expectAccessible(leider, 'Schooljaar afsluiten (filled in)');
    await leider.getByRole('button', { name: 'Overgang naar 2027-2028 bevestigen' }).click();
    await leider.getByText('De klassen zijn naar 2027-2028 gegaan.').waitFor();
    await leider.getByRole('button', { name: 'Overgang terugdraaien' }).waitFor();
    await expectAccessible(leider, 'Schooljaar afsluiten (after the roll-over)');

    const next = db.select().from(schoolYears).where(eq(schoolYears.label, '2027-2028')).get()!;
    expect(db.select().from(cohorts).where(eq(cohorts.id, klas.id)).get()!.schoolYearId).toBe(next.id);
    expect(db.select().from(students).where(eq(students.id, leaver!.id)).get()).toMatchObject({
      leftOn: '2027-03-01',
      leaveReason: 'gestopt',
    });
    expect(db.select().from(students).where(eq(students.id, demoStudent!.id)).get()!.schoolYearId).toBe(next.id);
    const team = db.select().from(mentorTeams).where(eq(mentorTeams.cohortId, klas.id)).get()!;
    expect(team.budgetHoursPerPeriod).toBe(150);

    // The mentor team: last year's notes and reflections on the student's page, the signal on the signals page.
    const mentor = await newPage(running);
    mentor.on('pageerror', (e) => errors.push(e.message));
    await login(mentor, running, 'mentor@rotterdam.demo');
    await mentor.goto(`${running.url}/mentorteams/${team.id}/studenten/${demoStudent!.id}`);
    await mentor.getByText('Eerste jaar afgerond: je stelt nu zelf leervragen.', { exact: false }).waitFor();
    await mentor.getByText('Eerste jaar: kent de dagritmes goed', { exact: false }).waitFor();
    await mentor.getByRole('heading', { name: 'week 50 (2025)' }).first().waitFor();
    await nav(mentor, 'Signalen');
    await mentor.getByText('Spelbegeleiding bij peuters in het eerste jaar').first().waitFor();
    // The one who left is no longer in the class.
    await mentor.goto(`${running.url}/mentorteams/${team.id}/klas`);
    await mentor.getByRole('link', { name: `${demoStudent!.firstName} ${demoStudent!.lastName}` }).waitFor();
    expect(await mentor.getByRole('link', { name: leaverName }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
