import { beforeEach, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { cookieOf, loginAs, testServer, trpcGet, type TestServer } from '../helpers/server';
import { jsonOf, trpcData, type Outputs } from '../helpers/answers';

let s: TestServer;
beforeEach(async () => {
  s = await testServer({ trustProxy: true });
});

const me = async (cookie?: string) => trpcData<Outputs['session']['me']>(await trpcGet(s.app, 'session.me', cookie));

describe('GET /healthz', () => {
  it('answers {"status":"ok"} once migrations have run', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('POST /auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie over http, without Secure', async () => {
    const res = await loginAs(s.app, 'projectleider@eindhoven.demo');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^werkplaats_sessie=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect((await me(cookieOf(res)))?.user.email).toBe('projectleider@eindhoven.demo');
  });

  it('uses the __Host- prefix and Secure over https', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      payload: { email: 'mentor@eindhoven.demo', password: 'werkplaats-demo' },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-werkplaats_sessie=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain=');
  });

  it('answers a wrong password and an unknown e-mail with the same 401 message', async () => {
    const wrong = await loginAs(s.app, 'projectleider@eindhoven.demo', { password: 'niet-het-wachtwoord' });
    const unknown = await loginAs(s.app, 'niemand@eindhoven.demo');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(jsonOf<{ error: string }>(wrong).error).toBe('E-mailadres of wachtwoord onjuist.');
  });

  it('refuses a malformed body with 400 and Dutch field messages', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: { email: 5 },
    });
    expect(res.statusCode).toBe(400);
    expect(jsonOf<{ fieldErrors: Record<string, string> }>(res).fieldErrors.password).toBeTruthy();
  });

  it('answers 429 after 10 failures for one account, without locking out others', async () => {
    for (let i = 0; i < 10; i++) {
      expect(
        (await loginAs(s.app, 'mentor@eindhoven.demo', { password: 'fout-wachtwoord', ip: `10.1.0.${i}` })).statusCode,
      ).toBe(401);
    }
    const locked = await loginAs(s.app, 'mentor@eindhoven.demo', { ip: '10.9.9.9' });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    // Another account from another address is not affected.
    expect((await loginAs(s.app, 'regiegroep@eindhoven.demo', { ip: '10.2.0.1' })).statusCode).toBe(200);
    // After the 15-minute window the account may try again.
    s.clock.advance(15 * 60_000 + 1);
    expect((await loginAs(s.app, 'mentor@eindhoven.demo', { ip: '10.9.9.9' })).statusCode).toBe(200);
  });

  it('answers 429 after 10 failures from one IP, for any account from that IP only', async () => {
    for (let i = 0; i < 10; i++) await loginAs(s.app, `onbekend${i}@example.org`, { ip: '10.3.3.3' });
    expect((await loginAs(s.app, 'projectleider@eindhoven.demo', { ip: '10.3.3.3' })).statusCode).toBe(429);
    expect((await loginAs(s.app, 'projectleider@eindhoven.demo', { ip: '10.4.4.4' })).statusCode).toBe(200);
  });

  it('rotates the session: a token brought to login is ended, a new one issued', async () => {
    const first = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    const second = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo', { cookie: first }));
    expect(second).not.toBe(first);
    expect(await me(first)).toBeNull();
    expect(await me(second)).not.toBeNull();
  });

  it('stores only a hash of the token', async () => {
    const token = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo')).split('=')[1]!;
    const stored = s.db
      .select({ tokenHash: sessions.tokenHash })
      .from(sessions)
      .all()
      .map((r) => r.tokenHash);
    expect(stored).not.toContain(token);
    expect(stored.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });
});

describe('POST /auth/logout', () => {
  it('ends the session on the server, so the old cookie no longer works', async () => {
    const cookie = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    const res = await s.app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/werkplaats_sessie=;/);
    expect(await me(cookie)).toBeNull();
    expect((await trpcGet(s.app, 'locations.list', cookie)).statusCode).toBe(401);
  });
});
