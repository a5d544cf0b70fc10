/**
 * The data generation and the caches built on it: a cached answer or a kept actor is never staler than
 * the database — writes through the server, writes by another connection, roll-backs and time all end it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { dataGeneration } from '../../db/data-generation';
import { auditEvents, memberships, sessions, users } from '../../db/schema';
import { cachedRead } from '../../server/cache/read-cache';
import { cookieOf, loginAs, testServer, trpcGet, type TestServer } from '../helpers/server';

let s: TestServer;
let other: Db;
beforeAll(async () => {
  s = await testServer();
  other = openDb(s.db.$client.name);
});
afterAll(() => other.$client.close());

const gen = () => dataGeneration(s.db.$client);

describe('the data generation', () => {
  it('changes with every write of data, through this connection or another', () => {
    let g = gen();
    s.db.update(users).set({ locale: 'nl' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    expect(gen()).not.toBe(g);
    g = gen();
    expect(gen()).toBe(g); // reading changes nothing
    s.db.select().from(users).all();
    expect(gen()).toBe(g);
    // (an update to the same value writes nothing, so this one changes the name)
    other.update(users).set({ name: 'Mentor E.' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    expect(gen()).not.toBe(g);
  });

  it('ignores what reads themselves write: the audit trail and the "last seen" touch', () => {
    const g = gen();
    s.db.insert(auditEvents).values({ at: 1, actorUserId: null, partnershipId: null, action: 'test.view', subjectType: 'test', subjectId: '1', detail: {} }).run();
    s.db.update(sessions).set({ lastSeenAt: 5 }).where(eq(sessions.id, -1)).run();
    expect(gen()).toBe(g);
    s.db.update(sessions).set({ partnershipId: null }).where(eq(sessions.id, -1)).run();
    expect(gen()).not.toBe(g);
  });
});

describe('cachedRead', () => {
  it('answers from memory until a write, and keeps nothing read inside a transaction', () => {
    let computed = 0;
    const read = () => cachedRead(s.db, 'test.count', () => (++computed, s.db.select().from(users).all().length));
    const n = read();
    expect(read()).toBe(n);
    expect(computed).toBe(1);
    other.update(users).set({ name: 'Mentor Eindhoven' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    // the other connection's write is seen
    expect(read()).toBe(n);
    expect(computed).toBe(2);

    s.db.$client.exec('BEGIN');
    s.db.update(users).set({ name: 'Binnen transactie' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    const names = () => cachedRead(s.db, 'test.names', () => (++computed, s.db.select({ name: users.name }).from(users).all().map((u) => u.name)));
    expect(names()).toContain('Binnen transactie');
    s.db.$client.exec('ROLLBACK');
    expect(names()).not.toContain('Binnen transactie');
  });
});

describe('the kept actor of a session', () => {
  const me = async (cookie: string) => {
    const res = await trpcGet(s.app, 'session.me', cookie);
    const data = JSON.parse(res.body).result?.data as { roles: string[] } | null;
    return { status: res.statusCode, signedIn: data !== null, roles: data?.roles };
  };

  it('follows a role taken away, a session ended by another process, and the idle limit', async () => {
    const cookie = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    const first = await me(cookie);
    expect(first.roles).toContain('projectleider');
    expect((await me(cookie)).roles).toEqual(first.roles);

    const user = s.db.select().from(users).where(eq(users.email, 'projectleider@eindhoven.demo')).get()!;
    s.db.update(memberships).set({ role: 'regiegroep' }).where(and(eq(memberships.userId, user.id), eq(memberships.role, 'projectleider'))).run();
    const changed = await me(cookie);
    expect(changed.roles).toContain('regiegroep');
    expect(changed.roles).not.toContain('projectleider');

    // a minute on, the session's "last seen" is written again: the actor is still the same
    s.clock.advance(61_000);
    const touched = await me(cookie);
    expect(touched.signedIn).toBe(true);
    expect(await me(cookie)).toEqual(touched);

    other.delete(sessions).where(eq(sessions.userId, user.id)).run();
    expect((await me(cookie)).signedIn).toBe(false);

    const again = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    expect((await me(again)).signedIn).toBe(true);
    s.clock.advance(31 * 60_000);
    expect((await me(again)).signedIn).toBe(false);
  });
});
