/**
 * The werkbegeleider's voice in a real browser (decision 083): the werkbegeleider of Kindcentrum De
 * Regenboog confirms this week's presence of the demo student Sanne and writes two observations, one
 * marked for her; Sanne sees that one on her start page and not the other; her mentor team sees the
 * planned days beside the confirmed ones. axe with zero violations on every page of the journey.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addDays, formatDutchDate, isoDateAt, isoWeek, mondayOfIsoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const FOR_SANNE = 'Sanne las vandaag zelfstandig voor aan de peuters; ze wachtte mooi op elk kind.';
const TEAM_ONLY = 'Alleen voor het team: Sanne vraagt weinig hulp, ook als ze die nodig heeft.';

describe.skipIf(!CHROMIUM)('a werkbegeleider feeds the mentor team from the workplace', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('confirms presence and writes observations; the student sees hers; the team sees planned against confirmed', async () => {
    const errors: string[] = [];
    const week = isoWeek(isoDateAt(Date.now()));
    const monday = mondayOfIsoWeek(week.year, week.week);
    const sanneId = running.db.get<{ id: number }>(
      sql`select id from student where first_name = 'Sanne' and last_name = 'Jansen'`,
    ).id;

    // The werkbegeleider: her students, then Sanne's page.
    const joyce = await newPage(running);
    joyce.on('pageerror', (e) => errors.push(e.message));
    await login(joyce, running, 'werkbegeleider@eindhoven.demo');
    await joyce
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Op de werkplek' })
      .click();
    await joyce.getByRole('heading', { level: 1, name: 'Op de werkplek' }).waitFor();
    await expectAccessible(joyce, 'werkbegeleider: students');
    await joyce.getByRole('link', { name: 'Sanne Jansen' }).click();
    await joyce.getByRole('heading', { level: 1, name: 'Sanne Jansen' }).waitFor();

    // Sanne's planned days are Monday, Tuesday and Thursday (the demo placement); she missed Tuesday.
    await joyce.getByLabel(`maandag ${formatDutchDate(monday)} (gepland)`).selectOption('aanwezig');
    await joyce.getByLabel(`dinsdag ${formatDutchDate(addDays(monday, 1))} (gepland)`).selectOption('afwezig');
    await joyce.getByRole('button', { name: 'Aanwezigheid bevestigen' }).click();
    await joyce.getByText(`Aanwezigheid van week ${week.week} bevestigd.`).waitFor();

    const observation = joyce.getByRole('form', { name: 'Nieuwe observatie' });
    await observation.getByRole('button', { name: 'Observatie opslaan' }).click();
    await observation.getByText('Vul dit veld in.').waitFor(); // an empty observation is refused at the field
    await expectAccessible(joyce, 'werkbegeleider: observation with an error');
    await observation.getByLabel('Wat zag je op de werkplek?').fill(FOR_SANNE);
    await observation.getByLabel('Ook zichtbaar voor de student').check();
    await observation.getByRole('button', { name: 'Observatie opslaan' }).click();
    await joyce.getByText(FOR_SANNE).waitFor();
    // The saved item is in the list only after the form was emptied: what she types next is never wiped.
    await expect(observation.getByLabel('Wat zag je op de werkplek?').inputValue()).resolves.toBe('');
    await observation.getByLabel('Wat zag je op de werkplek?').fill(TEAM_ONLY);
    await observation.getByRole('button', { name: 'Observatie opslaan' }).click();
    await joyce.getByText(TEAM_ONLY).waitFor();
    await expectAccessible(joyce, 'werkbegeleider: a student');

    // The student: only the observation marked for her.
    const sanne = await newPage(running);
    sanne.on('pageerror', (e) => errors.push(e.message));
    await login(sanne, running, 'student@eindhoven.demo');
    const panel = sanne.getByRole('region', { name: 'Van je werkbegeleider' });
    await panel.getByText(FOR_SANNE).waitFor();
    await expect(panel.getByText(TEAM_ONLY).count()).resolves.toBe(0);
    await expectAccessible(sanne, 'student: start page with the werkbegeleider');

    // The mentor team: from the student's page to the workplace, planned against confirmed.
    const mentor = await newPage(running);
    mentor.on('pageerror', (e) => errors.push(e.message));
    await login(mentor, running, 'mentor@eindhoven.demo');
    const teamId = running.db.get<{ id: number }>(sql`select id from mentor_team where partnership_id = 1`).id;
    await mentor.goto(`${running.url}/mentorteams/${teamId}/studenten/${sanneId}`);
    await mentor.getByRole('link', { name: /^Van de werkplek/ }).click();
    await mentor.getByRole('heading', { level: 1, name: 'Van de werkplek — Sanne Jansen' }).waitFor();
    const row = mentor.getByRole('row').filter({ hasText: `week ${week.week}` });
    await expect.poll(() => row.textContent()).toContain('ma, di, do');
    await expect.poll(() => row.textContent()).toContain('ma aanwezig, di afwezig — 1 van 3 geplande dagen aanwezig');
    await mentor.getByText(TEAM_ONLY).waitFor();
    await expectAccessible(mentor, 'mentor team: from the workplace');
    expect(errors).toEqual([]);
  });
});
