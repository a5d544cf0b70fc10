import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app';
import { fakeClock } from '../../server/clock';
import { createTestDb } from '../helpers/db';
import { freePort } from '../helpers/free-port';

let app: FastifyInstance;
beforeAll(async () => {
  // A provider address where nothing listens: SURFconext "down".
  const issuer = `http://127.0.0.1:${await freePort()}`;
  app = await buildServer({
    db: createTestDb(),
    clock: fakeClock(),
    publicUrl: 'https://werkplaats.example.nl',
    oidc: { issuer, clientId: 'werkplaats', clientSecret: 'geheim', label: 'SURFconext' },
  });
});

describe('SURFconext failures are clear pages, never a 500', () => {
  it('the provider down: a page that says so and offers the password', async () => {
    const res = await app.inject({ method: 'GET', url: '/auth/oidc/start' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>SURFconext is niet bereikbaar</h1>');
    expect(res.body).toContain('log in met je wachtwoord');
  });

  it('the way back from the provider is let through the CSRF guard, and without a pending login it has expired', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/auth/oidc/callback?code=abc&state=xyz',
      headers: { 'sec-fetch-site': 'cross-site', cookie: 'taal=en' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<h1>Log-in expired</h1>');
    expect(res.headers['set-cookie']).not.toContain('werkplaats_sessie=');
  });

  it('the login page learns the button label', async () => {
    const res = await app.inject({ method: 'GET', url: '/auth/options' });
    expect(JSON.parse(res.body)).toEqual({ oidcLabel: 'SURFconext', demo: false });
  });
});
