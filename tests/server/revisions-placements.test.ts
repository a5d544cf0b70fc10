/**
 * A placement round and its inputs carry a revision (decisions 071, 079): the round's settings, a location
 * in the round, a werkbegeleider, a student in the round — edited by the projectleider and, for their own
 * entry, by the student. A stale save is refused over HTTP with 409/CONFLICT naming who saved in between
 * and when, and changes nothing; a fresh one passes. An import claims the rows it changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { placementParticipants, placementRoundLocations, placementRounds, placementSupervisors } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { demoRoundId, PL } from '../helpers/placements';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard, post, revisionIn, sessionOf } from '../helpers/revisions';

const LEIDER = PL.eindhoven;
let s: TestServer;
let roundId: number;
beforeAll(async () => {
  s = await testServer();
  roundId = demoRoundId(s, 'eindhoven', 'concept');
}, 60_000);
const pl = () => callerFor(s, LEIDER).placements;
const sanne = () => s.region.eindhoven.cohortStudentIds[0]!;

describe('a placement round and its inputs', () => {
  it("the round's settings", async () => {
    const r = await pl().round({ roundId });
    const settings = { schoolYearId: r.schoolYearId, periodId: r.periodId, objective: r.objective };
    await expectRevisionGuard(s, {
      path: 'placements.updateRound',
      first: LEIDER,
      second: LEIDER,
      table: placementRounds,
      id: roundId,
      input: (revision) => ({ ...settings, id: roundId, revision, name: `Ronde ${revision}`, studentEntryOpen: true }),
      noun: 'Deze plaatsingsronde',
    });
  });

  it('a location in the round', async () => {
    const location = (await pl().inputs({ roundId })).locations[0]!;
    await expectRevisionGuard(s, {
      path: 'placements.updateLocation',
      first: LEIDER,
      second: LEIDER,
      table: placementRoundLocations,
      id: location.id,
      input: (revision) => ({
        id: location.id,
        revision,
        capacity: 10 + revision,
        openDays: location.openDays,
        programmeCapacity: location.programmeCapacity.map(({ programmeId, capacity }) => ({ programmeId, capacity })),
      }),
      noun: 'Deze locatie in de ronde',
    });
    expect(revisionIn(s.db, placementRoundLocations, location.id)).toBe(location.revision + 2);
  });

  it('a werkbegeleider', async () => {
    const location = (await pl().inputs({ roundId })).locations.find((l) => l.supervisors.length > 0)!;
    const supervisor = location.supervisors[0]!;
    await expectRevisionGuard(s, {
      path: 'placements.updateSupervisor',
      first: LEIDER,
      second: LEIDER,
      table: placementSupervisors,
      id: supervisor.id,
      input: (revision) => ({ ...supervisor, revision, capacity: 1 + revision }),
      noun: 'Deze werkbegeleider',
    });
  });

  it('a student in the round', async () => {
    const student = (await pl().inputs({ roundId })).students[1]!;
    const { name: _n, studentNumber: _s, programmeId: _p, programmeName: _pn, studentId: _id, ...fields } = student;
    await expectRevisionGuard(s, {
      path: 'placements.updateStudent',
      first: LEIDER,
      second: LEIDER,
      table: placementParticipants,
      id: student.id,
      input: (revision) => ({ ...fields, revision, maxDistanceKm: 10 + revision }),
      noun: 'Deze student in de ronde',
    });
  });
});

describe('the same row, two people', () => {
  it("the student's own choices after the projectleider changed their entry: refused, naming them", async () => {
    const own = (await callerFor(s, 'student@eindhoven.demo').placements.mine()).find((r) => r.id === roundId)!;
    const mine = (await pl().inputs({ roundId })).students.find((x) => x.studentId === sanne())!;
    expect(own.entry!.revision).toBe(mine.revision);
    const [leider, student] = [await sessionOf(s.app, LEIDER), await sessionOf(s.app, 'student@eindhoven.demo')];
    const { name: _n, studentNumber: _s, programmeId: _p, programmeName: _pn, studentId: _id, ...fields } = mine;
    const daysNeeded = { ...fields, daysNeeded: 2 };
    expect((await post(s.app, leider, 'placements.updateStudent', daysNeeded)).statusCode).toBe(200);

    const choice = { roundId, revision: own.entry!.revision, availableDays: [1, 2], preferences: [] };
    const stale = await post(s.app, student, 'placements.savePreferences', choice);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Deze student in de ronde is intussen gewijzigd door');
    const row = s.db.select().from(placementParticipants).where(eq(placementParticipants.id, mine.id)).get()!;
    expect(row.availableDays).toEqual(mine.availableDays);
    const fresh = await post(s.app, student, 'placements.savePreferences', { ...choice, revision: row.revision });
    expect(fresh.statusCode, fresh.body).toBe(200);
  });

  it('an import changes a location: a form read before it is refused', async () => {
    const location = (await pl().inputs({ roundId })).locations[0]!;
    const content = `locatie;capaciteit;pw3\r\n${location.name};${location.capacity + 3};3\r\n`;
    const imported = await pl().importFile({ roundId, format: 'csv', sheet: 'locaties', content });
    expect(imported).toMatchObject({ ok: true });
    const leider = await sessionOf(s.app, LEIDER);
    const stale = await post(s.app, leider, 'placements.updateLocation', {
      id: location.id,
      revision: location.revision,
      capacity: 1,
      openDays: location.openDays,
      programmeCapacity: [],
    });
    expect(stale.statusCode).toBe(409);
    expect(
      s.db.select().from(placementRoundLocations).where(eq(placementRoundLocations.id, location.id)).get(),
    ).toMatchObject({
      capacity: location.capacity + 3,
    });
  });
});
