/**
 * Decision 088 in a real browser: the regiegroep switches the dashboard to last school year and opens a
 * class's line over its years; the werkbegeleider edits her own observation, meets another save in
 * between (ConflictNotice) and keeps her version. axe with zero violations on every page of the journey.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { dateInIsoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

describe.skipIf(!CHROMIUM)('school years and the workplace in the browser', () => {
  let running: RunningApp;
  let teamId: number;
  let lastYearId: number;
  beforeAll(async () => {
    running = await startApp();
    // The demo class's first year behind it: two weekly sessions in 2025-2026, all present.
    const sqlite = running.db.$client;
    const team = running.db.get<{ id: number; p: number; cohort: number }>(
      sql`select t.id, t.partnership_id as p, t.cohort_id as cohort from mentor_team t join partnership p on p.id = t.partnership_id where p.name like '%Eindhoven%' order by t.id limit 1`,
    );
    teamId = team.id;
    const mentorId = running.db.get<{ id: number }>(sql`select id from user where email = 'mentor@eindhoven.demo'`).id;
    lastYearId = Number(
      sqlite
        .prepare(
          "INSERT INTO school_year (partnership_id, label, starts_on, ends_on) VALUES (?, '2025-2026', '2025-08-01', '2026-07-31')",
        )
        .run(team.p).lastInsertRowid,
    );
    const students = sqlite.prepare('SELECT id FROM student WHERE cohort_id = ?').all(team.cohort) as { id: number }[];
    for (const week of [40, 41]) {
      const log = sqlite
        .prepare(
          "INSERT INTO mentor_session_log (partnership_id, team_id, iso_year, iso_week, session_date, status, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 2025, ?, ?, 'vastgesteld', ?, 0, ?, 0)",
        )
        .run(team.p, team.id, week, dateInIsoWeek({ year: 2025, week }, 2), mentorId, mentorId).lastInsertRowid;
      for (const s of students)
        sqlite
          .prepare(
            "INSERT INTO mentor_session_attendance (log_id, student_id, attendance, days_planned, days_present) VALUES (?, ?, 'aanwezig', 2, 2)",
          )
          .run(log, s.id);
    }
  });
  afterAll(async () => {
    await running.close();
  });

  it('the regiegroep switches the dashboard to last school year and sees the class line', async () => {
    const errors: string[] = [];
    const page = await newPage(running);
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'regiegroep@eindhoven.demo');
    await page.goto(`${running.url}/regiegroep`);
    await page
      .getByRole('group', { name: /filter/i })
      .getByRole('combobox', { name: /^Schooljaar/ })
      .selectOption({ label: '2025-2026' });
    await page.waitForURL(new RegExp(`jaar=${lastYearId}`));
    // Last year's answer holds last year's two sessions: the team's weeks 40 and 41 of 2025.
    await page.goto(`${page.url()}&detail=team&d.team=${teamId}`);
    const line = page.getByRole('figure', { name: /over de schooljaren/ });
    await line.getByText('Tabel', { exact: false }).first().click();
    const table = line.getByRole('table');
    await table.getByRole('rowheader', { name: '2025-2026' }).waitFor();
    await table.getByRole('rowheader', { name: '2026-2027' }).waitFor();
    const lastYearRow = table.getByRole('row', { name: /2025-2026/ });
    await expect(lastYearRow.getByRole('cell').first().textContent()).resolves.toBe('2');
    await expect(lastYearRow.getByRole('cell').nth(1).textContent()).resolves.toBe('100%');
    await expectAccessible(page, 'regiegroep: last school year with the class line');
    expect(errors).toEqual([]);
  });

  it('the werkbegeleider edits her observation, meets a save in between, and keeps her version', async () => {
    const errors: string[] = [];
    const page = await newPage(running);
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, running, 'werkbegeleider@eindhoven.demo');
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Op de werkplek' })
      .click();
    await page.getByRole('link', { name: 'Sanne Jansen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sanne Jansen' }).waitFor();
    const create = page.getByRole('form', { name: 'Nieuwe observatie' });
    await create.getByLabel('Wat zag je op de werkplek?').fill('Eerste versie van de observatie.');
    await create.getByRole('button', { name: 'Observatie opslaan' }).click();
    // The saved one in the list, and the form emptied: getByText would find the textarea itself, which
    // carries its value as its text (and both at once while the form still held it: a strict-mode error).
    await page.getByRole('listitem').filter({ hasText: 'Eerste versie van de observatie.' }).waitFor();
    await expect.poll(() => create.getByLabel('Wat zag je op de werkplek?').inputValue()).toBe('');

    // Her own new observation's edit button (the demo has older observations of hers for this student too).
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Eerste versie van de observatie.' })
      .getByRole('button', { name: /^Wijzigen/ })
      .click();
    const edit = page.getByRole('form', { name: 'Observatie wijzigen' });
    const body = edit.getByLabel('Wat zag je op de werkplek?');
    await expect(body.inputValue()).resolves.toBe('Eerste versie van de observatie.');
    await body.fill('Tweede versie: ze nam zelf het initiatief.');
    await expectAccessible(page, 'werkbegeleider: editing an observation');
    // Meanwhile the observation is saved elsewhere (another tab): its revision moves on.
    const bumped = running.db.$client
      .prepare(
        "UPDATE workplace_observation SET revision = revision + 1 WHERE body = 'Eerste versie van de observatie.'",
      )
      .run();
    expect(bumped.changes).toBe(1);
    // Still her typing in the form that was opened before the other save (it keeps the revision it read).
    await expect(body.inputValue()).resolves.toBe('Tweede versie: ze nam zelf het initiatief.');
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('button', { name: 'Mijn versie bewaren' }).waitFor();
    await expectAccessible(page, 'werkbegeleider: conflict on an observation');
    await page.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    // The save after "keep mine" closes the form and the list shows her version.
    await page.getByRole('form', { name: 'Observatie wijzigen' }).waitFor({ state: 'detached' });
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Tweede versie: ze nam zelf het initiatief.' })
      .getByRole('button', { name: /^Wijzigen/ })
      .waitFor();
    const saved = running.db.get<{ body: string; revision: number }>(
      sql`select body, revision from workplace_observation order by id desc limit 1`,
    );
    expect(saved).toEqual({ body: 'Tweede versie: ze nam zelf het initiatief.', revision: 2 });
    expect(errors).toEqual([]);
  });
});
