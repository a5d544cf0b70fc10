/**
 * Issue 13, "no request may stall the others", for what strangers can send: a deeply nested body, a batch
 * of password hashes, a flood of public calls. Each over a real socket on 127.0.0.1, with /healthz asked
 * every ~10 ms while the hostile request runs: it must keep answering within 200 ms (on top of what this
 * shared machine does to /healthz without any hostile request, measured just before).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { appRouter } from '../../server/trpc/app-router';
import { PUBLIC_PROCEDURES } from '../../shared/domain/public-procedures';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import { passwordHashesMade } from '../../server/auth/password';
import { testServer, type TestServer } from '../helpers/server';
import { callerFor } from '../helpers/demo';
import { HEALTHZ_BUDGET_MS, listenOnLoopback, prepareAttack, quietStall, stallDuring } from '../helpers/availability';
import { translateMessage } from '../../shared/i18n/messages';

let s: TestServer;
let base: string;
let quiet: number;
beforeAll(async () => {
  // One trusted hop, so the flood below can come "from" many addresses, as a botnet's would.
  s = await testServer({ trustProxy: true });
  base = await listenOnLoopback(s.app);
  quiet = await quietStall(base);
}, 60_000);
afterAll(() => s.app.close());

const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};
const nested = (bytes: number) => '['.repeat(bytes / 2) + ']'.repeat(bytes / 2);
const login = (email: string) =>
  post('/auth/login', JSON.stringify({ email, password: DEMO_PASSWORD }), { 'x-forwarded-for': '192.0.2.200' });

async function fetchLogin(email: string): Promise<string | undefined> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.201' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return res.headers.get('set-cookie')?.split(';')[0];
}

async function invite(email: string): Promise<string> {
  const result = await callerFor(s, 'beheer@eindhoven.demo').people.invite({ name: 'Nieuw', email, role: 'mentor' });
  return result.link.split('/').pop()!;
}

describe('bodies', () => {
  it.each([
    ['/trpc/people.acceptInvite', 4_800_000],
    ['/auth/login', 4_800_000],
    ['/trpc/placements.importFile', 6_000_000],
  ])('refuses a deeply nested body to %s (%i bytes: 413) without holding the server', async (path, bytes) => {
    const { stall, maxima, answers } = await stallDuring(base, { url: `${base}${path}`, nestedBytes: bytes });
    console.log(`nested ${bytes} bytes to ${path}: healthz max ${maxima.join('/')} ms (quiet ${quiet.toFixed(0)} ms)`);
    expect(answers.map((a) => a.status)).toEqual([413, 413, 413]);
    expect(stall).toBeLessThan(quiet + HEALTHZ_BUDGET_MS);
  });

  it('refuses deep nesting under the size limit (400) before parsing it, on any procedure', async () => {
    const small = await stallDuring(base, {
      url: `${base}/trpc/people.acceptInvite`,
      body: `{"token":${nested(900_000)},"password":"x"}`,
    });
    // The import route takes 5 MB, but no deeper nesting than any other.
    const cookie = (await fetchLogin('projectleider@eindhoven.demo')) ?? '';
    const big = await stallDuring(base, {
      url: `${base}/trpc/placements.importFile`,
      headers: { cookie },
      body: `{"roundId":1,"format":"xlsx","content":${nested(4_000_000)}}`,
    });
    console.log(
      `nested 0.9 MB: healthz max ${small.maxima.join('/')} ms; 4 MB to the import: ${big.maxima.join('/')} ms`,
    );
    for (const { answers } of [small, big]) {
      expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
      expect(answers[0]!.text).toContain(translateMessage('e.badInput', 'nl'));
    }
    expect(small.stall).toBeLessThan(quiet + HEALTHZ_BUDGET_MS);
    expect(big.stall).toBeLessThan(quiet + HEALTHZ_BUDGET_MS);
  });

  it('still takes ordinary nesting and sizes', async () => {
    const token = await invite('gewoon@example.org');
    const res = await post(
      '/trpc/people.acceptInvite',
      JSON.stringify({ token, password: 'een heel goed wachtwoord' }),
    );
    expect(res.status).toBe(200);
  });
});

describe('public procedures', () => {
  it('are exactly the ones the client sends unbatched', () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { meta?: { permission?: string } } }
    >;
    const publicOnes = Object.keys(procedures).filter((p) => procedures[p]!._def.meta?.permission === 'public');
    expect(publicOnes.sort()).toEqual([...PUBLIC_PROCEDURES].sort());
  });

  it('are refused in a batch, before any password is hashed', async () => {
    const token = await invite('batch@example.org');
    const paths = Array.from({ length: 20 }, () => 'people.acceptInvite').join(',');
    const inputs = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [i, { token, password: 'een heel goed wachtwoord' }]),
    );
    const { stall, maxima, answers } = await stallDuring(base, {
      url: `${base}/trpc/${paths}?batch=1`,
      body: JSON.stringify(inputs),
    });
    console.log(`a batch of 20 acceptances: healthz max ${maxima.join('/')} ms`);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(stall).toBeLessThan(quiet + HEALTHZ_BUDGET_MS);
    expect(s.db.select().from(users).where(eq(users.email, 'batch@example.org')).get()).toBeUndefined();
    const mixed = await fetch(`${base}/trpc/session.me,people.inviteInfo?batch=1&input={}`);
    expect(mixed.status).toBe(400);
  });

  it('200 parallel acceptances of one invitation make one hash; wrong tokens make none', async () => {
    const flood = async (token: string) => {
      const attacker = await prepareAttack({
        url: `${base}/trpc/people.acceptInvite`,
        body: JSON.stringify({ token, password: 'een heel goed wachtwoord' }),
        headers: { 'x-forwarded-for': 'each' }, // each from its own address, past the per-IP limit
        parallel: 200,
      });
      const before = passwordHashesMade();
      const statuses = (await attacker.fire()).map((a) => a.status);
      return { statuses, hashes: passwordHashesMade() - before };
    };
    const wrong = await flood('x'.repeat(43));
    expect(wrong.statuses.every((st) => st === 404)).toBe(true);
    expect(wrong.hashes).toBe(0);
    const valid = await flood(await invite('zwerm@example.org'));
    expect(valid.statuses.filter((st) => st === 200)).toHaveLength(1);
    expect(valid.statuses.filter((st) => st !== 200).every((st) => st === 404 || st === 409)).toBe(true);
    // Before: 200 hashes, and a log-in went from 35 ms to 3.7 s waiting behind them.
    expect(valid.hashes).toBe(1);
  });

  it('a batch of acceptances does not slow a log-in down', async () => {
    const timedLogin = async () => {
      const started = performance.now();
      expect((await login('projectleider@eindhoven.demo')).status).toBe(200);
      return performance.now() - started;
    };
    const quietLogin = Math.min(await timedLogin(), await timedLogin());
    const token = await invite('batch2@example.org');
    const paths = Array.from({ length: 20 }, () => 'people.acceptInvite').join(',');
    const inputs = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [i, { token, password: `wachtwoord ${i}!` }]),
    );
    const tries: number[] = [];
    for (let i = 0; i < 3; i++) {
      const attacker = await prepareAttack({ url: `${base}/trpc/${paths}?batch=1`, body: JSON.stringify(inputs) });
      const batch = attacker.fire();
      tries.push(await timedLogin());
      expect((await batch)[0]!.status).toBe(400);
    }
    console.log(
      `log-in during a batch of 20 acceptances: ${tries.map(Math.round).join('/')} ms (quiet ${quietLogin.toFixed(0)} ms)`,
    );
    expect(Math.min(...tries)).toBeLessThan(quietLogin + HEALTHZ_BUDGET_MS);
  });

  it('are limited per IP for callers without a session', async () => {
    const call = () =>
      fetch(`${base}/trpc/people.inviteInfo?input=${encodeURIComponent(JSON.stringify({ token: 'x'.repeat(43) }))}`, {
        headers: { 'x-forwarded-for': '192.0.2.77' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await call()).status);
    expect(statuses.slice(0, 60).every((st) => st === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
    // Another address is not affected.
    const other = await fetch(`${base}/trpc/session.me`, { headers: { 'x-forwarded-for': '192.0.2.78' } });
    expect(other.status).toBe(200);
  });
});
