/**
 * Issue 13: the login limiter counts an attempt before the password is checked (30 parallel guesses, at
 * most 10 evaluated), and TRUST_PROXY=true trusts one hop, not every X-Forwarded-For a client writes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../db/schema';
import { readEnv } from '../../server/env';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import { testServer, type TestServer } from '../helpers/server';
import { listenOnLoopback } from '../helpers/availability';

let s: TestServer | undefined;
afterEach(async () => {
  await s?.app.close();
  s = undefined;
});

async function postLogin(base: string, email: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  await res.arrayBuffer();
  return res.status;
}

const failedLogins = (t: TestServer) =>
  t.db.select().from(auditEvents).where(eq(auditEvents.action, 'login.failed')).all().length;

describe('login limiter', () => {
  it('evaluates at most 10 of 30 parallel wrong passwords for one account; the rest get 429', async () => {
    s = await testServer();
    const base = await listenOnLoopback(s.app);
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => postLogin(base, 'mentor@eindhoven.demo', 'raden-maar')),
    );
    expect(statuses.filter((st) => st === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((st) => st === 401).length).toBeGreaterThan(0);
    expect(statuses.filter((st) => st === 429).length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((st) => st === 401 || st === 429)).toBe(true);
    // Evaluated = a password checked: each one leaves a login.failed audit event.
    expect(failedLogins(s)).toBeLessThanOrEqual(10);
    // The right password is refused too while the account is locked.
    expect(await postLogin(base, 'mentor@eindhoven.demo', DEMO_PASSWORD)).toBe(429);
  });

  it('does not count a successful login against the IP', async () => {
    s = await testServer();
    const base = await listenOnLoopback(s.app);
    for (let i = 0; i < 9; i++) expect(await postLogin(base, `niemand${i}@eindhoven.demo`, 'x')).toBe(401);
    for (let i = 0; i < 3; i++) expect(await postLogin(base, 'mentor@eindhoven.demo', DEMO_PASSWORD)).toBe(200);
    expect(await postLogin(base, 'niemand9@eindhoven.demo', 'x')).toBe(401);
    expect(await postLogin(base, 'niemand10@eindhoven.demo', 'x')).toBe(429);
  });
});

describe('TRUST_PROXY', () => {
  it('reads true as one hop, a number of hops, a list of addresses; refuses anything else', () => {
    expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(readEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(readEnv({}).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(readEnv({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
    expect(() => readEnv({ TRUST_PROXY: 'iedereen' })).toThrow(/TRUST_PROXY/);
    expect(() => readEnv({ TRUST_PROXY: '10.0.0.1/40' })).toThrow(/TRUST_PROXY/);
  });

  it('with one hop, a spoofed X-Forwarded-For does not give a client a fresh login limit', async () => {
    s = await testServer({ trustProxy: readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY });
    const base = await listenOnLoopback(s.app);
    // The proxy (this test, on 127.0.0.1) appends the client's real address after whatever the client sent.
    const viaProxy = (spoofed: string) => ({ 'x-forwarded-for': `${spoofed}, 203.0.113.7` });
    for (let i = 0; i < 10; i++)
      expect(await postLogin(base, `gast${i}@eindhoven.demo`, 'x', viaProxy(`198.51.100.${i}`))).toBe(401);
    expect(await postLogin(base, 'gast10@eindhoven.demo', 'x', viaProxy('198.51.100.99'))).toBe(429);
    // Another real client behind the same proxy is not affected.
    expect(await postLogin(base, 'gast11@eindhoven.demo', 'x', { 'x-forwarded-for': '203.0.113.8' })).toBe(401);
    const ips = s.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'login.failed'))
      .all()
      .map((e) => (e.detail as { ip: string }).ip);
    expect(new Set(ips)).toEqual(new Set(['203.0.113.7', '203.0.113.8']));
  });

  it('with a list, only the listed proxy is believed', async () => {
    s = await testServer({ trustProxy: readEnv({ TRUST_PROXY: '192.0.2.1' }).TRUST_PROXY });
    const base = await listenOnLoopback(s.app);
    // The socket is 127.0.0.1, not the listed proxy: its X-Forwarded-For is ignored, whatever it says.
    for (let i = 0; i < 10; i++)
      expect(await postLogin(base, `gast${i}@eindhoven.demo`, 'x', { 'x-forwarded-for': `198.51.100.${i}` })).toBe(401);
    expect(await postLogin(base, 'gast10@eindhoven.demo', 'x', { 'x-forwarded-for': '198.51.100.77' })).toBe(429);
  });
});
