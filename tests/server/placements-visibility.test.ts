/** Who sees what: a student their own entry and, after publication, their place and why; a locatie user their location. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import {
  auditRows,
  demoRoundId,
  PL,
  run,
  smallRound,
  type Caller,
  entryRevision,
  roundRevision,
} from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
let student: Caller;
let locatie: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
  student = callerFor(fx, 'student@eindhoven.demo');
  locatie = callerFor(fx, 'locatie@eindhoven.demo');
});

describe('a student', () => {
  it('sees their place in the published demo round, and why', async () => {
    const mine = await student.placements.mine();
    const published = mine.find((r) => r.phase === 'published')!;
    expect(published.placement).toMatchObject({ name: 'Sanne Jansen', explained: true });
    expect(published.placement!.placement?.rank ?? null).not.toBeNull();
    expect(published.placement!.reasons.every((r) => r.rank < published.placement!.placement!.rank!)).toBe(true);
    expect(auditRows(fx, 'placement.self.view').at(-1)).toMatchObject({
      subjectType: 'student',
      subjectId: String(fx.region.eindhoven.cohortStudentIds[0]),
    });
  });

  it('enters their own choices while the round is open, and sees no result before publication', () =>
    rolledBack(fx.db, async () => {
      const roundId = demoRoundId(fx, 'eindhoven', 'concept');
      const concept = (await student.placements.mine()).find((r) => r.id === roundId)!;
      expect(concept).toMatchObject({ entryOpen: true, entry: { preferences: [] }, placement: null });
      const [first, second] = concept.choices.filter((c) => c.offersProgramme);
      await student.placements.savePreferences({
        roundId,
        revision: entryRevision(fx, roundId),
        availableDays: [1, 2, 4, 5],
        preferences: [second!.id, first!.id],
      });
      const inputs = await pl.placements.inputs({ roundId });
      expect(inputs.students.find((s) => s.studentId === fx.region.eindhoven.cohortStudentIds[0])).toMatchObject({
        availableDays: [1, 2, 4, 5],
        preferences: [second!.id, first!.id],
      });
      // Too few days for the programme's three: refused at the field.
      expect(
        await failure(
          student.placements.savePreferences({
            roundId,
            revision: entryRevision(fx, roundId),
            availableDays: [1, 2],
            preferences: [],
          }),
        ),
      ).toMatchObject({ code: 'BAD_REQUEST', message: 'v.placements.notEnoughDays', field: 'availableDays' });

      await run(pl, roundId);
      // A trial run changes nothing for the student (issue 14): still open, still no result.
      expect((await student.placements.mine()).find((r) => r.id === roundId)).toMatchObject({
        phase: 'open',
        entryOpen: true,
        placement: null,
      });
      await pl.placements.publish({ roundId });
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
      const after = (await student.placements.mine()).find((r) => r.id === roundId)!;
      expect(after.placement).toMatchObject({
        explained: true,
        preferences: [{ roundLocationId: second!.id }, { roundLocationId: first!.id }],
      });
    }));

  it('cannot enter choices in a round they are not in, or of another partnership', async () => {
    const r = await smallRound(fx, pl);
    await pl.placements.updateRound({
      id: r.roundId,
      revision: roundRevision(fx, r.roundId),
      name: 'Kleine ronde',
      schoolYearId: fx.region.eindhoven.schoolYearId,
      periodId: null,
      objective: 'optimal',
      studentEntryOpen: true,
    });
    expect(
      await failure(
        student.placements.savePreferences({
          roundId: r.roundId,
          revision: 0,
          availableDays: [1, 2, 3],
          preferences: [],
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', message: 'e.placements.notParticipant' });
    expect(
      await failure(
        student.placements.savePreferences({
          roundId: demoRoundId(fx, 'rotterdam', 'concept'),
          revision: 0,
          availableDays: [1, 2, 3],
          preferences: [],
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a locatie user', () => {
  it('sees the published students of their own location only, from publication on', async () => {
    const own = await locatie.placements.myLocation();
    expect(own.locationName).toBe('Kindcentrum Wittering.nl');
    const published = await pl.placements.locationLists({ roundId: demoRoundId(fx, 'eindhoven', 'published') });
    const wittering = published.find((l) => l.name === 'Kindcentrum Wittering.nl')!;
    expect(own.students.map((s) => s.participantId).sort()).toEqual(
      wittering.students.map((s) => s.participantId).sort(),
    );

    await rolledBack(fx.db, async () => {
      const r = await smallRound(fx, pl);
      await run(pl, r.roundId);
      expect((await locatie.placements.myLocation()).students).toHaveLength(own.students.length);
      await pl.placements.publish({ roundId: r.roundId });
      const after = await locatie.placements.myLocation();
      expect(after.students).toHaveLength(own.students.length + 1);
      expect(after.students.filter((s) => s.roundName === 'Kleine ronde')).toEqual([
        expect.objectContaining({ programmeName: 'Pedagogisch Werk niveau 3' }),
      ]);
    });
  });
});

describe('the beheerder and other partnerships', () => {
  it('lets the beheerder read but not run; another partnership finds nothing', async () => {
    const beheer = callerFor(fx, 'beheer@eindhoven.demo');
    const roundId = demoRoundId(fx, 'eindhoven', 'published');
    expect((await beheer.placements.results({ roundId })).length).toBe(64);
    expect(await failure(beheer.placements.run({ roundId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(callerFor(fx, PL.rotterdam).placements.results({ roundId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('explanations in stable mode (Rotterdam)', () => {
  it("give the cut-off grade of a full location against the student's own", async () => {
    const rot = callerFor(fx, PL.rotterdam);
    const roundId = demoRoundId(fx, 'rotterdam', 'published');
    const results = await rot.placements.results({ roundId });
    let found = false;
    for (const r of results.filter((x) => x.rank === null || x.rank > 1)) {
      const why = await rot.placements.explanation({ participantId: r.participantId });
      if (why.withdrawn) continue;
      const full = why.explanation.reasons.find((x) => x.code === 'full');
      if (!full) continue;
      expect(full.stable).not.toBeNull();
      expect(full.optimal).toBeNull();
      expect(full.stable!.cutoffGrade).not.toBeNull();
      found = true;
      break;
    }
    expect(found).toBe(true);
  });
});
