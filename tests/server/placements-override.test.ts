/** Issue 14: overrides that help — the blocking limit is named, and a projectleider may place over capacity. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { auditRows, PL, run, smallRound, type Caller, locationRevision } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

const explanation = async (participantId: number) => {
  const why = await pl.placements.explanation({ participantId });
  if (why.withdrawn) throw new Error('withdrawn');
  return why;
};

describe('the override', () => {
  it('marks full locations with the limit that blocks: total, programme, werkbegeleider', async () => {
    const r = await smallRound(fx, pl);
    const ids = fx.region.eindhoven;
    await run(pl, r.roundId);
    const rows = await pl.placements.results({ roundId: r.roundId });
    const atRegenboog = rows.find((x) => x.roundLocationId === r.regenboog)!.participantId;
    const wittering = (await explanation(atRegenboog)).locations.find((l) => l.id === r.wittering)!;
    expect(wittering).toMatchObject({ block: 'total', total: { used: 1, capacity: 1 } });

    // Room in total, but the PW3 places are taken.
    await pl.placements.updateLocation({
      id: r.wittering,
      revision: locationRevision(fx, r.wittering),
      capacity: 3,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [{ programmeId: ids.programmeIdByCode['pw3']!, capacity: 1 }],
    });
    await run(pl, r.roundId);
    const mover = (await pl.placements.results({ roundId: r.roundId })).find((x) => x.roundLocationId === r.regenboog)!;
    expect((await explanation(mover.participantId)).locations.find((l) => l.id === r.wittering)).toMatchObject({
      block: 'programme',
      programme: { used: 1, capacity: 1 },
    });

    // Room for PW3, but the one werkbegeleider is full: named, with the load.
    await pl.placements.updateLocation({
      id: r.wittering,
      revision: locationRevision(fx, r.wittering),
      capacity: 3,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [{ programmeId: ids.programmeIdByCode['pw3']!, capacity: 3 }],
    });
    await pl.placements.addSupervisor({
      roundLocationId: r.wittering,
      name: 'Ans de Wit',
      capacity: 0,
      programmeIds: [ids.programmeIdByCode['pw3']!],
    });
    const blocked = (await explanation(mover.participantId)).locations.find((l) => l.id === r.wittering)!;
    expect(blocked.block).toBe('supervisor');
    expect(blocked.supervisors).toEqual([expect.objectContaining({ name: 'Ans de Wit', used: 0, capacity: 0 })]);
  });

  it('places over capacity only when asked, with the reason, raising the full limit by one', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const rows = await pl.placements.results({ roundId: r.roundId });
    const mover = rows.find((x) => x.roundLocationId === r.regenboog)!.participantId;
    const input = { participantId: mover, roundLocationId: r.wittering, reason: 'Afspraak met de opleiding' };
    expect(await failure(pl.placements.override(input))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.overCapacity',
      field: 'roundLocationId',
    });
    expect(await pl.placements.round({ roundId: r.roundId })).toMatchObject({ resultCurrent: true });
    await pl.placements.override({ ...input, overCapacity: true });
    const after = await pl.placements.results({ roundId: r.roundId });
    expect(after.filter((x) => x.roundLocationId === r.wittering)).toHaveLength(2);
    const inputs = await pl.placements.inputs({ roundId: r.roundId });
    expect(inputs.locations.find((l) => l.id === r.wittering)).toMatchObject({
      capacity: 2,
      programmeCapacity: [expect.objectContaining({ capacity: 2 })],
    });
    // The placement fits the raised limits: the result stays current, and a re-run keeps it.
    expect(await pl.placements.round({ roundId: r.roundId })).toMatchObject({ resultCurrent: true });
    await run(pl, r.roundId);
    expect((await pl.placements.results({ roundId: r.roundId })).find((x) => x.participantId === mover)).toMatchObject({
      roundLocationId: r.wittering,
      locked: true,
    });
    expect(auditRows(fx, 'placement.override').at(-1)!.detail).toMatchObject({
      to: r.wittering,
      overCapacity: { total: true, programme: true, supervisor: false },
    });
  });
});
