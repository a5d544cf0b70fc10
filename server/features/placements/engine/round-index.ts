// The lookups every use of a round starts from: ids → indices, each student's weekdays as a bit mask
// and preferences as location indices, and the locations' priority grades as student indices.
// parseRound must look every one of them up anyway to validate, so it hands its work on (rememberIndex)
// and a parsed round is never looked up twice; a Round built in code gets its index here on first use. Cached per Round object, like the compiled round (a round
// edited in place must be passed as a new object).
import { dayMask } from './eligibility';
import { cosLatitude } from './geo';
import type { GeoPoint, Location, Round } from './types';

export interface RoundIndex {
  locIndex: Map<string, number>;
  studentIndex: Map<string, number>;
  /** per student: available weekdays as bits 1-7 */
  studentMask: Int32Array;
  /** per student, CSR in preference order: location indices prefLocation[prefStart[s]..prefStart[s+1]-1] */
  prefStart: Int32Array;
  prefLocation: Int32Array;
  /** per student: the days it needs, and at 4 * s its home's distance facts (setReach) */
  daysNeeded: Int32Array;
  reach: Float64Array;
  /** priority grades: per location its number of grades, per grade its number of students, the students */
  gradeCount: Int32Array;
  listCount: Int32Array;
  listed: Int32Array;
}

const cache = new WeakMap<Round, { index: RoundIndex; students: unknown; locations: unknown }>();

/** For parseRound: the index it built while validating `round`. */
export function rememberIndex(round: Round, index: RoundIndex): void {
  cache.set(round, { index, students: round.students, locations: round.locations });
}

export function roundIndex(round: Round): RoundIndex {
  const hit = cache.get(round);
  if (hit && hit.students === round.students && hit.locations === round.locations) return hit.index;
  const index = buildIndex(round);
  rememberIndex(round, index);
  return index;
}

function buildIndex(round: Round): RoundIndex {
  const { students, locations } = round;
  const locIndex = new Map<string, number>();
  locations.forEach((l, i) => locIndex.set(l.id, i));
  const studentIndex = new Map<string, number>();
  students.forEach((s, i) => studentIndex.set(s.id, i));
  const studentMask = new Int32Array(students.length);
  const daysNeeded = new Int32Array(students.length);
  const reach = new Float64Array(4 * students.length);
  const prefStart = new Int32Array(students.length + 1);
  let total = 0;
  for (const s of students) total += s.preferences.length;
  const prefLocation = new Int32Array(total);
  let k = 0;
  students.forEach((s, si) => {
    studentMask[si] = dayMask(s.availableDays);
    daysNeeded[si] = s.daysNeeded;
    setReach(reach, si, s.home, s.maxDistanceKm);
    for (const id of s.preferences) {
      const li = locIndex.get(id);
      if (li === undefined) throw new Error(`round: student ${s.id} prefers unknown location ${id}`);
      prefLocation[k++] = li;
    }
    prefStart[si + 1] = k;
  });
  const grades = listedStudents(locations, studentIndex);
  return { locIndex, studentIndex, studentMask, prefStart, prefLocation, daysNeeded, reach, ...grades };
}

/**
 * At 4 * si: the student's home lat, lon, cosLatitude and distance limit, the limit NaN when it has none
 * (no home or no maxDistanceKm): the distance rule as numbers for the core's pair check (wasm/pairs.ts).
 */
export function setReach(reach: Float64Array, si: number, home: GeoPoint | undefined, maxKm: number | undefined): void {
  if (home && maxKm !== undefined) {
    reach[4 * si] = home.lat;
    reach[4 * si + 1] = home.lon;
    reach[4 * si + 2] = cosLatitude(home);
    reach[4 * si + 3] = maxKm;
  } else reach[4 * si + 3] = NaN;
}

/**
 * The priority grades as student indices. parseRound refuses ids that are not students of the round;
 * a round built in code may still list some (say, after leaving students out): they are skipped, as
 * no one they could displace.
 */
function listedStudents(
  locations: readonly Location[],
  studentIndex: Map<string, number>,
): { gradeCount: Int32Array; listCount: Int32Array; listed: Int32Array } {
  const gradeCount = new Int32Array(locations.length);
  const lists: number[] = [];
  const listed: number[] = [];
  locations.forEach((l, li) => {
    const grades = l.priorities ?? [];
    gradeCount[li] = grades.length;
    for (const list of grades) {
      const before = listed.length;
      for (const id of list) {
        const si = studentIndex.get(id);
        if (si !== undefined) listed.push(si);
      }
      lists.push(listed.length - before);
    }
  });
  return { gradeCount, listCount: Int32Array.from(lists), listed: Int32Array.from(listed) };
}
