import { describe, expect, it } from 'vitest';
import { generateRound } from '../../../scripts/matching/generate-round';
import { compareObjectives, solveRound } from '../../../server/features/placements/engine/index';

describe('compareObjectives', () => {
  it('summarises both objectives on the same round: the price of stability', () => {
    const round = generateRound({ students: 300, locations: 20, choices: 6, seed: 41 });
    const { optimal, stable } = compareObjectives(round);
    for (const s of [optimal, stable]) {
      expect(s.histogram.reduce((a, b) => a + b, 0)).toBe(s.placed);
      expect(s.rankCost).toBe(s.histogram.reduce((a, n, r) => a + n * (r + 1) ** 2, 0));
      expect(s.meanRank).toBeCloseTo(s.histogram.reduce((a, n, r) => a + n * (r + 1), 0) / s.placed, 10);
      expect(s.worstRank).toBe(s.histogram.findLastIndex((n) => n > 0) + 1);
      expect(s.placed + s.unplaced).toBe(round.students.length - round.fixed.length);
    }
    // optimal places at least as many, and at no higher rank cost when it places as many
    expect(optimal.placed).toBeGreaterThanOrEqual(stable.placed);
    if (optimal.placed === stable.placed) expect(optimal.rankCost).toBeLessThanOrEqual(stable.rankCost);
    expect(optimal).toMatchObject({
      placed: solveRound(round).stats.placed,
      rankCost: solveRound(round).stats.rankCost,
    });
    expect(stable).toMatchObject({ placed: solveRound({ ...round, objective: 'stable' }).stats.placed });
  });
});
