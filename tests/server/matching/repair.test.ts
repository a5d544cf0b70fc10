import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyResult } from '../../../scripts/matching/verify-result';
import { generateRound } from '../../../scripts/matching/generate-round';
import { repairRound, solveRound } from '../../../server/features/placements/engine/index';
import { repairBySolving } from '../../../server/features/placements/engine/repair';
import { repairWithdrawal } from '../../../server/features/placements/engine/repair-withdraw';
import type { Assignment, Round, RoundChange } from '../../../server/features/placements/engine/types';
import { allowed, bruteForceOptimum, feasible, tinyRound } from './helpers';

/** Brute force of a capacity repair: fewest leaving the location, then most placed, then least rank cost. */
function bruteForceRepair(
  round: Round,
  published: Assignment[],
  location: string,
): { moved: number; placed: number; rankCost: number } {
  const originallyFixed = new Set(round.fixed.map((f) => f.student));
  const kept = published.filter((a) => a.location !== location || originallyFixed.has(a.student));
  const work: Round = {
    ...round,
    fixed: kept.map((a) => ({ student: a.student, location: a.location, supervisor: a.supervisor })),
  };
  const candidates = round.students.filter((s) => !kept.some((a) => a.student === s.id));
  const at = new Map(kept.map((a) => [a.student, a.location]));
  const was = new Map(published.map((a) => [a.student, a.location]));
  const locs = new Map(round.locations.map((l) => [l.id, l]));
  let best = { moved: Infinity, placed: -1, rankCost: 0 };
  const cost = (id: string, loc: string): number => {
    const r = round.students.find((s) => s.id === id)!.preferences.indexOf(loc) + 1;
    return r * r;
  };
  const walk = (k: number): void => {
    if (k === candidates.length) {
      if (!feasible(work, at)) return;
      let moved = 0;
      let placed = 0;
      let rankCost = 0;
      for (const s of round.students) {
        if (was.get(s.id) === location && at.get(s.id) !== location) moved++;
        if (originallyFixed.has(s.id) || !at.has(s.id)) continue;
        placed++;
        rankCost += cost(s.id, at.get(s.id)!);
      }
      const better =
        moved < best.moved ||
        (moved === best.moved && (placed > best.placed || (placed === best.placed && rankCost < best.rankCost)));
      if (better) best = { moved, placed, rankCost };
      return;
    }
    const s = candidates[k]!;
    const options = new Set(s.preferences.filter((id) => allowed(s, locs.get(id)!)));
    if (was.get(s.id) === location) options.add(location);
    walk(k + 1);
    for (const o of options) {
      at.set(s.id, o);
      walk(k + 1);
      at.delete(s.id);
    }
  };
  walk(0);
  return best;
}

describe('repair', () => {
  it('after a withdrawal keeps every other placement and fills the freed seat optimally', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const round = tinyRound(seed);
        const published = solveRound(round).assignments;
        const leaving = published.find((a) => !round.fixed.some((f) => f.student === a.student));
        if (!leaving) return;
        const change: RoundChange = { kind: 'withdraw', student: leaving.student };
        const repaired = repairRound(round, published, change);
        const rest: Round = {
          ...round,
          students: round.students.filter((s) => s.id !== leaving.student),
          fixed: round.fixed.filter((f) => f.student !== leaving.student),
        };
        expect(verifyResult(rest, { ...repaired, stats: { ...repaired.stats } })).toEqual([]);
        expect(repaired.removed).toEqual([leaving.student]);
        const now = new Map(repaired.assignments.map((a) => [a.student, a]));
        for (const a of published) {
          if (a.student === leaving.student) continue;
          expect(now.get(a.student)).toEqual(a); // same location, supervisor and days
        }
        // only previously unplaced students move (into the freed seat), and at most one of them
        for (const m of repaired.moved) expect(m.from).toBeNull();
        expect(repaired.moved.length).toBeLessThanOrEqual(1);
        // optimal for the previously unplaced, with all the others kept as fixed (brute force)
        const work: Round = {
          ...rest,
          fixed: published
            .filter((a) => a.student !== leaving.student)
            .map((a) => ({ student: a.student, location: a.location, supervisor: a.supervisor })),
        };
        const best = bruteForceOptimum(work);
        expect(repaired.moved.length).toBe(best.placed);
      }),
      { numRuns: 200 },
    );
  });

  it('after a capacity drop moves the fewest students, then places the most at the least rank cost', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(3), (seed, how) => {
        const round = tinyRound(seed);
        const published = solveRound(round).assignments;
        const at = published[seed % Math.max(1, published.length)];
        if (!at) return;
        const l = round.locations.find((x) => x.id === at.location)!;
        const change: RoundChange =
          how === 0
            ? { kind: 'capacity', location: l.id, capacity: Math.max(0, l.capacity - 2) }
            : how === 1
              ? {
                  kind: 'capacity',
                  location: l.id,
                  programmeCapacity: Object.fromEntries(
                    Object.entries(l.programmeCapacity).map(([p, c]) => [p, Math.max(0, c - 1)]),
                  ),
                }
              : {
                  kind: 'capacity',
                  location: l.id,
                  supervisors: (l.supervisors ?? []).slice(1),
                  capacity: l.capacity - (how === 3 ? 1 : 0),
                };
        let repaired;
        try {
          repaired = repairRound(round, published, change);
        } catch (e) {
          // refused only when the locked students at the location no longer fit
          expect((e as Error).message).toMatch(/^published placement of "s\d+" at "L\d+": /);
          return;
        }
        const changedRound: Round = {
          ...round,
          locations: round.locations.map((x) =>
            x.id !== l.id
              ? x
              : {
                  ...x,
                  ...(change.capacity !== undefined ? { capacity: change.capacity } : {}),
                  ...(change.programmeCapacity ? { programmeCapacity: change.programmeCapacity } : {}),
                  ...(change.supervisors ? { supervisors: change.supervisors } : {}),
                },
          ),
          fixed: [],
        };
        expect(
          verifyResult(changedRound, {
            ...repaired,
            stats: {
              ...repaired.stats,
              placed: repaired.assignments.length,
              rankCost: repaired.assignments.reduce((c, a) => {
                const r = round.students.find((s) => s.id === a.student)!.preferences.indexOf(a.location) + 1;
                return c + r * r;
              }, 0),
            },
          }).filter((p) => !p.includes('not on their list') && !p.includes('too far') && !p.includes('stats')),
        ).toEqual([]);
        // everyone published elsewhere (and every locked student) stays exactly where they were
        const now = new Map(repaired.assignments.map((a) => [a.student, a]));
        const locked = new Set(round.fixed.map((f) => f.student));
        for (const a of published)
          if (a.location !== l.id || locked.has(a.student)) expect(now.get(a.student)?.location).toBe(a.location);
        const moved = repaired.moved.filter((m) => m.from?.location === l.id).length;
        expect({ moved, placed: repaired.stats.placed, rankCost: repaired.stats.rankCost }).toEqual(
          bruteForceRepair({ ...changedRound, fixed: round.fixed }, published, l.id),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('repairs a withdrawal incrementally exactly as re-solving would (also from a published round with slack)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(2), (seed, drop) => {
        const round = tinyRound(seed);
        const all = solveRound(round).assignments;
        const locked = new Set(round.fixed.map((f) => f.student));
        // published may lack a placement or two (a manual unplacing): room at several locations
        const published = all.filter((a, i) => locked.has(a.student) || i % 5 !== 0 || drop === 0 || i / 5 >= drop);
        const leaving = published.find((a) => !locked.has(a.student));
        if (!leaving) return;
        const change: RoundChange = { kind: 'withdraw', student: leaving.student };
        const fast = repairRound(round, published, change);
        const slow = repairBySolving(round, published, change);
        const rest: Round = {
          ...round,
          students: round.students.filter((s) => s.id !== leaving.student),
          fixed: round.fixed.filter((f) => f.student !== leaving.student),
        };
        expect(verifyResult(rest, fast)).toEqual([]);
        expect({ placed: fast.stats.placed, rankCost: fast.stats.rankCost, moved: fast.moved.length }).toEqual({
          placed: slow.stats.placed,
          rankCost: slow.stats.rankCost,
          moved: slow.moved.length,
        });
        const now = new Map(fast.assignments.map((a) => [a.student, a]));
        for (const a of published) if (a.student !== leaving.student) expect(now.get(a.student)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the incremental path after an optimal round, and falls back when the room is spread out', () => {
    const round = generateRound({ students: 400, locations: 20, choices: 6, seed: 31 });
    const published = solveRound(round).assignments;
    const locked = new Set(round.fixed.map((f) => f.student));
    const leavers = published.filter((a) => !locked.has(a.student)).slice(0, 25);
    let placedSomeone = 0;
    for (const a of leavers) {
      const fast = repairWithdrawal(round, published, a.student, performance.now());
      expect(fast).not.toBeNull();
      const slow = repairBySolving(round, published, { kind: 'withdraw', student: a.student });
      expect({ placed: fast!.stats.placed, rankCost: fast!.stats.rankCost }).toEqual({
        placed: slow.stats.placed,
        rankCost: slow.stats.rankCost,
      });
      placedSomeone += fast!.moved.length;
    }
    expect(placedSomeone).toBeGreaterThan(0);
    // two manual unplacings at different locations: room in two places, so the general repair runs
    const a = published.find((x) => !locked.has(x.student))!;
    const b = published.find((x) => !locked.has(x.student) && x.location !== a.location)!;
    const thinned = published.filter((x) => x !== a && x !== b);
    const leaving = thinned.find((x) => !locked.has(x.student))!;
    expect(repairWithdrawal(round, thinned, leaving.student, performance.now())).toBeNull();
    const general = repairRound(round, thinned, { kind: 'withdraw', student: leaving.student });
    expect(general.moved.length).toBeGreaterThanOrEqual(1);
  });
});
