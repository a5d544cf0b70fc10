/** Issue 14: "Copy locations and capacities from last round". */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { auditRows, PL, smallRound, type Caller } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

describe('copying locations from the last round', () => {
  it('copies capacity, days, places per programme and werkbegeleiders, and keeps what the round has', async () => {
    const last = await smallRound(fx, pl);
    const ids = fx.region.eindhoven;
    await pl.placements.addSupervisor({
      roundLocationId: last.wittering,
      name: 'Ans de Wit',
      capacity: 2,
      programmeIds: [ids.programmeIdByCode['pw3']!],
    });
    const { id: roundId } = await pl.placements.createRound({
      name: 'Volgende ronde',
      schoolYearId: ids.schoolYearId,
      periodId: null,
    });
    // The new round already holds De Regenboog, with its own capacity: that one is kept.
    await pl.placements.addLocation({
      roundId,
      locationId: ids.locationIdByName['Kindcentrum De Regenboog']!,
      capacity: 7,
      openDays: [1],
      programmeCapacity: [],
    });
    const before = (await pl.placements.round({ roundId })).inputsRevision;
    expect(await pl.placements.copyLocations({ roundId })).toMatchObject({
      fromRoundName: 'Kleine ronde',
      copied: 1,
      skipped: 1,
    });
    const inputs = await pl.placements.inputs({ roundId });
    const byName = new Map(inputs.locations.map((l) => [l.name, l]));
    expect(byName.get('Kindcentrum Wittering.nl')).toMatchObject({
      capacity: 1,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [expect.objectContaining({ programmeId: ids.programmeIdByCode['pw3']!, capacity: 1 })],
    });
    expect(byName.get('Kindcentrum De Regenboog')).toMatchObject({ capacity: 7 });
    expect(byName.get('Kindcentrum Wittering.nl')!.supervisors).toEqual([
      expect.objectContaining({ name: 'Ans de Wit', capacity: 2 }),
    ]);
    expect((await pl.placements.round({ roundId })).inputsRevision).toBe(before + 1);
    expect(auditRows(fx, 'placement_round.locations.copy').at(-1)).toMatchObject({ subjectId: String(roundId) });
  });

  it("is another partnership's round: not found", async () => {
    const r = await smallRound(fx, pl);
    expect(await failure(callerFor(fx, PL.rotterdam).placements.copyLocations({ roundId: r.roundId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
