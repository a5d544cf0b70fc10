/**
 * The chair and the projectleider write the same meeting's minutes at once, each in a browser of their own
 * (decision 079). The projectleider saves first; the chair's save of the stale meeting is refused and shown
 * at the form with who saved in between and when, with what the chair typed still there. "Keep mine" puts
 * the chair's version over the other. axe on the conflict state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { memberships, regiegroepMeetings, users } from '../../db/schema';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const CONFLICT = /^Dit overleg is intussen gewijzigd door (.+) op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}\. /;

describe.skipIf(!CHROMIUM)('two people write the same meeting', () => {
  let running: RunningApp;
  let meetingId: number;
  const meeting = () => running.db.select().from(regiegroepMeetings).where(eq(regiegroepMeetings.id, meetingId)).get()!;
  beforeAll(async () => {
    running = await startApp();
    // the chair's partnership's next meeting
    const chairId = running.db.select().from(users).where(eq(users.email, 'regiegroep@eindhoven.demo')).get()!.id;
    const { partnershipId } = running.db.select().from(memberships).where(eq(memberships.userId, chairId)).get()!;
    meetingId = running.db
      .select({ id: regiegroepMeetings.id })
      .from(regiegroepMeetings)
      .where(and(eq(regiegroepMeetings.status, 'gepland'), eq(regiegroepMeetings.partnershipId, partnershipId)))
      .orderBy(desc(regiegroepMeetings.heldOn))
      .get()!.id;
  });
  afterAll(async () => {
    await running.close();
  });

  async function openForm(page: Page, email: string) {
    await login(page, running, email);
    await page.goto(`${running.url}/regiegroep/overleg/${meetingId}`);
    await page.getByRole('button', { name: 'Overleg bewerken' }).click();
    return page.getByRole('form', { name: 'Overleg bewerken' });
  }

  it('the stale save is refused and shown, naming who; keep mine saves the chair’s words', async () => {
    const errors: string[] = [];
    const chair = await newPage(running);
    const leider = await newPage(running);
    for (const p of [chair, leider]) p.on('pageerror', (e) => errors.push(e.message));
    const chairForm = await openForm(chair, 'regiegroep@eindhoven.demo');
    const leiderForm = await openForm(leider, 'projectleider@eindhoven.demo');
    const leiderName = running.db.select().from(users).where(eq(users.email, 'projectleider@eindhoven.demo')).get()!
      .name;

    await leiderForm.getByLabel('Verslag').fill('Verslag van de projectleider.');
    await leiderForm.getByRole('button', { name: 'Opslaan' }).click();
    await leider.getByText('Overleg opgeslagen.').waitFor();
    expect(meeting().minutes).toBe('Verslag van de projectleider.');

    await chairForm.getByLabel('Verslag').fill('Verslag van de voorzitter.');
    await chairForm.getByRole('button', { name: 'Opslaan' }).click();
    const notice = chair.getByRole('alert').filter({ hasText: 'intussen' });
    await notice.waitFor();
    expect(((await notice.textContent()) ?? '').match(CONFLICT)?.[1]).toBe(leiderName);
    await expect(chairForm.getByLabel('Verslag').inputValue()).resolves.toBe('Verslag van de voorzitter.');
    expect(meeting().minutes).toBe('Verslag van de projectleider.');
    await expectAccessible(chair, 'the meeting form in conflict');

    await chair.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await chair.getByText('Overleg opgeslagen.').waitFor();
    expect(meeting()).toMatchObject({ minutes: 'Verslag van de voorzitter.', revision: 2 });
    expect(errors).toEqual([]);
  });
});
