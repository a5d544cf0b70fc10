/**
 * Accounts are safe across partnerships: what a beheerder of one partnership can no longer do to an
 * account that also (or only) lives in another.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { students, users } from '../../db/schema';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';
import { trpcData, trpcError, type Outputs } from '../helpers/answers';

let s: TestServer;
let rotterdamBeheer: string;
beforeEach(async () => {
  s = await testServer();
  rotterdamBeheer = cookieOf(await loginAs(s.app, 'beheer@rotterdam.demo'));
});

const me = async (cookie: string) => trpcData<Outputs['session']['me']>(await trpcGet(s.app, 'session.me', cookie));
const userId = (email: string) => s.db.select().from(users).where(eq(users.email, email)).get()!.id;
const revisionOf = (id: number) => s.db.select().from(users).where(eq(users.id, id)).get()!.revision;
const peopleOf = async (cookie: string) =>
  trpcData<Outputs['people']['list']>(await trpcGet(s.app, 'people.list', cookie)).people;
const invitationsOf = async (cookie: string) =>
  trpcData<Outputs['people']['myInvitations']>(await trpcGet(s.app, 'people.myInvitations', cookie));
const invite = (cookie: string, email: string) =>
  trpcPost(s.app, 'people.invite', cookie, { name: 'Iemand', email, role: 'mentor' });

describe('inviting an address that already has an account', () => {
  it('answers as for an unknown address and changes nothing until the person accepts', async () => {
    const known = await invite(rotterdamBeheer, 'mentor@eindhoven.demo');
    const unknown = await invite(rotterdamBeheer, 'onbekend@example.org');
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    const shape = (res: { body: string }) => {
      const invited = trpcData<Outputs['people']['invite']>(res);
      return { ...invited, link: invited.link.replace(/[^/]+$/, 'T') };
    };
    expect(shape(known)).toEqual(shape(unknown));
    expect(shape(known)).toEqual({ kind: 'invited', link: '/uitnodiging/T' });

    // Not a member of Rotterdam: Rotterdam's beheerder can neither see, block nor end the sessions of the account.
    const mentorId = userId('mentor@eindhoven.demo');
    expect((await peopleOf(rotterdamBeheer)).some((p) => p.id === mentorId)).toBe(false);
    const block = await trpcPost(s.app, 'people.setBlocked', rotterdamBeheer, {
      userId: mentorId,
      revision: revisionOf(mentorId),
      blocked: true,
    });
    expect(block.statusCode).toBe(404);
    expect((await trpcPost(s.app, 'people.endSessions', rotterdamBeheer, { userId: mentorId })).statusCode).toBe(404);

    // The person sees the invitation after logging in and accepts it: one account, two partnerships.
    const mentor = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    const waiting = await invitationsOf(mentor);
    expect(waiting).toEqual([
      { id: expect.any(Number) as unknown, role: 'mentor', partnershipName: 'Samen Opleiden Rotterdam Rijnmond' },
    ]);
    expect((await trpcPost(s.app, 'people.acceptMyInvitation', mentor, { id: waiting[0]!.id })).statusCode).toBe(200);
    expect((await me(mentor))?.partnerships).toHaveLength(2);
    expect((await peopleOf(rotterdamBeheer)).find((p) => p.id === mentorId)?.email).toBe('mentor@eindhoven.demo');
    expect(await invitationsOf(mentor)).toEqual([]);
  });

  it("is refused for someone else's invitation", async () => {
    await invite(rotterdamBeheer, 'mentor@eindhoven.demo');
    const mentor = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    const [waiting] = await invitationsOf(mentor);
    const other = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    expect((await trpcPost(s.app, 'people.acceptMyInvitation', other, { id: waiting!.id })).statusCode).toBe(404);
    expect((await me(other))?.partnerships).toHaveLength(1);
  });
});

describe('blocking and ending sessions act only on the own partnership', () => {
  it('a block in Rotterdam leaves the account usable in Eindhoven', async () => {
    const lector = cookieOf(await loginAs(s.app, 'lector@werkplaats.demo'));
    const lectorId = userId('lector@werkplaats.demo');
    const block = await trpcPost(s.app, 'people.setBlocked', rotterdamBeheer, {
      userId: lectorId,
      revision: revisionOf(lectorId),
      blocked: true,
    });
    expect(block.statusCode).toBe(200);
    const after = await me(lector);
    expect(after?.partnership.name).toBe('Werkplaats Kind & Educatie Eindhoven');
    expect(after?.partnerships.map((p) => p.name)).toEqual(['Werkplaats Kind & Educatie Eindhoven']);
    const rotterdamId = s.region.rotterdam.partnershipId;
    const sw = await trpcPost(s.app, 'session.switchPartnership', lector, { partnershipId: rotterdamId });
    expect(sw.statusCode).toBe(404);
    // A fresh login still works, in Eindhoven; Eindhoven's beheerder sees no block.
    expect((await loginAs(s.app, 'lector@werkplaats.demo')).statusCode).toBe(200);
    const eindhovenBeheer = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
    expect((await peopleOf(eindhovenBeheer)).find((p) => p.id === lectorId)?.blocked).toBe(false);
    expect((await peopleOf(rotterdamBeheer)).find((p) => p.id === lectorId)?.blocked).toBe(true);
  });

  it("ending sessions in Rotterdam ends the Rotterdam session only; Eindhoven's goes on", async () => {
    const lectorId = userId('lector@werkplaats.demo');
    const inEindhoven = cookieOf(await loginAs(s.app, 'lector@werkplaats.demo'));
    const inRotterdam = cookieOf(await loginAs(s.app, 'lector@werkplaats.demo'));
    const rotterdamId = s.region.rotterdam.partnershipId;
    await trpcPost(s.app, 'session.switchPartnership', inRotterdam, { partnershipId: rotterdamId });
    s.clock.advance(1000);
    expect((await trpcPost(s.app, 'people.endSessions', rotterdamBeheer, { userId: lectorId })).statusCode).toBe(200);
    expect(await me(inRotterdam)).toBeNull();
    const eindhoven = await me(inEindhoven);
    expect(eindhoven?.partnership.name).toBe('Werkplaats Kind & Educatie Eindhoven');
    // That older session no longer reaches Rotterdam; a new login does.
    expect(
      (await trpcPost(s.app, 'session.switchPartnership', inEindhoven, { partnershipId: rotterdamId })).statusCode,
    ).toBe(404);
    s.clock.advance(1000);
    const fresh = cookieOf(await loginAs(s.app, 'lector@werkplaats.demo'));
    expect((await me(fresh))?.partnerships).toHaveLength(2);
  });
});

describe('a student record linked to an account', () => {
  it('is not re-linked by an invitation until it is unlinked', async () => {
    const eindhovenBeheer = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
    const sanne = s.db
      .select()
      .from(students)
      .where(eq(students.userId, userId('student@eindhoven.demo')))
      .get()!;
    const attempt = await trpcPost(s.app, 'people.invite', eindhovenBeheer, {
      name: 'Overnemer',
      email: 'overnemer@example.org',
      role: 'student',
      studentId: sanne.id,
    });
    expect(attempt.statusCode).toBe(409);
    expect(trpcError(attempt).message).toBe(
      'Deze student is al gekoppeld aan een account. Ontkoppel het eerst bij de student.',
    );
    const sanneSession = cookieOf(await loginAs(s.app, 'student@eindhoven.demo'));
    expect((await trpcPost(s.app, 'students.unlinkAccount', eindhovenBeheer, { id: sanne.id })).statusCode).toBe(200);
    // Her account loses the student role with the record (it was her only role): the session reaches nothing.
    expect(await me(sanneSession)).toBeNull();
    const again = await trpcPost(s.app, 'people.invite', eindhovenBeheer, {
      name: 'Nieuwe Sanne',
      email: 'sanne.nieuw@example.org',
      role: 'student',
      studentId: sanne.id,
    });
    expect(again.statusCode).toBe(200);
  });
});

describe('own password', () => {
  it('changes after the current one is given, and ends the other sessions only', async () => {
    const here = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    const elsewhere = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    const wrong = await trpcPost(s.app, 'session.changePassword', here, {
      currentPassword: 'niet-het-wachtwoord',
      newPassword: 'een lange nieuwe zin',
    });
    expect(wrong.statusCode).toBe(400);
    expect(await me(elsewhere)).not.toBeNull();
    const ok = await trpcPost(s.app, 'session.changePassword', here, {
      currentPassword: 'werkplaats-demo',
      newPassword: 'een lange nieuwe zin',
    });
    expect(ok.statusCode).toBe(200);
    expect(await me(here)).not.toBeNull();
    expect(await me(elsewhere)).toBeNull();
    expect((await loginAs(s.app, 'mentor@eindhoven.demo')).statusCode).toBe(401);
    const login = await loginAs(s.app, 'mentor@eindhoven.demo', { password: 'een lange nieuwe zin' });
    expect(login.statusCode).toBe(200);
  });
});
