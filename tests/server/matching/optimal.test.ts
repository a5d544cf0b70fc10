import fc from 'fast-check';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { generateRound } from '../../../scripts/matching/generate-round';
import { solveWithHighs } from '../../../scripts/matching/highs-model';
import { verifyResult } from '../../../scripts/matching/verify-result';
import { parseRound, solveRound } from '../../../server/features/placements/engine/index';
import { buildRoundNetwork } from '../../../server/features/placements/engine/build-network';
import { decodePlacements, toResult } from '../../../server/features/placements/engine/decode';
import { solveMinCostMaxFlow } from '../../../server/features/placements/engine/min-cost-flow';
import { bruteForceOptimum, tinyRound } from './helpers';

describe('optimal objective', () => {
  it('equals the brute-force optimum on tiny rounds (fixed, supervisors, days, distances)', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const round = tinyRound(seed);
        const parsed = parseRound(JSON.parse(JSON.stringify(round)));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const result = solveRound(parsed.round);
        expect(verifyResult(parsed.round, result)).toEqual([]);
        expect({ placed: result.stats.placed, rankCost: result.stats.rankCost }).toEqual(
          bruteForceOptimum(parsed.round),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('equals the HiGHS optimum on mid-size generated rounds', async () => {
    const highs = await loadHighs();
    for (const [students, locations, seed] of [
      [200, 12, 11],
      [300, 20, 12],
      [400, 25, 13],
      [500, 30, 14],
      [500, 20, 15],
    ] as const) {
      const round = generateRound({ students, locations, choices: 8, seed, fixedRatio: 0.03 });
      const result = solveRound(round);
      expect(verifyResult(round, result)).toEqual([]);
      const reference = solveWithHighs(highs, round, 'simplex');
      expect({ seed, placed: result.stats.placed, rankCost: result.stats.rankCost }).toEqual({
        seed,
        placed: reference.placed,
        rankCost: reference.rankCost,
      });
    }
  });

  it('keeps fixed placements where they are and counts them in neither objective', () => {
    const round = generateRound({ students: 300, locations: 15, choices: 6, seed: 5, fixedRatio: 0.1 });
    expect(round.fixed.length).toBeGreaterThan(10);
    const result = solveRound(round);
    const at = new Map(result.assignments.map((a) => [a.student, a]));
    for (const f of round.fixed) {
      expect(at.get(f.student)?.location).toBe(f.location);
      if (f.supervisor !== undefined) expect(at.get(f.student)?.supervisor).toBe(f.supervisor);
    }
    const unfixed = generateRound({ students: 300, locations: 15, choices: 6, seed: 5, fixedRatio: 0.1 });
    const withoutFixed = solveRound({
      ...unfixed,
      students: unfixed.students.filter((s) => !round.fixed.some((f) => f.student === s.id)),
      fixed: [],
    });
    // counted in neither objective: placed never includes fixed students
    expect(result.stats.placed).toBeLessThanOrEqual(round.students.length - round.fixed.length);
    expect(withoutFixed.stats.placed).toBeGreaterThanOrEqual(result.stats.placed);
  });

  it('moves a free student to a dearer choice when a fixed one needs its werkbegeleider', () => {
    // The greedy start gives fixed f1 werkbegeleider w2 (listed first) and free student a w1; fixed f2
    // (pedagogiek) can then only have w2, so f1 must move to w1 and a to its fourth choice. The solver
    // places the fixed students first at costs 0, then takes a off that costly place before its first
    // cost phase (wasm/index.ts, takeBackCostly): this round is what reaches that path.
    const days = [1, 2, 3, 4, 5];
    const student = (id: string, programme: string, preferences: string[]) => ({
      id,
      programme,
      availableDays: days,
      daysNeeded: 2,
      preferences,
    });
    const round = parseRound({
      objective: 'optimal',
      students: [
        student('f1', 'pabo', ['l1']),
        student('f2', 'pedagogiek', ['l1']),
        student('a', 'pabo', ['l1', 'l2', 'l3', 'l4']),
      ],
      locations: [
        {
          id: 'l1',
          openDays: days,
          capacity: 3,
          programmeCapacity: { pabo: 2, pedagogiek: 1 },
          supervisors: [
            { id: 'w2', capacity: 1, programmes: ['pabo', 'pedagogiek'] },
            { id: 'w1', capacity: 1, programmes: ['pabo'] },
          ],
        },
        { id: 'l2', openDays: days, capacity: 1, programmeCapacity: { pedagogiek: 1 } },
        { id: 'l3', openDays: days, capacity: 1, programmeCapacity: { pedagogiek: 1 } },
        { id: 'l4', openDays: days, capacity: 1, programmeCapacity: { pabo: 1 } },
      ],
      fixed: [
        { student: 'f1', location: 'l1' },
        { student: 'f2', location: 'l1' },
      ],
    });
    if (!round.ok) throw new Error(JSON.stringify(round.errors));
    const result = solveRound(round.round);
    expect(verifyResult(round.round, result)).toEqual([]);
    const at = new Map(result.assignments.map((a) => [a.student, a]));
    expect([at.get('f1')?.supervisor, at.get('f2')?.supervisor, at.get('a')?.location]).toEqual(['w1', 'w2', 'l4']);
    expect({ placed: result.stats.placed, rankCost: result.stats.rankCost }).toEqual({ placed: 1, rankCost: 16 });
    expect(bruteForceOptimum(round.round)).toEqual({ placed: 1, rankCost: 16 });
  });

  it('gives the same optimum with scaled costs and a tiny bucket window (overflow path of the search)', () => {
    const round = generateRound({ students: 300, locations: 15, choices: 8, seed: 17 });
    const plain = solveRound(round);
    const rn = buildRoundNetwork(round, { arcCost: (_s, rank) => rank * rank * 37 });
    solveMinCostMaxFlow(rn.net, { buckets: 2 });
    const scaled = toResult(round, decodePlacements(round, rn), 0);
    expect(verifyResult(round, scaled)).toEqual([]);
    expect({ placed: scaled.stats.placed, rankCost: scaled.stats.rankCost }).toEqual({
      placed: plain.stats.placed,
      rankCost: plain.stats.rankCost,
    });
  });
});
