/**
 * The chair corrects a recorded decision and an action point in place, at the meeting. An empty decision is
 * refused at the field, in Dutch. When the projectleider saved the same decision in between, the chair's
 * save is refused at the form, naming who, with the chair's words kept; "keep mine" puts them over. Focus
 * moves into each form as it opens and back to its button as it closes. axe on every form on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, desc, eq, lte, ne } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { memberships, regiegroepActions, regiegroepDecisions, regiegroepMeetings, users } from '../../db/schema';
import { isoDateAt } from '../../shared/domain/dates';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const CONFLICT = /^Dit besluit is intussen gewijzigd door (.+) op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}\. /;
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.id) return null;
    return (
      document.querySelector(`label[for="${el.id}"]`)?.textContent ??
      el.getAttribute('aria-label') ??
      el.textContent
    ).trim();
  });

describe.skipIf(!CHROMIUM)('the chair edits a decision and an action point', () => {
  let running: RunningApp;
  let meetingId: number;
  let decisionId: number;
  let actionId: number;
  const decision = () =>
    running.db.select().from(regiegroepDecisions).where(eq(regiegroepDecisions.id, decisionId)).get()!;
  const action = () => running.db.select().from(regiegroepActions).where(eq(regiegroepActions.id, actionId)).get()!;
  beforeAll(async () => {
    running = await startApp();
    // a meeting of the chair's partnership that was held and has decisions and actions (the demo's past meetings)
    const chairId = running.db.select().from(users).where(eq(users.email, 'regiegroep@eindhoven.demo')).get()!.id;
    const { partnershipId } = running.db.select().from(memberships).where(eq(memberships.userId, chairId)).get()!;
    const row = running.db
      .select({ meetingId: regiegroepMeetings.id, actionId: regiegroepActions.id })
      .from(regiegroepActions)
      .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.id, regiegroepActions.meetingId))
      .where(
        and(
          eq(regiegroepMeetings.partnershipId, partnershipId),
          ne(regiegroepMeetings.status, 'geannuleerd'),
          lte(regiegroepMeetings.heldOn, isoDateAt(Date.now())),
        ),
      )
      .orderBy(asc(regiegroepActions.id))
      .get()!;
    meetingId = row.meetingId;
    actionId = row.actionId;
    decisionId = running.db
      .select({ id: regiegroepDecisions.id })
      .from(regiegroepDecisions)
      .where(eq(regiegroepDecisions.meetingId, meetingId))
      .orderBy(asc(regiegroepDecisions.id))
      .get()!.id;
  });
  afterAll(async () => {
    await running.close();
  });

  async function openDecision(page: Page, email: string | null) {
    if (email) await login(page, running, email);
    await page.goto(`${running.url}/regiegroep/overleg/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Besluiten' }).waitFor();
    await page.getByRole('button', { name: 'Besluit bewerken' }).first().click();
    return page.getByRole('form', { name: 'Besluit bewerken' });
  }

  it('corrects a decision, meets the projectleider’s save in between, and keeps the chair’s words', async () => {
    const errors: string[] = [];
    const chair = await newPage(running);
    const leider = await newPage(running);
    for (const p of [chair, leider]) p.on('pageerror', (e) => errors.push(e.message));
    const before = decision();

    const form = await openDecision(chair, 'regiegroep@eindhoven.demo');
    await expect(form.getByLabel('Besluit', { exact: true }).inputValue()).resolves.toBe(before.text);
    expect(await focusedLabel(chair)).toBe('Besluit');
    await form.getByLabel('Besluit', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await form.getByText('Vul dit veld in.').waitFor();
    await expectAccessible(chair, 'the decision form with an empty decision');
    await form.getByLabel('Besluit', { exact: true }).fill('We starten in periode 3 met de kringobservatie.');
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await chair.getByText('Besluit bijgewerkt.').waitFor();
    await chair.getByText('We starten in periode 3 met de kringobservatie.', { exact: true }).waitFor();
    expect(decision()).toMatchObject({
      text: 'We starten in periode 3 met de kringobservatie.',
      revision: before.revision + 1,
    });
    expect(await focusedLabel(chair)).toBe('Besluit bewerken');

    // both open the decision; the projectleider saves first
    const chairForm = await openDecision(chair, null);
    const leiderForm = await openDecision(leider, 'projectleider@eindhoven.demo');
    await leiderForm.getByLabel('Besluit', { exact: true }).fill('Versie van de projectleider.');
    await leiderForm.getByRole('button', { name: 'Besluit opslaan' }).click();
    await leider.getByText('Besluit bijgewerkt.').waitFor();
    await chairForm.getByLabel('Besluit', { exact: true }).fill('Versie van de voorzitter.');
    await chairForm.getByRole('button', { name: 'Besluit opslaan' }).click();
    const notice = chair.getByRole('alert').filter({ hasText: 'intussen' });
    await notice.waitFor();
    const leiderName = running.db.select().from(users).where(eq(users.email, 'projectleider@eindhoven.demo')).get()!
      .name;
    expect(((await notice.textContent()) ?? '').match(CONFLICT)?.[1]).toBe(leiderName);
    await expect(chairForm.getByLabel('Besluit', { exact: true }).inputValue()).resolves.toBe(
      'Versie van de voorzitter.',
    );
    expect(decision().text).toBe('Versie van de projectleider.');
    await expectAccessible(chair, 'the decision form in conflict');
    await chair.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await chair.getByText('Besluit bijgewerkt.').waitFor();
    expect(decision()).toMatchObject({ text: 'Versie van de voorzitter.', revision: before.revision + 3 });
    expect(errors).toEqual([]);
  });

  it('corrects an action point: what, and when', async () => {
    const errors: string[] = [];
    const chair = await newPage(running);
    chair.on('pageerror', (e) => errors.push(e.message));
    await login(chair, running, 'regiegroep@eindhoven.demo');
    await chair.goto(`${running.url}/regiegroep/overleg/${meetingId}`);
    const before = action();
    await chair.getByRole('button', { name: `Bewerken: ${before.title}` }).click();
    const form = chair.getByRole('form', { name: `Actiepunt "${before.title}" bewerken` });
    await expect(form.getByLabel('Actiepunt', { exact: true }).inputValue()).resolves.toBe(before.title);
    expect(await focusedLabel(chair)).toBe('Actiepunt');
    await expectAccessible(chair, 'the action form');
    await form.getByLabel('Actiepunt', { exact: true }).fill('Observatieformulier delen met de werkbegeleiders');
    await form.getByLabel('Deadline').fill('2027-03-15');
    await form.getByRole('button', { name: 'Actiepunt opslaan' }).click();
    await chair.getByText('Actiepunt "Observatieformulier delen met de werkbegeleiders" bijgewerkt.').waitFor();
    await chair.getByRole('cell', { name: 'Observatieformulier delen met de werkbegeleiders', exact: true }).waitFor();
    expect(action()).toMatchObject({
      title: 'Observatieformulier delen met de werkbegeleiders',
      dueOn: '2027-03-15',
      status: before.status,
      ownerUserId: before.ownerUserId,
      revision: before.revision + 1,
    });
    expect(await focusedLabel(chair)).toBe('Bewerken: Observatieformulier delen met de werkbegeleiders');
    expect(errors).toEqual([]);
  });

  it('removes an action point after asking, and keyboard focus goes on from the list’s heading', async () => {
    const errors: string[] = [];
    const chair = await newPage(running);
    chair.on('pageerror', (e) => errors.push(e.message));
    await login(chair, running, 'regiegroep@eindhoven.demo');
    await chair.goto(`${running.url}/regiegroep/overleg/${meetingId}`);
    const last = running.db
      .select()
      .from(regiegroepActions)
      .where(eq(regiegroepActions.meetingId, meetingId))
      .orderBy(desc(regiegroepActions.id))
      .get()!;
    await chair.getByRole('button', { name: `Actiepunt verwijderen (${last.title})` }).click();
    const ask = chair.getByRole('group', { name: 'Dit actiepunt verwijderen?' });
    await expectAccessible(chair, 'the question before removing an action point');
    await ask.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await chair.getByText(`Actiepunt "${last.title}" verwijderd.`).waitFor();
    await expect.poll(() => chair.getByRole('cell', { name: last.title, exact: true }).count()).toBe(0);
    expect(running.db.select().from(regiegroepActions).where(eq(regiegroepActions.id, last.id)).get()).toBeUndefined();
    await expect.poll(() => chair.evaluate(() => document.activeElement?.textContent)).toBe('Actiepunten');
    expect(errors).toEqual([]);
  });
});
