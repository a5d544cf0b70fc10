// Which (student, location) pairs are allowed, and if not, why. The same function feeds the solvers,
// the explanations and the tests, so "why not" always agrees with what the solver was allowed to do.
import { greatCircleKm } from './geo';
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

/** The days a placement gets: the first daysNeeded common weekdays, Monday first. */
export function placementDays(student: Student, location: Location): number[] {
  return firstDays(dayMask(student.availableDays) & dayMask(location.openDays), student.daysNeeded);
}
