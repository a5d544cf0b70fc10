import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE } from '../../server/app';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';
import { execWatched } from '../../db/data-generation';
import { jsonOf, trpcData, trpcError, type Outputs } from '../helpers/answers';

let s: TestServer;
let cookie: string;
beforeAll(async () => {
  s = await testServer();
  cookie = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
});

const createOrg = { name: 'Gemeente Veldhoven', type: 'gemeente' };

describe('CSRF', () => {
  it('accepts a same-origin JSON mutation', async () => {
    const res = await trpcPost(s.app, 'organisations.create', cookie, createOrg, {
      origin: 'http://localhost:80',
      host: 'localhost:80',
      'sec-fetch-site': 'same-origin',
    });
    expect(res.statusCode).toBe(200);
  });

  it.each([
    ['a cross-site request', { 'sec-fetch-site': 'cross-site' }],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['an unparsable Origin', { origin: 'null' }],
  ])('refuses %s with 403 before any procedure runs', async (_, headers) => {
    const res = await trpcPost(s.app, 'organisations.create', cookie, createOrg, headers);
    expect(res.statusCode).toBe(403);
    expect(jsonOf<{ error: string }>(res).error).toContain('niet van deze site');
  });

  it.each([
    [
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nX\r\n--x--',
    ],
    ['text/plain', 'text/plain', JSON.stringify(createOrg)],
    ['a form post', 'application/x-www-form-urlencoded', 'name=X&type=gemeente'],
  ])('refuses a %s post to a procedure', async (_, type, payload) => {
    const organisations = async () =>
      trpcData<Outputs['organisations']['list']>(await trpcGet(s.app, 'organisations.list', cookie));
    const before = (await organisations()).length;
    const res = await s.app.inject({
      method: 'POST',
      url: '/trpc/organisations.create',
      headers: { 'content-type': type, cookie },
      payload,
    });
    expect(res.statusCode).toBe(403);
    expect((await organisations()).length).toBe(before);
  });

  it('refuses a text/plain login post (login CSRF)', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: '{"email":"beheer@eindhoven.demo","password":"werkplaats-demo"}',
    });
    expect(res.statusCode).toBe(403);
  });

  it('does not run mutations over GET', async () => {
    const res = await trpcGet(s.app, 'organisations.create', cookie, createOrg);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});

describe('headers', () => {
  it.each(['/healthz', '/trpc/session.me', '/auth/logout', '/'])('%s carries the security headers', async (url) => {
    const res = await s.app.inject({ method: url === '/auth/logout' ? 'POST' : 'GET', url });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('sends Cache-Control: no-store on /trpc', async () => {
    const res = await trpcGet(s.app, 'locations.list', cookie);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('errors', () => {
  it('gives validation errors per field, in Dutch by default', async () => {
    const res = await trpcPost(s.app, 'organisations.create', cookie, { name: '', type: 'bakkerij' });
    expect(res.statusCode).toBe(400);
    const error = trpcError(res);
    expect(error.message).toBe('Controleer de invoer.');
    expect(error.data.fieldErrors?.name).toBe('Vul dit veld in.');
    expect(error.data.fieldErrors?.type).toBeTruthy();
    expect(JSON.stringify(error)).not.toMatch(/stack|ZodError|at \//);
  });

  it("speaks the signed-in person's own language, not the cookie's (English: account-language.test.ts)", async () => {
    const res = await trpcPost(s.app, 'organisations.create', `${cookie}; taal=en`, { name: '', type: 'gemeente' });
    expect(trpcError(res).data.fieldErrors?.name).toBe('Vul dit veld in.');
  });

  it('answers unparsable JSON with 400, not 500', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/trpc/organisations.create',
      headers: { 'content-type': 'application/json', cookie },
      payload: '{"name":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/stack|SyntaxError/);
  });

  it('reports an internal error as a generic message with a reference, without stack or SQL', async () => {
    execWatched(s.db.$client, 'ALTER TABLE top_location RENAME TO top_location_weg');
    try {
      const res = await trpcGet(s.app, 'locations.list', cookie);
      expect(res.statusCode).toBe(500);
      const error = trpcError(res);
      expect(error.message).toMatch(/^Er ging iets mis aan onze kant\. Referentie: [0-9a-f]{8}\.$/);
      expect(JSON.stringify(error)).not.toMatch(/top_location|SELECT|stack|SqliteError/i);
    } finally {
      execWatched(s.db.$client, 'ALTER TABLE top_location_weg RENAME TO top_location');
    }
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} calls`, async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'locations.list').join(',');
    const res = await s.app.inject({ method: 'GET', url: `/trpc/${paths}?batch=1&input={}`, headers: { cookie } });
    expect(res.statusCode).toBe(400);
    const ok = await s.app.inject({
      method: 'GET',
      url: `/trpc/${Array.from({ length: MAX_BATCH_SIZE }, () => 'locations.list').join(',')}?batch=1&input={}`,
      headers: { cookie },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await trpcPost(s.app, 'organisations.create', cookie, {
      name: 'x'.repeat(6 * 1024 * 1024),
      type: 'gemeente',
    });
    expect(res.statusCode).toBe(413);
  });
});
