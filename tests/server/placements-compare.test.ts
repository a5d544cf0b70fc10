/** Issue 14: the comparison counts placed students the way the result page does (locked ones included). */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { PL, run, settle, smallRound, type Caller } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

describe('the comparison of the objectives', () => {
  it('gives the same number placed as the round and its result page, locked placements included', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const rows = await pl.placements.results({ roundId: r.roundId });
    await pl.placements.setLocked({
      participantId: rows.find((x) => x.roundLocationId !== null)!.participantId,
      locked: true,
    });
    await run(pl, r.roundId);
    await settle(pl, r.roundId, pl.placements.compare({ roundId: r.roundId }));
    const round = await pl.placements.round({ roundId: r.roundId });
    const placedOnResultPage = (await pl.placements.results({ roundId: r.roundId })).filter(
      (x) => x.roundLocationId !== null,
    ).length;
    const { result, current } = await pl.placements.comparison({ roundId: r.roundId });
    expect(current).toBe(true);
    expect(result!.fixed).toBe(1);
    expect(result!.optimal.placed).toBe(round.placed);
    expect(result!.optimal.placed).toBe(placedOnResultPage);
    expect(result!.optimal.placed + result!.optimal.unplaced).toBe(round.students);
    expect(result!.stableFewerPlaced).toBe(result!.optimal.placed - result!.stable.placed);
    expect(result!.stableMoreRankCost).toBe(result!.stable.rankCost - result!.optimal.rankCost);
  });
});
