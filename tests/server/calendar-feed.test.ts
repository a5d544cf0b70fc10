import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { and, eq, inArray, ne } from 'drizzle-orm';
import {
  memberships,
  mentorTeamMembers,
  placementAssignments,
  placementParticipants,
  placementSupervisors,
  regiegroepActions,
  regiegroepMeetings,
  students,
} from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { PL, run, smallRound } from '../helpers/placements';
import { testServer, type TestServer } from '../helpers/server';
import { PUBLIC_URL, userIdOf, useTestPublicUrl } from '../helpers/mail';

let t: TestServer;
beforeAll(async () => {
  t = await testServer();
}, 120_000);
beforeEach(useTestPublicUrl);
afterAll(() => t.app.close());

const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: url.slice(PUBLIC_URL.length) });

/** Parses strictly (ical.js throws on malformed content lines) and checks what RFC 5545 requires of each event. */
function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body) as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  const events = calendar.getAllSubcomponents('vevent');
  for (const e of events) for (const p of ['uid', 'dtstamp', 'dtstart', 'summary']) expect(e.hasProperty(p)).toBe(true);
  // Every TZID an event refers to is defined once in a VTIMEZONE (RFC 5545 3.2.19); DTSTAMP is UTC (3.8.7.2).
  const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
  const used = new Set(
    events.flatMap((e) => ['dtstart', 'dtend'].map((p) => e.getFirstProperty(p)?.getParameter('tzid'))),
  );
  used.delete(undefined);
  expect(zones).toEqual([...used]);
  for (const e of events) expect((e.getFirstPropertyValue('dtstamp') as ICAL.Time).zone.tzid).toBe('UTC');
  return { calendar, events };
}
const uids = (events: ICAL.Component[]) => events.map((e) => String(e.getFirstPropertyValue('uid'))).sort();

function expectedFor(email: string): string[] {
  const userId = userIdOf(t.db, email);
  const teams = t.db
    .select({ id: mentorTeamMembers.teamId })
    .from(mentorTeamMembers)
    .where(eq(mentorTeamMembers.userId, userId))
    .all();
  const actions = t.db
    .select({ id: regiegroepActions.id })
    .from(regiegroepActions)
    .where(and(eq(regiegroepActions.ownerUserId, userId), ne(regiegroepActions.status, 'afgerond')))
    .all();
  const groups = t.db
    .select({ p: memberships.partnershipId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'regiegroep')))
    .all()
    .map((m) => m.p);
  const meetings = groups.length
    ? t.db
        .select({ id: regiegroepMeetings.id })
        .from(regiegroepMeetings)
        .where(and(inArray(regiegroepMeetings.partnershipId, groups), ne(regiegroepMeetings.status, 'geannuleerd')))
        .all()
    : [];
  return [
    ...teams.map((x) => `mentorteam-${x.id}@werkplaats`),
    ...actions.map((x) => `actiepunt-${x.id}@werkplaats`),
    ...meetings.map((x) => `regiegroep-meeting-${x.id}@werkplaats`),
  ].sort();
}

describe('calendar feed: <PUBLIC_URL>/agenda/<token>.ics', () => {
  it("holds exactly the mentor's weekly team session and open action deadlines, valid iCalendar", async () => {
    const { url } = await callerFor(t, 'mentor@eindhoven.demo').calendar.renew();
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/agenda/[A-Za-z0-9_-]{43}\\.ics$`));
    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { events } = parse(res.body);
    expect(uids(events)).toEqual(expectedFor('mentor@eindhoven.demo'));
    expect(uids(events).length).toBeGreaterThanOrEqual(2);
    const session = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('mentorteam-'))!;
    const rule = session.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    const start = session.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.dayOfWeek()).toBe(3); // ical.js: Sunday = 1, so Tuesday (the team's session day) = 3
  });

  it("the regiegroep chair's meetings are timed in Europe/Amsterdam", async () => {
    const { url } = await callerFor(t, 'regiegroep@eindhoven.demo').calendar.renew();
    const { events } = parse((await fetchFeed(url)).body);
    expect(uids(events)).toEqual(expectedFor('regiegroep@eindhoven.demo'));
    expect(parse((await fetchFeed(url)).body).calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const timed = t.db
      .select()
      .from(regiegroepMeetings)
      .where(
        and(
          eq(regiegroepMeetings.partnershipId, t.region.eindhoven.partnershipId),
          ne(regiegroepMeetings.startsAt, ''),
        ),
      )
      .get()!;
    const event = events.find((e) => e.getFirstPropertyValue('uid') === `regiegroep-meeting-${timed.id}@werkplaats`)!;
    const dtstart = event.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe('Europe/Amsterdam');
    const time = dtstart.getFirstValue() as ICAL.Time;
    expect(`${time.toString().slice(0, 10)} ${time.toString().slice(11, 16)}`).toBe(
      `${timed.heldOn} ${timed.startsAt}`,
    );
  });

  it('a renewed token ends the old URL; an unknown one is 404', async () => {
    const caller = callerFor(t, 'lector@werkplaats.demo');
    const old = (await caller.calendar.renew()).url;
    expect((await fetchFeed(old)).statusCode).toBe(200);
    expect((await caller.calendar.status()).since).toBe(t.clock.now());
    const renewed = (await caller.calendar.renew()).url;
    expect(renewed).not.toBe(old);
    expect((await fetchFeed(old)).statusCode).toBe(404);
    const { events } = parse((await fetchFeed(renewed)).body);
    expect(uids(events)).toEqual(expectedFor('lector@werkplaats.demo'));
    expect((await fetchFeed(`${PUBLIC_URL}/agenda/${'x'.repeat(43)}.ics`)).statusCode).toBe(404);
  });

  it("placement days: the student's weekly days at the location, the werkbegeleider's days without names", async () => {
    const caller = callerFor(t, PL.eindhoven);
    const round = await smallRound(t, caller);
    const studentUser = userIdOf(t.db, 'student@eindhoven.demo');
    t.db.update(students).set({ userId: null }).where(eq(students.userId, studentUser)).run();
    t.db.update(students).set({ userId: studentUser }).where(eq(students.id, round.studentIds[0]!)).run();
    await run(caller, round.roundId);
    const assignment = t.db
      .select()
      .from(placementAssignments)
      .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
      .where(
        and(eq(placementParticipants.studentId, round.studentIds[0]!), eq(placementAssignments.roundId, round.roundId)),
      )
      .get()!.placement_assignment;
    const supervisor = t.db
      .insert(placementSupervisors)
      .values({
        roundLocationId: assignment.roundLocationId,
        userId: userIdOf(t.db, 'locatie@eindhoven.demo'),
        name: 'Werkbegeleider',
        capacity: 3,
        programmeIds: [],
      })
      .returning()
      .get();
    t.db
      .update(placementAssignments)
      .set({ supervisorId: supervisor.id })
      .where(eq(placementAssignments.participantId, assignment.participantId))
      .run();
    const studentFeed = (await callerFor(t, 'student@eindhoven.demo').calendar.renew()).url;
    // The student may already be placed in a published demo round; this round's days come on publication.
    const before = uids(parse((await fetchFeed(studentFeed)).body).events);
    const mine = (list: ICAL.Component[]) =>
      list.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith(`stagedag-${round.roundId}-`));
    expect(before.filter((u) => u.startsWith(`stagedag-${round.roundId}-`))).toEqual([]);
    await caller.placements.publish({ roundId: round.roundId });

    const events = mine(parse((await fetchFeed(studentFeed)).body).events);
    expect(uids(events)).toEqual(assignment.days.map((d) => `stagedag-${round.roundId}-${d}@werkplaats`).sort());
    for (const e of events) {
      expect(String(e.getFirstPropertyValue('summary'))).toMatch(/^Stagedag: Kindcentrum /);
      expect((e.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('WEEKLY');
    }
    const days = events.map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).dayOfWeek() - 1).sort();
    expect(days).toEqual([...assignment.days].sort());

    const supervisorFeed = (await callerFor(t, 'locatie@eindhoven.demo').calendar.renew()).url;
    const own = parse((await fetchFeed(supervisorFeed)).body).events;
    const placement = own.filter((e) =>
      String(e.getFirstPropertyValue('uid')).startsWith(`begeleiding-${round.roundId}-`),
    );
    expect(placement).toHaveLength(assignment.days.length);
    for (const e of placement)
      expect(String(e.getFirstPropertyValue('summary'))).toMatch(/^Stagedag: 1 student bij Kindcentrum /);
  });
});
