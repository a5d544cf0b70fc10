/**
 * Issue 14, what a student sees of a round: an override's reason stays internal; draft and test rounds
 * stay out of sight; a trial run does not close the preference window; the submitted choices stay
 * visible; choosing comes with address, distance and programmes; an unplaced student knows whom to ask.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import {
  demoRoundId,
  PL,
  run,
  smallRound,
  type Caller,
  entryRevision,
  participantRevision,
  locationRevision,
  roundRevision,
} from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
let student: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
  student = callerFor(fx, 'student@eindhoven.demo');
});

const SECRET = 'Zorgtaak thuis, vertrouwelijk besproken met de mentor';
const sanne = () => fx.region.eindhoven.cohortStudentIds[0]!;
const openForStudents = (roundId: number, studentEntryOpen: boolean) =>
  pl.placements.updateRound({
    id: roundId,
    revision: roundRevision(fx, roundId),
    name: 'Kleine ronde',
    schoolYearId: fx.region.eindhoven.schoolYearId,
    periodId: null,
    objective: 'optimal',
    studentEntryOpen,
  });

describe("an override's reason", () => {
  it('is shown to the projectleider, never to the student, who gets a neutral sentence', () =>
    rolledBack(fx.db, async () => {
      const r = await smallRound(fx, pl, 'optimal', { withDemoStudent: true });
      await run(pl, r.roundId);
      const mine = r.participantIds[r.studentIds.indexOf(sanne())]!;
      const placedAt = (await pl.placements.results({ roundId: r.roundId })).find((x) => x.participantId === mine)!;
      const target = placedAt.roundLocationId === r.wittering ? r.regenboog : r.wittering;
      if (target === r.wittering)
        await pl.placements.updateLocation({
          id: r.wittering,
          revision: locationRevision(fx, r.wittering),
          capacity: 2,
          openDays: [1, 2, 3, 4, 5],
          programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 2 }],
        });
      await pl.placements.override({ participantId: mine, roundLocationId: target, reason: SECRET });
      const why = await pl.placements.explanation({ participantId: mine });
      expect(why.withdrawn ? null : why.explanation.placement).toMatchObject({ source: 'handmatig', note: SECRET });

      await run(pl, r.roundId);
      await pl.placements.publish({ roundId: r.roundId });
      const own = (await student.placements.mine()).find((x) => x.id === r.roundId)!;
      expect(own.placement!.placement).toMatchObject({ roundLocationId: target, source: 'handmatig', note: null });
      expect(JSON.stringify(own)).not.toContain('vertrouwelijk');
    }));
});

describe('draft and test rounds', () => {
  it('are invisible to a student until published, unless open for their choices or chosen in', () =>
    rolledBack(fx.db, async () => {
      // The projectleider's own draft, with choices the projectleider imported: the student sees nothing.
      const r = await smallRound(fx, pl, 'optimal', { withDemoStudent: true });
      await pl.placements.updateStudent({
        id: r.participantIds[0]!,
        revision: participantRevision(fx, r.participantIds[0]!),
        availableDays: [1, 2, 3, 4, 5],
        daysNeeded: 3,
        maxDistanceKm: null,
        preferences: [],
        priorities: [],
      });
      const ids = () => student.placements.mine().then((rounds) => rounds.map((x) => x.id));
      expect(await ids()).not.toContain(r.roundId);
      await run(pl, r.roundId);
      expect(await ids()).not.toContain(r.roundId);
      await pl.placements.publish({ roundId: r.roundId });
      expect((await student.placements.mine()).find((x) => x.id === r.roundId)).toMatchObject({
        phase: 'published',
        placement: { placement: null },
      });
    }));
});

describe('a trial run', () => {
  it('leaves the preference window open: the student keeps choosing, and sees what they submitted', () =>
    rolledBack(fx.db, async () => {
      const roundId = demoRoundId(fx, 'eindhoven', 'concept');
      const before = (await student.placements.mine()).find((x) => x.id === roundId)!;
      expect(before).toMatchObject({ phase: 'open', entryOpen: true });
      const [first, second] = before.choices.filter((c) => c.offersProgramme);
      await student.placements.savePreferences({
        roundId,
        revision: entryRevision(fx, roundId),
        availableDays: [1, 2, 3, 4],
        preferences: [first!.id],
      });

      await run(pl, roundId);
      const overview = await pl.placements.round({ roundId });
      expect(overview).toMatchObject({ status: 'gedraaid', studentEntryOpen: true, resultCurrent: true });
      const after = (await student.placements.mine()).find((x) => x.id === roundId)!;
      expect(after).toMatchObject({ phase: 'open', entryOpen: true, placement: null });
      expect(after.entry).toMatchObject({ availableDays: [1, 2, 3, 4], preferences: [first!.id] });

      // Still open after the run; a new choice makes the run out of date (the overview says so).
      await student.placements.savePreferences({
        roundId,
        revision: entryRevision(fx, roundId),
        availableDays: [1, 2, 3, 4],
        preferences: [second!.id, first!.id],
      });
      expect(await pl.placements.round({ roundId })).toMatchObject({ resultCurrent: false });

      // Closed by the projectleider: no more changes, but the submitted choices stay visible.
      await pl.placements.updateRound({ ...(await roundSettings(roundId)), studentEntryOpen: false });
      const closed = (await student.placements.mine()).find((x) => x.id === roundId)!;
      expect(closed).toMatchObject({
        phase: 'closed',
        entryOpen: false,
        entry: { preferences: [second!.id, first!.id] },
      });
      expect(
        await failure(
          student.placements.savePreferences({
            roundId,
            revision: entryRevision(fx, roundId),
            availableDays: [1, 2, 3],
            preferences: [],
          }),
        ),
      ).toMatchObject({ code: 'CONFLICT', message: 'e.placements.entryClosed' });
    }));
});

async function roundSettings(roundId: number) {
  const r = await pl.placements.round({ roundId });
  return {
    id: r.id,
    revision: r.revision,
    name: r.name,
    schoolYearId: r.schoolYearId,
    periodId: r.periodId,
    objective: r.objective,
  };
}

describe('choosing with information', () => {
  it('gives address, distance from home and programmes, and refuses a location without the programme', () =>
    rolledBack(fx.db, async () => {
      const r = await smallRound(fx, pl, 'optimal', { withDemoStudent: true });
      await openForStudents(r.roundId, true);
      const pw4 = fx.region.eindhoven.programmeIdByCode['pw4']!;
      await pl.placements.updateLocation({
        id: r.regenboog,
        revision: locationRevision(fx, r.regenboog),
        capacity: 2,
        openDays: [1, 2, 3, 4],
        programmeCapacity: [{ programmeId: pw4, capacity: 2 }],
      });
      const own = (await student.placements.mine()).find((x) => x.id === r.roundId)!;
      const wittering = own.choices.find((c) => c.id === r.wittering)!;
      expect(wittering).toMatchObject({ offersProgramme: true, programmes: ['Pedagogisch Werk niveau 3'] });
      expect(wittering.address).toMatch(/\d{4} ?[A-Z]{2} /);
      expect(wittering.distanceKm).toBeGreaterThan(0);
      expect(Number.isInteger(wittering.distanceKm! * 10)).toBe(true);
      expect(own.choices.find((c) => c.id === r.regenboog)).toMatchObject({ offersProgramme: false });
      expect(
        await failure(
          student.placements.savePreferences({
            roundId: r.roundId,
            revision: entryRevision(fx, r.roundId),
            availableDays: [1, 2, 3, 4, 5],
            preferences: [r.wittering, r.regenboog],
          }),
        ),
      ).toMatchObject({ code: 'BAD_REQUEST', message: 'v.placements.notOfferedChoice', field: 'preferences.1' });
    }));

  it('tells an unplaced student whom to contact', () =>
    rolledBack(fx.db, async () => {
      const r = await smallRound(fx, pl, 'optimal', { withDemoStudent: true });
      const mine = r.participantIds[r.studentIds.indexOf(sanne())]!;
      await pl.placements.updateStudent({
        id: mine,
        revision: participantRevision(fx, mine),
        availableDays: [5],
        daysNeeded: 1,
        maxDistanceKm: null,
        preferences: [r.regenboog],
        priorities: [],
      });
      await run(pl, r.roundId);
      await pl.placements.publish({ roundId: r.roundId });
      const own = (await student.placements.mine()).find((x) => x.id === r.roundId)!;
      expect(own.placement!.placement).toBeNull();
      expect(own.contact?.email).toBe(PL.eindhoven);
      expect(own.contact?.name).toMatch(/\S/);
    }));
});
