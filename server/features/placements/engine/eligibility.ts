// Which (student, location) pairs are allowed, and if not, why. `ineligibility` is the definition the
// explanations use; compileRound, which gives both solvers their pairs, applies the same rules as numbers
// (pairRules, checked in the WebAssembly core: wasm/pairs.ts), and tests/server/matching/compile-round.test.ts
// holds the two to the rules restated independently, so "why not" always agrees with what the solver was
// allowed to do.
import { cosLatitude, greatCircleKm } from './geo';
import type { Location, Student } from './types';

export type IneligibleCode = 'not-offered' | 'days' | 'distance' | 'no-supervisor';

export function dayMask(days: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < days.length; i++) m |= 1 << days[i]!; // indexed: no iterator in cold code (084)
  return m;
}

/** The first `count` weekdays of a mask, ascending (Monday first): the days we hand out. */
export function firstDays(mask: number, count: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= 7 && out.length < count; d++) if (mask & (1 << d)) out.push(d);
  return out;
}

/**
 * The days of an answer's placement: they depend only on the common weekdays and the count, a handful of
 * distinct lists per round, so each is made once, frozen, and shared by the assignments that have it (a
 * copy per student was ~7,600 arrays; nothing edits an answer's days in place). `cache` is one answer's.
 */
export function sharedDays(cache: (number[] | undefined)[], common: number, count: number): number[] {
  return (cache[common * 8 + count] ??= Object.freeze(firstDays(common, count)) as number[]);
}

export function popcount(m: number): number {
  let c = 0;
  while (m) {
    m &= m - 1;
    c++;
  }
  return c;
}

/** Precomputed per-location facts, so checking 100,000 pairs does no repeated work. */
export interface LocationFacts {
  openMask: number;
  /** Programmes some werkbegeleider may supervise; null when the location has none (needs none). */
  supervised: Set<string> | null;
}

export function locationFacts(location: Location): LocationFacts {
  const sups = location.supervisors ?? [];
  return {
    openMask: dayMask(location.openDays),
    supervised: sups.length === 0 ? null : new Set(sups.flatMap((w) => w.programmes)),
  };
}

/**
 * Checks in a fixed order (offered, days, distance, supervisor) and returns the first rule broken, or
 * null when the pair is allowed. Capacity ("full") is not a property of the pair: the solvers decide it.
 */
export function ineligibility(
  student: Student,
  location: Location,
  facts: LocationFacts,
  studentMask: number,
): IneligibleCode | null {
  if (!Object.hasOwn(location.programmeCapacity, student.programme)) return 'not-offered';
  if (popcount(studentMask & facts.openMask) < student.daysNeeded) return 'days';
  if (student.home && location.coords && student.maxDistanceKm !== undefined) {
    if (greatCircleKm(student.home, location.coords) > student.maxDistanceKm) return 'distance';
  }
  if (facts.supervised && !facts.supervised.has(student.programme)) return 'no-supervisor';
  return null;
}

/**
 * The same rules as numbers, for the 100,000 pairs of a large round (compileRound has the WebAssembly
 * core apply them): per (location, programme index) whether the location offers the programme and,
 * where it has werkbegeleiders, one of them supervises it; per location its open days as a mask and its
 * coordinates with the cosine of their latitude (fartherBound, wasm/pairs.ts).
 */
export interface PairRules {
  programmeCount: number;
  /** at li * programmeCount + p: 1 when neither 'not-offered' nor 'no-supervisor' applies */
  programmeOk: Uint8Array;
  openMask: Int32Array;
  /** per location at 3 * li: lat, lon, cosLatitude (all NaN without coordinates) */
  place: Float64Array;
}

export function pairRules(locations: readonly Location[], programmes: readonly string[]): PairRules {
  const P = programmes.length;
  const programmeOk = new Uint8Array(locations.length * P);
  const openMask = new Int32Array(locations.length);
  const place = new Float64Array(3 * locations.length).fill(NaN);
  // indexed loops and no Set of supervised programmes per location: the same answers as locationFacts
  // and ineligibility, without a Set, an iterator or a closure per location in the one-shot CLI
  for (let li = 0; li < locations.length; li++) {
    const l = locations[li]!;
    if (l.coords) {
      place[3 * li] = l.coords.lat;
      place[3 * li + 1] = l.coords.lon;
      place[3 * li + 2] = cosLatitude(l.coords);
    }
    openMask[li] = dayMask(l.openDays);
    const sups = l.supervisors ?? [];
    for (let pi = 0; pi < P; pi++) {
      const p = programmes[pi]!;
      let ok = Object.hasOwn(l.programmeCapacity, p);
      if (ok && sups.length > 0) {
        ok = false;
        for (let w = 0; w < sups.length && !ok; w++) ok = sups[w]!.programmes.includes(p);
      }
      programmeOk[li * P + pi] = ok ? 1 : 0;
    }
  }
  return { programmeCount: P, programmeOk, openMask, place };
}

/** The days a placement gets: the first daysNeeded common weekdays, Monday first. */
export function placementDays(student: Student, location: Location): number[] {
  return firstDays(dayMask(student.availableDays) & dayMask(location.openDays), student.daysNeeded);
}
