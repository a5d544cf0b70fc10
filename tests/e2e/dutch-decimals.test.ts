/**
 * Regression, in Chromium with a Dutch and with an English browser: hours typed "1,5" were saved as 15
 * (a number input reads by the browser's language) and a latitude "51,4416" was refused. Decimal fields
 * are text read by one shared parser, so a comma and a point mean the same in every browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { mentorHourEntries, topLocations } from '../../db/schema';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

describe.skipIf(!CHROMIUM)('Dutch decimals in every browser language', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it.each(['nl-NL', 'en-US'])(
    'a %s browser saves "1,5" hours as 1,5 and takes "51,4416" as a latitude',
    async (locale) => {
      const mentor = await newPage(running, locale);
      await login(mentor, running, 'mentor@eindhoven.demo');
      await mentor
        .getByRole('navigation', { name: 'Hoofdnavigatie' })
        .getByRole('link', { name: 'Mijn mentorteam' })
        .click();
      await mentor.getByLabel('Label').selectOption({ label: 'Weekoverleg' });
      await mentor.getByLabel('Uren', { exact: true }).fill('1,5');
      const note = `komma ${locale}`;
      await mentor.getByLabel('Toelichting').fill(note);
      await mentor.getByRole('button', { name: 'Uren schrijven' }).click();
      await mentor.getByText('Uren geschreven.').waitFor();
      await expectAccessible(mentor, `hours form (${locale})`);
      const entry = running.db.select().from(mentorHourEntries).where(eq(mentorHourEntries.note, note)).get();
      expect(entry?.minutes).toBe(90);
      await mentor.context().close();

      const admin = await newPage(running, locale);
      await login(admin, running, 'beheer@eindhoven.demo');
      await admin.goto(running.url + '/top-locaties');
      await admin.getByRole('button', { name: 'TOP-locatie toevoegen' }).click();
      const form = admin.getByRole('form', { name: 'TOP-locatie toevoegen' });
      const name = `Kindcentrum Komma ${locale}`;
      await form.getByLabel('Naam').fill(name);
      await form.getByLabel('Organisatie').selectOption({ index: 1 });
      await form.getByLabel('Adres').fill('Kommastraat 1');
      await form.getByLabel('Plaats').fill('Eindhoven');
      await form.getByRole('checkbox', { name: 'maandag' }).check();
      await form.getByLabel('Breedtegraad').fill('51,4416');
      await form.getByLabel('Lengtegraad').fill('5.4697');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await admin.getByRole('cell', { name, exact: true }).first().waitFor();
      const location = running.db.select().from(topLocations).where(eq(topLocations.name, name)).get();
      expect([location?.lat, location?.lon]).toEqual([51.4416, 5.4697]);

      // Editing shows the stored coordinate the Dutch way, and a wrong one is refused at the field.
      await admin.getByRole('button', { name: `Bewerken: ${name}` }).click();
      const edit = admin.getByRole('form', { name: `TOP-locatie bewerken: ${name}` });
      await expect(edit.getByLabel('Breedtegraad').inputValue()).resolves.toBe('51,4416');
      await edit.getByLabel('Breedtegraad').fill('51,44,16');
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await edit.getByText('Breedtegraad ligt tussen -90 en 90.').waitFor();
      await admin.context().close();
    },
  );
});
