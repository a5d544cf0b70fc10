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
