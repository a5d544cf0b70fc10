/**
 * Coach registrations and coaching roles from the screens (decision 091): the projectleider or beheerder
 * changes a registration's role, location and organisation, ends it and takes it up again, and renames a
 * role — each under its revision (decision 071), and only within their own partnership.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { coaches, coachingRoles } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';

let s: TestServer;
let leider: ReturnType<typeof callerFor>;
let ib: ReturnType<typeof callerFor>;

beforeAll(async () => {
  s = await testServer();
  leider = callerFor(s, 'projectleider@eindhoven.demo');
  ib = callerFor(s, 'locatie@eindhoven.demo');
});

const ibCoach = async () => (await leider.coaching.setup()).coaches.find((c) => c.name === 'Linda Verbeek')!;

describe('ending a registration', () => {
  it('stops the coach from logging, keeps their hours, and can be undone', async () => {
    const before = await leider.coaching.hours({ year: 2026 });
    const coach = await ibCoach();
    expect(coach.endedOn).toBeNull();
    const ended = await leider.coaching.endCoach({ id: coach.id, revision: coach.revision, ended: true });
    expect((await ibCoach()).endedOn).toBe('2026-11-25');
    expect((await ib.coaching.myWeek({ week: '2026-W47' })).coach).toBeNull();
    const week = { week: '2026-W47', revision: null, lines: [] };
    expect(await failure(ib.coaching.saveWeek(week))).toMatchObject({ code: 'FORBIDDEN' });
    // What they logged still counts.
    expect((await leider.coaching.hours({ year: 2026 })).totalHours).toBe(before.totalHours);
    await leider.coaching.endCoach({ id: coach.id, revision: ended.revision, ended: false });
    expect((await ibCoach()).endedOn).toBeNull();
    expect((await ib.coaching.myWeek({ week: '2026-W47' })).coach).not.toBeNull();
  });

  it('is guarded by the registration’s revision', async () => {
    const coach = await ibCoach();
    await expectRevisionGuard(s, {
      path: 'coaching.endCoach',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: coaches,
      id: coach.id,
      input: (revision) => ({ id: coach.id, revision, ended: false }),
      noun: 'Deze coach',
    });
  });
});

describe('changing a registration and a role', () => {
  it('changes role, location and organisation under the revision', async () => {
    const setup = await leider.coaching.setup();
    const coach = await ibCoach();
    const role = setup.roles.find((r) => r.id !== coach.coachingRoleId)!;
    const location = setup.locations.find((l) => l.id !== coach.locationId)!;
    const input = (revision: number) => ({
      id: coach.id,
      revision,
      coachingRoleId: role.id,
      locationId: location.id,
      organisationId: coach.organisationId,
    });
    await expectRevisionGuard(s, {
      path: 'coaching.updateCoach',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: coaches,
      id: coach.id,
      input,
      noun: 'Deze coach',
    });
    expect(await ibCoach()).toMatchObject({ coachingRoleId: role.id, locationId: location.id });
  });

  it('renames a role under its revision', async () => {
    const role = (await leider.coaching.setup()).roles.find((r) => r.name === 'Mentorteamlid')!;
    await expectRevisionGuard(s, {
      path: 'coaching.updateRole',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: coachingRoles,
      id: role.id,
      input: (revision) => ({ id: role.id, revision, name: 'Mentorteamlid' }),
      noun: 'Deze coachingsrol',
    });
  });
});

describe('tenancy', () => {
  it("another partnership's registration and role are not found", async () => {
    const coach = await ibCoach();
    const rotterdam = callerFor(s, 'projectleider@rotterdam.demo');
    expect(
      await failure(rotterdam.coaching.endCoach({ id: coach.id, revision: coach.revision, ended: true })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    const own = (await rotterdam.coaching.setup()).coaches[0]!;
    const foreignRole = (await leider.coaching.setup()).roles[0]!;
    expect(
      await failure(
        rotterdam.coaching.updateCoach({
          id: own.id,
          revision: own.revision,
          coachingRoleId: foreignRole.id,
          locationId: own.locationId,
          organisationId: own.organisationId,
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ibCoach()).endedOn).toBeNull();
  });
});
