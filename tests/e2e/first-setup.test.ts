/**
 * Going live without the demo: `npm run setup` on an empty database prints the first beheerder's link;
 * that person opens it in Chromium, chooses a password, logs in and reaches the administration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';
import { runSetup } from '../helpers/setup-command';

describe.skipIf(!CHROMIUM)('first set-up of a real partnership', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ demo: false });
  });
  afterAll(async () => {
    await running.close();
  });

  it('from the printed link to the beheerder logged in', async () => {
    const setup = await runSetup(
      ['--partnership', 'Samen Opleiden Zeeland', '--admin-email', 'anna@example.org', '--admin-name', 'Anna de Vries'],
      { DATABASE_PATH: running.db.$client.name, PUBLIC_URL: running.url },
    );
    expect(setup.code, setup.stderr).toBe(0);
    const link = setup.stdout.match(/(http:\/\/\S+\/uitnodiging\/\S+)\n$/)?.[1];
    expect(link?.startsWith(running.url + '/uitnodiging/')).toBe(true);

    const page = await newPage(running);
    await page.goto(link!);
    await page.getByText('Welkom Anna de Vries! Je bent uitgenodigd voor Samen Opleiden Zeeland.').waitFor();
    await expectAccessible(page, 'invitation of the first beheerder');
    await page.getByLabel('Nieuw wachtwoord').fill('zeeuwse klei en wind');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Je account is klaar.').waitFor();

    await login(page, running, 'anna@example.org', 'zeeuwse klei en wind');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Anna de Vries');
    // No demo accounts here: no demo marker, no demo hint.
    expect(await page.getByText('Demo-omgeving').count()).toBe(0);
    await page.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor();
    await expectAccessible(page, 'start page of the first beheerder');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Mensen' }).first().click();
    await page.getByRole('cell', { name: 'anna@example.org' }).waitFor();
    // The same link does not work twice.
    await page.context().close();
    const again = await newPage(running);
    await again.goto(link!);
    await again.getByText('Deze uitnodiging is ongeldig of verlopen.').waitFor();
    await again.context().close();
  });
});
