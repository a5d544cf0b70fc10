import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRound } from '../../../scripts/matching/generate-round';
import { explainRound, parseRound, solveRound } from '../../../server/features/placements/engine/index';
import type { Location, Round, RoundResult, Student } from '../../../server/features/placements/engine/types';
import { tinyRound } from './helpers';

const near = { lat: 51.44, lon: 5.47 };
const student = (id: string, preferences: string[], extra: Partial<Student> = {}): Student => ({
  id,
  programme: 'x',
  availableDays: [1, 2, 3],
  daysNeeded: 2,
  preferences,
  home: near,
  maxDistanceKm: 20,
  ...extra,
});
const place = (id: string, capacity: number, extra: Partial<Location> = {}): Location => ({
  id,
  openDays: [1, 2, 3, 4, 5],
  capacity,
  programmeCapacity: { x: capacity },
  coords: near,
  ...extra,
});

/** Every reason code, the would-place-fewer and costs-others-more cases and a lost tie-break. */
function constructed(objective: 'optimal' | 'stable'): Round {
  return {
    objective,
    locations: [
      place('A', 1, { priorities: [['s1'], ['s2']] }),
      place('B', 5, { openDays: [4, 5] }),
      place('C', 5, { programmeCapacity: { y: 5 } }),
      place('D', 5, { coords: { lat: 53.2, lon: 6.56 } }),
      place('E', 5, { supervisors: [{ id: 'w1', capacity: 5, programmes: ['y'] }] }),
      place('F', 10),
      place('G', 1),
    ],
    students: [
      student('s1', ['A', 'B', 'C', 'D', 'E', 'F']),
      student('s2', ['A', 'F']),
      student('s3', ['A']),
      student('s4', ['G', 'F']),
      student('s5', ['G', 'C', 'F']),
    ],
    fixed: [],
  };
}

/** The forced-there optimum by re-solving with the student fixed at the location. */
function forced(
  round: Round,
  result: RoundResult,
  studentId: string,
  location: string,
): { placedChange: number; rankCostIncrease: number } | 'infeasible' {
  const l = round.locations.find((x) => x.id === location)!;
  const fixedOne =
    (l.supervisors?.length ?? 0) > 0
      ? { student: studentId, location }
      : { student: studentId, location, supervisor: null };
  const parsed = parseRound(JSON.parse(JSON.stringify({ ...round, fixed: [...round.fixed, fixedOne] })));
  if (!parsed.ok) return 'infeasible';
  const again = solveRound(parsed.round);
  const rank = round.students.find((s) => s.id === studentId)!.preferences.indexOf(location) + 1;
  return {
    placedChange: again.stats.placed + 1 - result.stats.placed,
    rankCostIncrease: again.stats.rankCost + rank * rank - result.stats.rankCost,
  };
}

function checkAgainstResolve(round: Round, limit = Infinity): number {
  const result = solveRound(round);
  let checked = 0;
  for (const e of explainRound(round, result)) {
    for (const r of e.reasons) {
      if (r.code !== 'full' || checked >= limit) continue;
      checked++;
      const again = forced(round, result, e.student, r.location);
      if (again === 'infeasible') {
        expect(r.optimal!.effect).toBe('no-room');
      } else {
        expect({ student: e.student, location: r.location, ...again }).toEqual({
          student: e.student,
          location: r.location,
          placedChange: r.optimal!.placedChange,
          rankCostIncrease: r.optimal!.rankCostIncrease,
        });
        expect(r.optimal!.effect).toBe(again.placedChange < 0 ? 'would-place-fewer' : 'costs-others-more');
      }
    }
  }
  return checked;
}

describe('explanations', () => {
  it('give every reason code, and what it would take in optimal mode', () => {
    const round = constructed('optimal');
    const result = solveRound(round);
    const why = new Map(explainRound(round, result).map((e) => [e.student, e]));
    const s1 = why.get('s1')!;
    expect(s1).toMatchObject({ location: 'F', rank: 6 });
    expect(s1.reasons.map((r) => [r.location, r.code])).toEqual([
      ['A', 'full'],
      ['B', 'days'],
      ['C', 'not-offered'],
      ['D', 'distance'],
      ['E', 'no-supervisor'],
    ]);
    expect(s1.reasons[3]!.distanceKm).toBeGreaterThan(150);
    // s3 can only go to A: putting s1 there leaves s3 without a place (s1: 36 → 1, s3: 1 → unplaced)
    expect(s1.reasons[0]!.optimal).toEqual({
      effect: 'would-place-fewer',
      placedChange: -1,
      rankCostIncrease: -36,
      othersRankCostIncrease: -1,
    });
    // s5 sits at G (rank 1); s4 there would send s5 to F at rank 3: 1 + 9 instead of 1 + 4
    expect(why.get('s4')!.reasons[0]).toMatchObject({
      location: 'G',
      code: 'full',
      optimal: { effect: 'costs-others-more', placedChange: 0, rankCostIncrease: 5, othersRankCostIncrease: 8 },
    });
    expect(why.get('s3')).toMatchObject({ location: 'A', rank: 1, reasons: [] });
  });

  it('give the cut-off grade and the own grade in stable mode', () => {
    const round = constructed('stable');
    const result = solveRound(round);
    const why = new Map(explainRound(round, result).map((e) => [e.student, e]));
    expect(why.get('s1')).toMatchObject({ location: 'A', rank: 1, reasons: [] });
    expect(why.get('s2')!.reasons[0]).toEqual({
      location: 'A',
      rank: 1,
      code: 'full',
      stable: { cutoffGrade: 1, ownGrade: 2, lostTieBreak: false },
    });
    expect(why.get('s3')).toMatchObject({
      location: null,
      rank: null,
      reasons: [{ location: 'A', code: 'full', stable: { cutoffGrade: 1, ownGrade: 3, lostTieBreak: false } }],
    });
    // G has no priorities: s4 and s5 share grade 1 and the lottery decided
    const loser = why.get('s4')!.location === 'G' ? 's5' : 's4';
    expect(why.get(loser)!.reasons[0]).toMatchObject({
      location: 'G',
      code: 'full',
      stable: { cutoffGrade: 1, ownGrade: 1, lostTieBreak: true },
    });
  });

  it('agree with re-solving with the student forced there (tiny rounds)', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        checkAgainstResolve(tinyRound(seed));
      }),
      { numRuns: 150 },
    );
  });

  it('agree with re-solving on a generated round', () => {
    const round = generateRound({ students: 150, locations: 10, choices: 5, seed: 31, fixedRatio: 0.05 });
    expect(checkAgainstResolve(round, 60)).toBeGreaterThan(20);
  });
});
