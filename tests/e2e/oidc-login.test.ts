/**
 * Log in with SURFconext, played by a real OpenID Connect provider on loopback (oidc-provider): an
 * invited address lands on its start page, an unknown one gets the explanation, a tampered state is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { systemClock } from '../../server/clock';
import { createInvite } from '../../server/features/people/public';
import { CHROMIUM, expectAccessible, newPage, startApp, type RunningApp } from './harness';
import { freePort } from '../helpers/free-port';
import { startTestProvider, TEST_CLIENT, type TestProvider } from '../helpers/oidc-provider';

describe.skipIf(!CHROMIUM)('log in with SURFconext (OpenID Connect)', () => {
  let running: RunningApp;
  let provider: TestProvider;
  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestProvider(`http://127.0.0.1:${port}/auth/oidc/callback`);
    running = await startApp({
      port,
      server: (url) => ({
        publicUrl: url,
        oidc: { issuer: provider.issuer, ...TEST_CLIENT, label: 'SURFconext' },
      }),
    });
  });
  afterAll(async () => {
    await running.close();
    await provider.close();
  });

  /** From the login page through the provider's own login page, as the given address. */
  async function throughProvider(page: Page, email: string) {
    await page.goto(running.url + '/');
    await page.getByRole('link', { name: 'Inloggen met SURFconext' }).click();
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('an invited address logs in and lands on its start page; the account is made from the invitation', async () => {
    createInvite(running.db, systemClock, {
      partnershipId: 1,
      createdBy: null,
      email: 'hbo.docent@fontys.example.nl',
      name: 'Hanneke Docent',
      role: 'mentor',
      topLocationId: null,
      studentId: null,
    });
    const page = await newPage(running);
    await page.goto(running.url + '/');
    await page.getByRole('link', { name: 'Inloggen met SURFconext' }).waitFor();
    await expectAccessible(page, 'login page with SURFconext');
    await throughProvider(page, 'HBO.Docent@fontys.example.nl');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Hanneke Docent');
    const account = running.db.select().from(users).where(eq(users.email, 'hbo.docent@fontys.example.nl')).get();
    expect(account?.passwordHash).toBeNull();
    await page.context().close();
  });

  it('an existing account logs in by its e-mail address, whatever the letter case', async () => {
    const page = await newPage(running);
    await throughProvider(page, 'Mentor@Eindhoven.demo');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Mirjam de Wit');
    // A demo database: the header says so.
    await page.getByText('Demo-omgeving', { exact: true }).waitFor();
    await page.context().close();
  });

  it('an address without account or invitation gets the explanation, and no account', async () => {
    const page = await newPage(running);
    await throughProvider(page, 'onbekend@example.org');
    await page.getByRole('heading', { level: 1, name: 'Geen account voor dit adres' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Er is in Werkplaats geen account en geen open uitnodiging voor onbekend@example.org. Vraag de beheerder van je samenwerkingsverband',
    );
    await expectAccessible(page, 'unknown address');
    expect(running.db.select().from(users).where(eq(users.email, 'onbekend@example.org')).get()).toBeUndefined();
    await page.context().close();
  });

  it('a tampered state is refused and logs nobody in', async () => {
    const page = await newPage(running);
    // The start, without following its redirect (the browser context's cookies come along)...
    const start = await page.request.get(running.url + '/auth/oidc/start', { maxRedirects: 0 });
    expect(start.status()).toBe(303);
    const authorize = new URL(start.headers()['location']!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toBe('openid email profile');
    // ...then through the provider with a state that is not the one we sent.
    authorize.searchParams.set('state', 'vervalst-' + authorize.searchParams.get('state'));
    await page.goto(authorize.href);
    await page.locator('input[name="login"]').fill('mentor@eindhoven.demo');
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen niet gelukt' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/auth/oidc/callback');
    await expectAccessible(page, 'refused login');
    await page.goto(running.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Werkplaats' }).waitFor();
    await page.context().close();
  });
});
