import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema';
import { cookieOf, loginAs, testServer, trpcGet, type TestServer } from '../helpers/server';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp';
import { flush, linkIn, mailsTo, PUBLIC_URL, setLocale, useTestPublicUrl } from '../helpers/mail';

let smtp: TestSmtp;
let t: TestServer;
beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await testServer();
}, 120_000);
beforeEach(useTestPublicUrl);
afterAll(async () => {
  await t.app.close();
  await smtp.stop();
});

const json = { 'content-type': 'application/json' };
const forgot = (email: string, ip = '10.1.1.1') =>
  t.app.inject({ method: 'POST', url: '/auth/password/forgot', remoteAddress: ip, headers: json, payload: { email } });
const reset = (token: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/auth/password/reset', headers: json, payload: { token, password } });
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const NEW_PASSWORD = 'een-heel-nieuw-wachtwoord';

describe('password reset: POST /auth/password/forgot and /auth/password/reset', () => {
  it('answers 202 for a known and an unknown address alike, and mails only the known one', async () => {
    const known = await forgot('projectleider@eindhoven.demo');
    const unknown = await forgot('niemand@example.org');
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    await flush(smtp, t.db, t.clock);
    expect(mailsTo(smtp, 'niemand@example.org')).toHaveLength(0);
    const [mail] = mailsTo(smtp, 'projectleider@eindhoven.demo');
    expect(mail!.subject).toBe('Je wachtwoord herstellen');
    expect(linkIn(mail!, '/wachtwoord-herstellen\\?token=')).toMatch(
      new RegExp(`^${PUBLIC_URL}/wachtwoord-herstellen\\?token=[A-Za-z0-9_-]{43}$`),
    );
  });

  it('sets the password once, ends every session of the account, and refuses the link a second time', async () => {
    const first = cookieOf(await loginAs(t.app, 'mentor@eindhoven.demo', { ip: '10.2.0.1' }));
    const second = cookieOf(await loginAs(t.app, 'mentor@eindhoven.demo', { ip: '10.2.0.2' }));
    expect((await forgot('mentor@eindhoven.demo')).statusCode).toBe(202);
    await flush(smtp, t.db, t.clock);
    const token = tokenOf(linkIn(mailsTo(smtp, 'mentor@eindhoven.demo').at(-1)!, '/wachtwoord-herstellen'));

    const weak = await reset(token, 'kort');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ fieldErrors: Record<string, string> }>().fieldErrors.password).toBe(
      'Kies een wachtwoord van minstens 12 tekens.',
    );

    const done = await reset(token, NEW_PASSWORD);
    expect(done.statusCode).toBe(200);
    for (const cookie of [first, second])
      expect((await trpcGet(t.app, 'session.me', cookie)).json<{ result: { data: unknown } }>().result.data).toBeNull();
    expect((await loginAs(t.app, 'mentor@eindhoven.demo', { ip: '10.2.0.3' })).statusCode).toBe(401);
    expect((await loginAs(t.app, 'mentor@eindhoven.demo', { password: NEW_PASSWORD, ip: '10.2.0.3' })).statusCode).toBe(
      200,
    );

    const again = await reset(token, 'nog-een-ander-wachtwoord');
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: string }>().error).toBe(
      'Deze link om je wachtwoord te herstellen is ongeldig, verlopen of al gebruikt. Vraag een nieuwe aan.',
    );
  });

  it('a link works for one hour', async () => {
    setLocale(t.db, 'docent@eindhoven.demo', 'en');
    await forgot('docent@eindhoven.demo', '10.3.0.1');
    await flush(smtp, t.db, t.clock);
    const mail = mailsTo(smtp, 'docent@eindhoven.demo').at(-1)!;
    expect(mail.subject).toBe('Reset your password');
    const token = tokenOf(linkIn(mail, '/wachtwoord-herstellen'));
    t.clock.advance(60 * 60_000);
    expect((await reset(token, NEW_PASSWORD)).statusCode).toBe(400);
    expect((await reset('nep-token-dat-niet-bestaat', NEW_PASSWORD)).statusCode).toBe(400);
  });

  it('is rate-limited per address and per IP, the same for unknown addresses', async () => {
    t.clock.advance(60 * 60_000);
    const perAddress = [];
    for (let i = 0; i < 4; i++) perAddress.push((await forgot('onbekend@example.org', `10.4.0.${i}`)).statusCode);
    expect(perAddress).toEqual([202, 202, 202, 429]);
    const perIp = [];
    for (let i = 0; i < 11; i++) perIp.push((await forgot(`iemand${i}@example.org`, '10.5.0.1')).statusCode);
    expect(perIp.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(perIp[10]).toBe(429);
    const before = t.db.select().from(mailOutbox).all().length;
    for (let i = 0; i < 3; i++) await forgot('beheer@eindhoven.demo', `10.6.0.${i}`);
    expect((await forgot('beheer@eindhoven.demo', '10.6.0.9')).statusCode).toBe(429);
    expect(t.db.select().from(mailOutbox).all().length).toBe(before + 3);
    t.clock.advance(15 * 60_000 + 1);
    expect((await forgot('onbekend@example.org', '10.4.0.9')).statusCode).toBe(202);
  });

  it('refuses a malformed address with 400 at the field', async () => {
    const res = await forgot('geen-adres');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fieldErrors: Record<string, string> }>().fieldErrors.email).toBeTruthy();
  });
});
