/** Issue 14: before running and before publishing, the round names what will go wrong. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import {
  auditRows,
  PL,
  run,
  smallRound,
  type Caller,
  participantRevision,
  locationRevision,
} from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

describe('the checks of a round', () => {
  it('name students without preferences, choices that are not offered, and unsupervised programmes', async () => {
    const r = await smallRound(fx, pl);
    const ids = fx.region.eindhoven;
    const [a, b] = r.participantIds;
    expect(await pl.placements.checks({ roundId: r.roundId })).toMatchObject({
      students: 3,
      withoutPreferences: { count: 0 },
      notOffered: { count: 0 },
      unsupervised: [],
      unplaced: null,
    });
    await pl.placements.updateStudent({
      id: a!,
      revision: participantRevision(fx, a!),
      availableDays: [1, 2, 3, 4, 5],
      daysNeeded: 3,
      maxDistanceKm: null,
      preferences: [],
      priorities: [],
    });
    // De Regenboog now offers PW4 only: b's second choice is not offered to a PW3 student.
    await pl.placements.updateLocation({
      id: r.regenboog,
      revision: locationRevision(fx, r.regenboog),
      capacity: 2,
      openDays: [1, 2, 3, 4],
      programmeCapacity: [{ programmeId: ids.programmeIdByCode['pw4']!, capacity: 2 }],
    });
    // Wittering.nl gets a werkbegeleider, but for PW4 only: nobody of PW3 can be placed there.
    await pl.placements.addSupervisor({
      roundLocationId: r.wittering,
      name: 'Ans de Wit',
      capacity: 2,
      programmeIds: [ids.programmeIdByCode['pw4']!],
    });
    const checks = await pl.placements.checks({ roundId: r.roundId });
    const nameOf = (pid: number) => checks.notOffered.first.find((x) => x.participantId === pid)?.studentName;
    expect(checks.withoutPreferences.count).toBe(1);
    expect(checks.withoutPreferences.names).toHaveLength(1);
    expect(checks.notOffered.count).toBe(2);
    expect(checks.notOffered.first).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          participantId: b,
          locationName: 'Kindcentrum De Regenboog',
          programmeName: 'Pedagogisch Werk niveau 3',
        }),
      ]),
    );
    expect(nameOf(b!)).toBeTruthy();
    expect(checks.unsupervised).toEqual([
      { locationName: 'Kindcentrum Wittering.nl', programmeName: 'Pedagogisch Werk niveau 3' },
    ]);
    expect(auditRows(fx, 'placement_round.checks.view').at(-1)).toMatchObject({ subjectId: String(r.roundId) });
  });

  it('say before publication how many students stay unplaced', async () => {
    const r = await smallRound(fx, pl);
    await pl.placements.updateLocation({
      id: r.regenboog,
      revision: locationRevision(fx, r.regenboog),
      capacity: 1,
      openDays: [1, 2, 3, 4],
      programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 1 }],
    });
    await run(pl, r.roundId);
    const checks = await pl.placements.checks({ roundId: r.roundId });
    expect(checks.unplaced).toMatchObject({ count: 1, names: [expect.any(String)] });
    const rows = await pl.placements.results({ roundId: r.roundId });
    expect(rows.filter((x) => x.roundLocationId === null).map((x) => x.name)).toEqual(checks.unplaced!.names);
  });

  it('belong to the round’s partnership only', async () => {
    const r = await smallRound(fx, pl);
    expect(await failure(callerFor(fx, PL.rotterdam).placements.checks({ roundId: r.roundId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
