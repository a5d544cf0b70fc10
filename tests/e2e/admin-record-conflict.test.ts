/**
 * Two beheerders edit the same organisation, each in a browser of their own (decision 080). The first
 * save passes; the second, of the version both opened, is refused and shown at the form naming the first
 * beheerder and when, with what the second typed still there. "Nieuwe versie laden" shows the first's
 * version, and a save from there passes. The people page likewise for a block. axe on both conflict states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { memberships, organisations, partnerships, users } from '../../db/schema';
import { CHROMIUM, expectAccessible, login, newPage, startApp, type RunningApp } from './harness';

const CONFLICT = /^Deze organisatie is intussen gewijzigd door (.+) op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}\. /;

async function editSignum(page: Page, running: RunningApp, email: string) {
  await login(page, running, email);
  await page.goto(running.url + '/beheer/organisaties');
  await page.getByRole('button', { name: 'Bewerken: Signum Onderwijs', exact: true }).click();
  return page.getByRole('form', { name: 'Organisatie bewerken: Signum Onderwijs' });
}

describe.skipIf(!CHROMIUM)('two beheerders edit the same organisation', () => {
  let running: RunningApp;
  const signum = () => running.db.select().from(organisations).where(eq(organisations.name, 'Signum Onderwijs')).get();
  beforeAll(async () => {
    running = await startApp();
    // A second beheerder: Petra, the projectleider, gets the role as well.
    const petra = running.db.select().from(users).where(eq(users.email, 'projectleider@eindhoven.demo')).get()!;
    const eindhoven = running.db
      .select()
      .from(partnerships)
      .all()
      .find((p) => p.name.endsWith('Eindhoven'))!;
    running.db
      .insert(memberships)
      .values({ userId: petra.id, partnershipId: eindhoven.id, role: 'beheerder', createdAt: Date.now() })
      .run();
  });
  afterAll(async () => {
    await running.close();
  });

  it('the second save is refused and shown, nothing of it is written, the new version loads', async () => {
    const errors: string[] = [];
    const bram = await newPage(running);
    const petra = await newPage(running);
    for (const p of [bram, petra]) p.on('pageerror', (e) => errors.push(e.message));
    const id = signum()!.id;
    const bramsForm = await editSignum(bram, running, 'beheer@eindhoven.demo');
    const petrasForm = await editSignum(petra, running, 'projectleider@eindhoven.demo');

    await bramsForm.getByLabel('Naam').fill('Signum Onderwijs Eindhoven');
    await bramsForm.getByRole('button', { name: 'Opslaan' }).click();
    await bram.getByText('Opgeslagen.').waitFor();

    await petrasForm.getByLabel('Naam').fill('Stichting Signum');
    await petrasForm.getByRole('button', { name: 'Opslaan' }).click();
    const notice = petrasForm.getByRole('alert').filter({ hasText: 'intussen' });
    await notice.waitFor();
    expect(((await notice.textContent()) ?? '').match(CONFLICT)?.[1]).toBe('Bram Beheer');
    await expect(petrasForm.getByLabel('Naam').inputValue()).resolves.toBe('Stichting Signum');
    const stored = running.db.select().from(organisations).where(eq(organisations.id, id)).get()!;
    expect([stored.name, stored.revision]).toEqual(['Signum Onderwijs Eindhoven', 1]);
    await expectAccessible(petra, 'an organisation form in conflict');

    await petrasForm.getByRole('button', { name: 'Nieuwe versie laden' }).click();
    await petra.getByRole('cell', { name: 'Signum Onderwijs Eindhoven', exact: true }).waitFor();
    await petra.getByRole('button', { name: 'Bewerken: Signum Onderwijs Eindhoven' }).click();
    const fresh = petra.getByRole('form', { name: 'Organisatie bewerken: Signum Onderwijs Eindhoven' });
    await expect.poll(() => fresh.getByLabel('Naam').inputValue()).toBe('Signum Onderwijs Eindhoven');
    await fresh.getByLabel('Naam').fill('Stichting Signum');
    await fresh.getByRole('button', { name: 'Opslaan' }).click();
    await petra.getByText('Opgeslagen.').waitFor();
    expect(running.db.select().from(organisations).where(eq(organisations.id, id)).get()!.revision).toBe(2);
    expect(signum()).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("the people page: a block on a list from before the other's change is refused and the list reloads", async () => {
    const errors: string[] = [];
    const [bram, petra] = [await newPage(running), await newPage(running)];
    const mirjam = (page: Page) => page.getByRole('row', { name: /Mirjam de Wit/ });
    for (const p of [bram, petra]) p.on('pageerror', (e) => errors.push(e.message));
    for (const [page, email] of [
      [bram, 'beheer@eindhoven.demo'],
      [petra, 'projectleider@eindhoven.demo'],
    ] as const) {
      await login(page, running, email);
      await page.goto(running.url + '/beheer/mensen');
      await mirjam(page).getByRole('button', { name: 'Blokkeren', exact: true }).waitFor();
    }
    await mirjam(bram).getByRole('button', { name: 'Blokkeren', exact: true }).click();
    await mirjam(bram).getByRole('button', { name: 'Deblokkeren', exact: true }).waitFor();

    await mirjam(petra).getByRole('button', { name: 'Blokkeren', exact: true }).click();
    const notice = petra.getByRole('alert').filter({ hasText: 'intussen' });
    await notice.waitFor();
    expect(((await notice.textContent()) ?? '').match(/^Deze persoon is intussen gewijzigd door (.+?) op /)?.[1]).toBe(
      'Bram Beheer',
    );
    await expectAccessible(petra, 'the people page with a refused change');
    await notice.getByRole('button', { name: 'Nieuwe versie laden' }).click();
    await mirjam(petra).getByRole('button', { name: 'Deblokkeren', exact: true }).waitFor();
    await expect.poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
