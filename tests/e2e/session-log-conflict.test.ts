/**
 * Two mentors of one team write the same week at once, each in a browser of their own (decision 071).
 * The draft saves itself; the second save of a stale week is refused and shown at the form with who
 * saved in between; "keep mine" keeps what this person typed and takes the other's words elsewhere,
 * "load the new version" takes the other's. Presence starts "niet ingevuld". axe on the conflict state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { sessionAttendance, sessionLogs, users } from '../../db/schema';
import { isoDateAt, isoWeek } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const CONFLICT = /^Dit weekverslag is intussen gewijzigd door (.+) op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}\. /;

async function openWeek(page: Page, running: RunningApp, email: string) {
  await login(page, running, email);
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn mentorteam' }).click();
  await page.getByRole('heading', { name: 'Weekverslag', exact: true }).waitFor();
  await settled(page);
}
const conflictText = async (page: Page) =>
  (await page.getByRole('alert').filter({ hasText: 'intussen' }).textContent()) ?? '';

describe.skipIf(!CHROMIUM)('two mentors write the same week', () => {
  let running: RunningApp;
  const now = isoWeek(isoDateAt(Date.now()));
  const thisWeek = () =>
    running.db
      .select()
      .from(sessionLogs)
      .where(and(eq(sessionLogs.isoYear, now.year), eq(sessionLogs.isoWeek, now.week)))
      .all()
      .find((l) => l.expectations.startsWith('Mirjam'));
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('no word is lost: the stale save is refused and shown, keep mine merges, take theirs loads', async () => {
    const errors: string[] = [];
    const mirjam = await newPage(running);
    const docent = await newPage(running);
    for (const p of [mirjam, docent]) p.on('pageerror', (e) => errors.push(e.message));
    await openWeek(mirjam, running, 'mentor@eindhoven.demo');
    await openWeek(docent, running, 'docent@eindhoven.demo');
    const docentName = running.db.select().from(users).where(eq(users.email, 'docent@eindhoven.demo')).get()!.name;

    // Presence of a new week starts "niet ingevuld", not "aanwezig".
    const firstPresence = docent.getByLabel(/^Weekoverleg: /).first();
    await expect(firstPresence.inputValue()).resolves.toBe('');
    const student = ((await firstPresence.getAttribute('aria-label')) ?? '').replace('Weekoverleg: ', '');

    // Both started on the empty week. Mirjam's draft saves first and creates the log.
    await mirjam.getByLabel('Wat werd er deze week van de studenten verwacht?').fill('Mirjam: een kring voorbereiden.');
    await mirjam.getByText(/Concept opgeslagen om \d\d:\d\d/).waitFor();

    // The docent's draft would create the same week again: refused, shown at the form, naming Mirjam.
    await docent.getByLabel('Besproken praktijksituaties').fill('Docent: conflict bij het buitenspelen.');
    await docent.getByLabel(`Weekoverleg: ${student}`).selectOption('afgemeld');
    await docent.getByRole('button', { name: 'Mijn versie bewaren' }).waitFor();
    expect((await conflictText(docent)).match(CONFLICT)?.[1]).toBe('Mirjam de Wit');
    await expect(docent.getByLabel('Besproken praktijksituaties').inputValue()).resolves.toBe(
      'Docent: conflict bij het buitenspelen.',
    );
    await expectAccessible(docent, 'the session log in conflict');

    // Keep mine: the docent's words, and Mirjam's where the docent changed nothing.
    await docent.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await docent.getByRole('button', { name: 'Mijn versie bewaren' }).waitFor({ state: 'hidden' });
    await expect
      .poll(() => thisWeek()?.practiceSituations, { timeout: 15_000 })
      .toBe('Docent: conflict bij het buitenspelen.');
    await expect
      .poll(() => docent.getByLabel('Wat werd er deze week van de studenten verwacht?').inputValue())
      .toBe('Mirjam: een kring voorbereiden.');

    // Mirjam, still on the first revision, types on: her autosave is refused and names the docent.
    await mirjam.getByLabel('Besproken lesstof').fill('Mirjam: de lesstof over spel.');
    await mirjam.getByRole('button', { name: 'Mijn versie bewaren' }).waitFor();
    expect((await conflictText(mirjam)).match(CONFLICT)?.[1]).toBe(docentName);
    await mirjam.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await expect.poll(() => thisWeek()?.lessonMaterial, { timeout: 15_000 }).toBe('Mirjam: de lesstof over spel.');

    // The docent is stale now; typing, then choosing the other version, loads Mirjam's latest save.
    await docent.getByLabel('Afspraken voor volgende week').fill('wordt verworpen');
    await docent.getByRole('button', { name: 'Nieuwe versie laden' }).click();
    // The new version arrives from the server after the click: wait for it rather than read at once.
    await expect.poll(() => docent.getByLabel('Besproken lesstof').inputValue()).toBe('Mirjam: de lesstof over spel.');
    await expect.poll(() => docent.getByLabel('Afspraken voor volgende week').inputValue()).toBe('');

    const log = thisWeek()!;
    expect([log.expectations, log.practiceSituations, log.lessonMaterial, log.agreements]).toEqual([
      'Mirjam: een kring voorbereiden.',
      'Docent: conflict bij het buitenspelen.',
      'Mirjam: de lesstof over spel.',
      '',
    ]);
    const recorded = running.db.select().from(sessionAttendance).where(eq(sessionAttendance.logId, log.id)).all();
    expect(recorded.filter((r) => r.attendance !== null).map((r) => r.attendance)).toEqual(['afgemeld']);
    expect(errors).toEqual([]);
  });
});
