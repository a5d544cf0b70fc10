/**
 * Issue 15 in Chromium: a beheerder unlinks a demo student's account from the student list, by keyboard,
 * after a question that says what it means; the list then shows no account. A projectleider sees whether a
 * student has an account but gets no button (unlinking is `admin.manage`). axe on every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const sanneRow = (page: Page) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Sanne Jansen' }) });

describe.skipIf(!CHROMIUM)('unlinking a student account', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it('is not offered to a projectleider, who does see that the student has an account', async () => {
    const lead = await newPage(running);
    await login(lead, running, 'projectleider@eindhoven.demo');
    await lead.goto(running.url + '/studenten');
    await settled(lead);
    await sanneRow(lead).getByText('Gekoppeld').waitFor();
    expect(await lead.getByRole('button', { name: /Account ontkoppelen/ }).count()).toBe(0);
    await expectAccessible(lead, 'students page (projectleider)');
  });

  it('a beheerder unlinks by keyboard after confirming; the list shows no account any more', async () => {
    const admin = await newPage(running);
    await login(admin, running, 'beheer@eindhoven.demo');
    await admin.goto(running.url + '/studenten');
    await settled(admin);
    const row = sanneRow(admin);
    await row.getByText('Gekoppeld').waitFor();
    await expectAccessible(admin, 'students page (beheerder)');

    await row.getByRole('button', { name: 'Account ontkoppelen (Sanne Jansen)' }).focus();
    await admin.keyboard.press('Enter');
    const question = admin.getByRole('group', { name: /^Het account van Sanne Jansen ontkoppelen\?/ });
    await question.getByText('Het dossier en alle gegevens blijven bewaard', { exact: false }).waitFor();
    await expectAccessible(admin, 'unlink question');
    // The confirming button has the focus: Enter confirms.
    await expect
      .poll(() =>
        question.getByRole('button', { name: 'Ja, ontkoppelen' }).evaluate((b) => b === document.activeElement),
      )
      .toBe(true);
    await admin.keyboard.press('Enter');

    await admin
      .getByRole('status')
      .getByText('Het account van Sanne Jansen is ontkoppeld. Het dossier blijft bewaard.')
      .waitFor();
    await row.getByText('Geen account').waitFor();
    await expect.poll(() => row.getByRole('button', { name: /Account ontkoppelen/ }).count()).toBe(0);
    await expectAccessible(admin, 'students page after unlinking');

    // Survives a reload: the server unlinked it, not just the page.
    await admin.reload();
    await settled(admin);
    await sanneRow(admin).getByText('Geen account').waitFor();
  });
});
