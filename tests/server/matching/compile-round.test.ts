// The compiled round's allowed pairs against the placement rules restated independently (helpers.ts):
// for rounds validated by parseRound (which hands its lookups to the index) and for rounds built in
// code (the index built on first use), so both ways into compileRound give the same pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRound } from '../../../scripts/matching/generate-round';
import { compileRound } from '../../../server/features/placements/engine/compile-round';
import { parseRound } from '../../../server/features/placements/engine/index';
import { roundIndex } from '../../../server/features/placements/engine/round-index';
import { greatCircleKm } from '../../../server/features/placements/engine/geo';
import type { Location, Round, Student } from '../../../server/features/placements/engine/types';
import { allowed, tinyRound } from './helpers';

/** "student location rank" for every allowed pair of a non-fixed student, in preference order. */
function expectedPairs(round: Round): string[] {
  const fixed = new Set(round.fixed.map((f) => f.student));
  const byId = new Map(round.locations.map((l) => [l.id, l]));
  return round.students.flatMap((s) =>
    fixed.has(s.id)
      ? []
      : s.preferences.flatMap((id, r) => (allowed(s, byId.get(id)!) ? [`${s.id} ${id} ${r + 1}`] : [])),
  );
}

function compiledPairs(round: Round): string[] {
  const c = compileRound(round);
  const out: string[] = [];
  round.students.forEach((s, si) => {
    for (let k = c.start[si]!; k < c.start[si + 1]!; k++)
      out.push(`${s.id} ${round.locations[c.pairLocation[k]!]!.id} ${c.pairRank[k]}`);
  });
  return out;
}

function parsed(round: Round): Round {
  const result = parseRound(JSON.parse(JSON.stringify(round)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.round;
}

describe('compileRound', () => {
  it('allows exactly the pairs the rules allow, parsed or built in code (days, distance, supervisors, fixed)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (seed, stable) => {
        const round = tinyRound(seed, { stable });
        const want = expectedPairs(round);
        expect(compiledPairs(round)).toEqual(want);
        expect(compiledPairs(parsed(round))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on a generated round of 2,000 students with the index a parse builds and the one built in code (preferences, days, distances, priority grades)', () => {
    const round = generateRound({ students: 2000, locations: 80, choices: 10, seed: 7 });
    const viaParse = parsed(round);
    const inCode = { ...viaParse, students: [...viaParse.students], locations: [...viaParse.locations] };
    const a = roundIndex(viaParse);
    const b = roundIndex(inCode);
    expect(a).not.toBe(b);
    expect([...a.prefStart]).toEqual([...b.prefStart]);
    expect([...a.prefLocation]).toEqual([...b.prefLocation]);
    expect([...a.studentMask]).toEqual([...b.studentMask]);
    expect([...a.daysNeeded]).toEqual([...b.daysNeeded]);
    expect([...a.reach]).toEqual([...b.reach]);
    expect(a.reach.filter((x, i) => i % 4 === 3 && !Number.isNaN(x)).length).toBeGreaterThan(100); // limits
    expect([...a.studentIndex]).toEqual([...b.studentIndex]);
    expect([...a.locIndex]).toEqual([...b.locIndex]);
    expect(a.listed.length).toBeGreaterThan(1000); // the generated round has priority grades
    expect([...a.gradeCount]).toEqual([...b.gradeCount]);
    expect([...a.listCount]).toEqual([...b.listCount]);
    expect([...a.listed]).toEqual([...b.listed]);
    expect(compiledPairs(viaParse)).toEqual(expectedPairs(round));
    expect(compiledPairs(inCode)).toEqual(expectedPairs(round));
  });

  it('decides distances at the limit itself, a double off it and across a continent as greatCircleKm does', () => {
    // the core's bounds cannot tell these apart: the pairs are asked of JavaScript (wasm/pairs.ts)
    const home = { lat: 52.0907, lon: 5.1214 };
    const place = (id: string, lat: number, lon: number): Location => ({
      id,
      openDays: [1, 2, 3, 4, 5],
      capacity: 5,
      programmeCapacity: { pabo: 5 },
      coords: { lat, lon },
    });
    const near = place('near', 52.3702, 4.8952);
    const far = place('far', 41.3874, 2.1686); // Barcelona: beyond the bounds' 600 km
    const d = greatCircleKm(home, near.coords!);
    const D = greatCircleKm(home, far.coords!);
    const step = (x: number, by: 1 | -1): number => {
      const v = new DataView(new ArrayBuffer(8));
      v.setFloat64(0, x);
      v.setBigUint64(0, v.getBigUint64(0) + BigInt(by));
      return v.getFloat64(0);
    };
    const limits = [d, step(d, -1), step(d, 1), D, step(D, -1)];
    const students: Student[] = limits.map((maxDistanceKm, i) => ({
      id: `s${i}`,
      programme: 'pabo',
      availableDays: [1, 2],
      daysNeeded: 1,
      preferences: ['near', 'far'],
      home,
      maxDistanceKm,
    }));
    const round: Round = { objective: 'optimal', students, locations: [near, far], fixed: [] };
    expect(compiledPairs(round)).toEqual(['s0 near 1', 's2 near 1', 's3 near 1', 's3 far 2', 's4 near 1']);
    expect(compiledPairs(parsed(round))).toEqual(expectedPairs(round));
  });

  it('a round built in code that prefers an unknown location is refused with its names', () => {
    const round = tinyRound(3);
    const broken: Round = {
      ...round,
      students: [{ ...round.students[0]!, preferences: ['nowhere'] }, ...round.students.slice(1)],
    };
    expect(() => compileRound(broken)).toThrow(/prefers unknown location nowhere/);
  });

  it('a round built in code that lists students it no longer has skips them in its grades', () => {
    const round = generateRound({ students: 200, locations: 12, choices: 6, seed: 9 });
    const gone = new Set(round.students.filter((_, i) => i % 3 === 0).map((s) => s.id));
    const fewer: Round = { ...round, students: round.students.filter((s) => !gone.has(s.id)), fixed: [] };
    const { gradeCount, listCount, listed, studentIndex } = roundIndex(fewer);
    const kept = fewer.locations.flatMap((l) => (l.priorities ?? []).map((g) => g.filter((id) => !gone.has(id))));
    expect(kept.flat().length).toBeLessThan(round.locations.flatMap((l) => l.priorities ?? []).flat().length);
    expect([...gradeCount]).toEqual(fewer.locations.map((l) => (l.priorities ?? []).length));
    expect([...listCount]).toEqual(kept.map((g) => g.length));
    expect([...listed]).toEqual(kept.flat().map((id) => studentIndex.get(id)));
  });
});
