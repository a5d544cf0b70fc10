/**
 * Least data (issue 13): a mentor sees the students of the classes of their own mentor teams — in the
 * student list, in one student's record and on the team pages — never the partnership's whole list,
 * and no home address. The beheerder and the projectleider keep the whole list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { outsideMentor, teamIdOf } from '../helpers/mentor-teams';

let fx: DemoFixture;
let classIds: number[];
let outsiderId: number;

beforeAll(async () => {
  fx = await demoFixture();
  classIds = fx.region.eindhoven.cohortStudentIds;
  outsiderId = fx.region.eindhoven.studentIds.find((id) => !classIds.includes(id))!;
}, 60_000); // seeding the demo region takes several seconds on a busy machine

describe('a mentor', () => {
  it("lists exactly the students of their team's class", async () => {
    const list = await callerFor(fx, 'mentor@eindhoven.demo').students.list({ search: '' });
    expect(list.map((s) => s.id).sort()).toEqual([...classIds].sort());
    expect(fx.region.eindhoven.studentIds.length).toBeGreaterThan(classIds.length);
  });

  it('does not find a student outside their classes, by id or by name', async () => {
    const mentor = callerFor(fx, 'mentor@eindhoven.demo');
    expect((await failure(mentor.students.get({ id: outsiderId }))).code).toBe('NOT_FOUND');
    const outsider = await callerFor(fx, 'beheer@eindhoven.demo').students.get({ id: outsiderId });
    expect(await mentor.students.list({ search: outsider.lastName })).not.toContainEqual(
      expect.objectContaining({ id: outsiderId }),
    );
    expect(await mentor.students.list({ search: '', programmeId: outsider.programmeId })).not.toContainEqual(
      expect.objectContaining({ id: outsiderId }),
    );
  });

  it("reads a class student's record without the home address", async () => {
    const record = await callerFor(fx, 'mentor@eindhoven.demo').students.get({ id: classIds[0]! });
    expect(record.id).toBe(classIds[0]);
    expect([record.homeLat, record.homeLon]).toEqual([null, null]);
    const full = await callerFor(fx, 'projectleider@eindhoven.demo').students.get({ id: classIds[0]! });
    expect(full.homeLat).not.toBeNull();
  });

  it('in no team sees no student, on the list or on a team page', async () => {
    const email = outsideMentor(fx, 'eindhoven');
    const mentor = callerFor(fx, email);
    expect(await mentor.students.list({ search: '' })).toEqual([]);
    expect((await failure(mentor.students.get({ id: classIds[0]! }))).code).toBe('NOT_FOUND');
    const teamId = teamIdOf(fx, 'eindhoven');
    expect((await failure(mentor.mentorTeams.classOverview({ teamId }))).code).toBe('FORBIDDEN');
    expect((await failure(mentor.mentorTeams.week({ teamId, week: '2026-W47' }))).code).toBe('FORBIDDEN');
  });
});

describe('the beheerder and the projectleider', () => {
  it.each(['beheer@eindhoven.demo', 'projectleider@eindhoven.demo'])('%s lists every student', async (email) => {
    const list = await callerFor(fx, email).students.list({ search: '' });
    expect(list.map((s) => s.id).sort()).toEqual([...fx.region.eindhoven.studentIds].sort());
    expect((await callerFor(fx, email).students.get({ id: outsiderId })).id).toBe(outsiderId);
  });
});
