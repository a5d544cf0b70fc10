/**
 * Issue 14: a withdrawal repair left the freed seat empty ("Niemand hoeft te verhuizen") while students
 * waited, and after applying said both "toegepast" and "gewijzigd sinds dit voorstel". Now the waiting
 * students who could take the seat are offered, and the proposal has one status.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { PL, run, settle, smallRound, type Caller } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

describe('a withdrawal that frees a seat nobody waiting had chosen', () => {
  it('offers the seat to the waiting students, then shows one true status', async () => {
    const r = await smallRound(fx, pl);
    const [, , waiting] = r.participantIds;
    // The third student gave no preferences: the run leaves them waiting.
    await pl.placements.updateStudent({
      id: waiting!,
      availableDays: [1, 2, 3, 4, 5],
      daysNeeded: 3,
      maxDistanceKm: null,
      preferences: [],
      priorities: [],
    });
    await run(pl, r.roundId);
    await pl.placements.publish({ roundId: r.roundId });
    const rows = await pl.placements.results({ roundId: r.roundId });
    expect(rows.find((x) => x.participantId === waiting)!.roundLocationId).toBeNull();
    const leaver = rows.find((x) => x.roundLocationId === r.wittering)!.participantId;

    await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({ roundId: r.roundId, change: { kind: 'withdraw', participantId: leaver } }),
    );
    const open = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    expect(open).toMatchObject({ state: 'open', moves: [] });
    expect(open.freedSeat).toMatchObject({
      roundLocationId: r.wittering,
      candidates: [{ participantId: waiting, rank: null }],
    });

    await pl.placements.applyRepair({ runId: open.run.id });
    const applied = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    // The round changed (by this very repair): the old screen said "gewijzigd sinds dit voorstel" too.
    expect(applied).toMatchObject({ state: 'toegepast', current: false });
    expect(applied.freedSeat?.candidates.map((c) => c.participantId)).toEqual([waiting]);

    await pl.placements.override({
      participantId: waiting!,
      roundLocationId: applied.freedSeat!.roundLocationId,
      reason: 'Vrijgekomen plek na een terugtrekking (herplaatsing).',
    });
    const filled = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    expect(filled).toMatchObject({ state: 'toegepast', freedSeat: null });
    expect(
      (await pl.placements.results({ roundId: r.roundId })).find((x) => x.participantId === waiting),
    ).toMatchObject({ roundLocationId: r.wittering, source: 'handmatig' });
  });

  it('shows a discarded proposal as discarded, with no seat to offer', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    await pl.placements.publish({ roundId: r.roundId });
    const [first] = (await pl.placements.results({ roundId: r.roundId })).filter((x) => x.roundLocationId);
    const change = { kind: 'withdraw' as const, participantId: first!.participantId };
    await settle(pl, r.roundId, pl.placements.proposeRepair({ roundId: r.roundId, change }));
    const open = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    await pl.placements.discardRepair({ runId: open.run.id });
    expect(await pl.placements.repairProposal({ roundId: r.roundId })).toMatchObject({
      state: 'verworpen',
      current: true,
      freedSeat: null,
    });
  });
});
