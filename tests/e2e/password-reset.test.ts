/**
 * "Wachtwoord vergeten?" in a real browser with a real SMTP server on loopback: the login page's link, the
 * mail, its link, a new password, logged in with it; the session open elsewhere has ended. Then the start
 * page's "Wat vraagt je aandacht" and the mail settings (axe with zero violations on each page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { systemClock } from '../../server/clock';
import { configureMail } from '../../server/features/mail/settings';
import { deliverDue, smtpTransport } from '../../server/features/mail/sender';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp';
import { mailsTo } from '../helpers/mail';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const NEW_PASSWORD = 'mijn nieuwe lange zin';
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

describe.skipIf(!CHROMIUM)('password reset journey', () => {
  let running: RunningApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    running = await startApp();
    configureMail({ publicUrl: running.url });
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await running.close();
    await smtp.stop();
  });

  it('forgot → mail → link → new password → logged in; the old session ended', async () => {
    const elsewhere = await newPage(running);
    await login(elsewhere, running, 'hbo-docent@eindhoven.demo');

    const page = await newPage(running);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(running.url + '/');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await expectAccessible(page, 'wachtwoord vergeten');
    await page.getByLabel('E-mailadres').fill('hbo-docent@eindhoven.demo');
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText('Als dit adres bij Werkplaats bekend is').waitFor();

    await deliverDue(running.db, systemClock, smtpTransport(smtp.url));
    const [mail, ...more] = mailsTo(smtp, 'hbo-docent@eindhoven.demo');
    expect(more).toHaveLength(0);
    const link = new RegExp(`${running.url}/wachtwoord-herstellen\\?token=\\S+`).exec(mail!.text ?? '')![0];

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await expectAccessible(page, 'nieuw wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Kies een wachtwoord van minstens 12 tekens.').waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('link', { name: 'Log in met je nieuwe wachtwoord' }).click();
    await login(page, running, 'hbo-docent@eindhoven.demo', NEW_PASSWORD);

    await elsewhere.reload();
    await elsewhere.getByRole('heading', { level: 1, name: 'Inloggen bij Werkplaats' }).waitFor();

    // The start page now says what needs this mentor, each item a link to where it is handled.
    await page.getByRole('heading', { level: 2, name: 'Wat vraagt je aandacht' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'start met aandacht');
    const logItem = page.getByRole('link', {
      name: /Mentorteam PW3 klas A: (deze week nog geen weekverslag|weekverslag van deze week)/,
    });
    await logItem.click();
    await page.waitForURL(/\/mentorteams\/\d+$/);

    await page.goto(running.url + '/instellingen/e-mail');
    await page.getByRole('heading', { level: 1, name: 'E-mail en agenda' }).waitFor();
    await settled(page);
    await page.getByRole('combobox', { name: 'Hoe je dit krijgt: Nieuwe reflecties' }).selectOption('direct');
    await page.getByRole('button', { name: 'Maak je agendalink' }).click();
    const agendaLink = page.getByLabel('Je agendalink');
    await expect
      .poll(() => agendaLink.inputValue())
      .toMatch(new RegExp(`^${running.url}/agenda/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await agendaLink.inputValue();
    expect((await fetch(feed)).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    await expectAccessible(page, 'e-mail en agenda');
    expect(errors).toEqual([]);
  });
});
