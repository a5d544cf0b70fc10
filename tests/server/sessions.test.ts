import { beforeEach, describe, expect, it } from 'vitest';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';
import { trpcData, type Outputs } from '../helpers/answers';

let s: TestServer;
beforeEach(async () => {
  s = await testServer();
});

const me = async (cookie: string) => trpcData<Outputs['session']['me']>(await trpcGet(s.app, 'session.me', cookie));
const signedIn = async (cookie: string) => (await me(cookie)) !== null;

describe('session lifetime (fake clock)', () => {
  it('ends after 30 minutes without activity', async () => {
    const cookie = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    s.clock.advance(29 * 60_000);
    expect(await signedIn(cookie)).toBe(true);
    s.clock.advance(29 * 60_000); // activity just now kept it alive
    expect(await signedIn(cookie)).toBe(true);
    s.clock.advance(30 * 60_000);
    expect(await signedIn(cookie)).toBe(false);
  });

  it('ends 12 hours after login however active the person is', async () => {
    const cookie = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    for (let i = 0; i < 35; i++) {
      s.clock.advance(20 * 60_000);
      expect(await signedIn(cookie)).toBe(true);
    }
    s.clock.advance(19 * 60_000); // 11 h 59 min after login
    expect(await signedIn(cookie)).toBe(true);
    s.clock.advance(2 * 60_000); // idle only 2 minutes, but past 12 hours
    expect(await signedIn(cookie)).toBe(false);
  });

  it('ends at once when a beheerder blocks the account, and the blocked person cannot log in', async () => {
    const mentor = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    const beheer = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
    const { people } = trpcData<Outputs['people']['list']>(await trpcGet(s.app, 'people.list', beheer));
    const listed = people.find((p) => p.email === 'mentor@eindhoven.demo')!;
    const block = { userId: listed.id, revision: listed.revision, blocked: true };
    expect((await trpcPost(s.app, 'people.setBlocked', beheer, block)).statusCode).toBe(200);
    expect(await signedIn(mentor)).toBe(false);
    expect((await loginAs(s.app, 'mentor@eindhoven.demo')).statusCode).toBe(401);
  });
});

describe('partnership switcher', () => {
  it('lets someone in two partnerships switch, and only to their own', async () => {
    const cookie = cookieOf(await loginAs(s.app, 'lector@werkplaats.demo'));
    const before = (await me(cookie))!;
    expect(before.partnerships).toHaveLength(2);
    const other = before.partnerships.find((p) => p.id !== before.partnership.id)!;
    expect((await trpcPost(s.app, 'session.switchPartnership', cookie, { partnershipId: other.id })).statusCode).toBe(
      200,
    );
    expect((await me(cookie))?.partnership.id).toBe(other.id);
    const locations = trpcData<Outputs['locations']['list']>(await trpcGet(s.app, 'locations.list', cookie));
    expect(locations.map((l) => l.name)).toContain(
      other.name.includes('Rotterdam') ? 'Kindcentrum De Havenkikker' : 'Kindcentrum Wittering.nl',
    );

    const single = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    expect((await trpcPost(s.app, 'session.switchPartnership', single, { partnershipId: other.id })).statusCode).toBe(
      404,
    );
  });
});
