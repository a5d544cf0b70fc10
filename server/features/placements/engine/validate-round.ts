// parseRound: turns untrusted JSON into a Round, or lists every problem with the path that names it
// (`students[3].preferences[1]: unknown location "loc-x"`). Hand-written rather than zod: a 10,000
// student round must validate in a few milliseconds, and the messages are part of the CLI contract.
import { rememberIndex, setReach } from './round-index';
import { checkFixed } from './validate-fixed';
import { dayBits, Errors, isObject, point, q, str } from './validate-fields';
import { parseLocation } from './validate-location';
import type { FixedPlacement, Location, ParseResult, Round, Student } from './types';

/** What validating the students looks up anyway, kept for the round's index (round-index.ts). */
class StudentLookups {
  studentMask: Int32Array;
  daysNeeded: Int32Array;
  reach: Float64Array;
  prefStart: Int32Array;
  prefLocation: Int32Array;
  prefCount = 0;
  constructor(students: number) {
    this.studentMask = new Int32Array(students);
    this.daysNeeded = new Int32Array(students);
    this.reach = new Float64Array(4 * students);
    this.prefStart = new Int32Array(students + 1);
    this.prefLocation = new Int32Array(students * 10 + 16);
  }
  addPreference(li: number): void {
    if (this.prefCount === this.prefLocation.length) {
      const grown = new Int32Array(this.prefLocation.length * 2);
      grown.set(this.prefLocation);
      this.prefLocation = grown;
    }
    this.prefLocation[this.prefCount++] = li;
  }
}

const studentPath = (i: number): string => `students[${i}]`;

// Hot path (10,000 students): paths are built only when there is something to report, and no closure
// is made per student to build them later.
function parseStudent(
  raw: unknown,
  i: number,
  e: Errors,
  locationIds: Map<string, number>,
  stamp: Int32Array,
  found: StudentLookups,
): Student | null {
  if (!isObject(raw)) return (e.add(studentPath(i), 'must be an object'), null);
  const { id, programme, availableDays, daysNeeded, preferences, home: rawHome, maxDistanceKm: rawMax } = raw;
  let ok = true;
  if (typeof id !== 'string' || id === '') ok = (e.add(`${studentPath(i)}.id`, 'must be a non-empty string'), false);
  if (typeof programme !== 'string' || programme === '')
    ok = (e.add(`${studentPath(i)}.programme`, 'must be a non-empty string'), false);
  const mask = dayBits(availableDays, 'students', i, 'availableDays', e);
  if (mask < 0) ok = false;
  else found.studentMask[i] = mask;
  if (typeof daysNeeded !== 'number' || !Number.isInteger(daysNeeded) || daysNeeded < 1 || daysNeeded > 7) {
    e.add(`${studentPath(i)}.daysNeeded`, 'must be an integer from 1 to 7');
    ok = false;
  } else found.daysNeeded[i] = daysNeeded;
  if (!Array.isArray(preferences)) {
    e.add(`${studentPath(i)}.preferences`, 'must be an array of strings');
    ok = false;
  } else {
    for (let k = 0; k < preferences.length; k++) {
      const p: unknown = preferences[k];
      if (typeof p !== 'string' || p === '') {
        e.add(`${studentPath(i)}.preferences[${k}]`, 'must be a non-empty string');
        ok = false;
        continue;
      }
      const li = locationIds.get(p);
      if (li === undefined) {
        e.add(`${studentPath(i)}.preferences[${k}]`, `unknown location ${q(p)}`);
        ok = false;
      } else if (stamp[li] === i) {
        e.add(`${studentPath(i)}.preferences[${k}]`, `duplicate location ${q(p)}`);
        ok = false;
      } else {
        stamp[li] = i;
        found.addPreference(li);
      }
    }
  }
  found.prefStart[i + 1] = found.prefCount;
  const home = rawHome === undefined || rawHome === null ? undefined : point(rawHome, 'students', i, 'home', e);
  if (rawHome !== undefined && rawHome !== null && !home) ok = false;
  let maxDistanceKm: number | undefined;
  if (rawMax !== undefined && rawMax !== null) {
    if (typeof rawMax === 'number' && Number.isFinite(rawMax) && rawMax >= 0) maxDistanceKm = rawMax;
    else {
      e.add(`${studentPath(i)}.maxDistanceKm`, 'must be a non-negative number');
      ok = false;
    }
  }
  if (!ok) return null;
  setReach(found.reach, i, home, maxDistanceKm);
  // The input's own object is the Student when there is nothing to normalise (no null to drop): no copy
  // of 10,000 students in the one-shot CLI, where fresh memory costs ~3 ms a megabyte (decision 094).
  // Keys the engine does not know ride along unread, as they did on the arrays it already kept.
  if (rawHome !== null && rawMax !== null) return raw as unknown as Student;
  const s: Student = {
    id: id as string,
    programme: programme as string,
    availableDays: availableDays as number[],
    daysNeeded: daysNeeded as number,
    preferences: preferences as string[],
  };
  if (home) s.home = home;
  if (maxDistanceKm !== undefined) s.maxDistanceKm = maxDistanceKm;
  return s;
}

/**
 * Every listed student must be a student of the round, and at most once per location. Returns the
 * grades as student indices for the round's index (round-index.ts): per location its number of grades,
 * per grade its number of students, the students.
 */
function checkPriorities(
  locations: unknown[],
  studentIds: Map<string, number>,
  students: number,
  e: Errors,
): { gradeCount: Int32Array; listCount: Int32Array; listed: Int32Array } {
  const gradesOf = (l: unknown): unknown[] =>
    isObject(l) && Array.isArray(l.priorities) ? (l.priorities as unknown[]) : [];
  // counted first, so the lists go straight into arrays of their size (19,000 ids pushed one by one were
  // a third of a megabyte of fresh memory in the one-shot CLI)
  let grades = 0;
  let ids = 0;
  for (let i = 0; i < locations.length; i++) {
    const list = gradesOf(locations[i]);
    for (let j = 0; j < list.length; j++) {
      const g = list[j];
      if (Array.isArray(g)) {
        grades++;
        ids += g.length;
      }
    }
  }
  const gradeCount = new Int32Array(locations.length);
  const listCount = new Int32Array(grades);
  const listed = new Int32Array(ids);
  const stamp = new Int32Array(students).fill(-1);
  let gi = 0;
  let k = 0;
  // a function per grade: the CLI has no on-stack replacement (084)
  const checkGrade = (g: unknown[], i: number, j: number): void => {
    listCount[gi++] = g.length;
    for (let x = 0; x < g.length; x++) {
      const sid: unknown = g[x];
      if (typeof sid !== 'string') {
        listed[k++] = -1;
        continue;
      }
      const si = studentIds.get(sid);
      if (si === undefined) e.add(`locations[${i}].priorities[${j}][${x}]`, `unknown student ${q(sid)}`);
      else if (stamp[si] === i) e.add(`locations[${i}].priorities[${j}][${x}]`, `student ${q(sid)} is listed twice`);
      else stamp[si] = i;
      listed[k++] = si ?? -1;
    }
  };
  for (let i = 0; i < locations.length; i++) {
    const list = gradesOf(locations[i]);
    gradeCount[i] = list.length;
    for (let j = 0; j < list.length; j++) {
      const g = list[j];
      if (Array.isArray(g)) checkGrade(g, i, j);
    }
  }
  return { gradeCount, listCount, listed };
}

export function parseRound(raw: unknown): ParseResult {
  const e = new Errors();
  if (!isObject(raw)) return { ok: false, errors: [{ path: '(root)', message: 'must be a JSON object' }] };
  let objective: Round['objective'] = 'optimal';
  if (raw.objective !== undefined && raw.objective !== null) {
    if (raw.objective === 'optimal' || raw.objective === 'stable') objective = raw.objective;
    else e.add('objective', `must be "optimal" or "stable", got ${JSON.stringify(raw.objective)}`);
  }
  const locations: Location[] = [];
  const locationIds = new Map<string, number>();
  if (!Array.isArray(raw.locations)) e.add('locations', 'must be an array');
  else
    raw.locations.forEach((l: unknown, i: number) => {
      const loc = parseLocation(l, i, e);
      // a location with other errors still exists, so preferences naming it do not cascade
      const id = loc?.id ?? (isObject(l) && typeof l.id === 'string' && l.id !== '' ? l.id : null);
      if (id === null) return;
      if (locationIds.has(id)) return e.add(`locations[${i}].id`, `duplicate location id ${q(id)}`);
      locationIds.set(id, locationIds.size);
      if (loc) locations.push(loc);
    });
  // sized up front (all are valid when the round is returned): pushing 10,000 grew it step by step
  const students: Student[] = Array.isArray(raw.students) ? new Array<Student>(raw.students.length) : [];
  const studentIds = new Map<string, number>();
  const found = new StudentLookups(Array.isArray(raw.students) ? raw.students.length : 0);
  if (!Array.isArray(raw.students)) e.add('students', 'must be an array');
  else {
    const stamp = new Int32Array(locationIds.size).fill(-1);
    const list: unknown[] = raw.students;
    // a function per student, not one long loop body: it runs once, cold, without on-stack replacement (084)
    const addStudent = (i: number): void => {
      const item = list[i];
      const s = parseStudent(item, i, e, locationIds, stamp, found);
      const id = s?.id ?? (isObject(item) && typeof item.id === 'string' && item.id !== '' ? item.id : null);
      if (id === null) return;
      // one lookup, not has() then set(): an id seen before leaves the size as it was
      const before = studentIds.size;
      studentIds.set(id, i);
      if (studentIds.size === before) e.add(`students[${i}].id`, `duplicate student id ${q(id)}`);
      if (s) students[i] = s;
    };
    for (let i = 0; i < list.length && !e.full; i++) addStudent(i);
  }
  // priorities name students: check now that all are known
  const grades = Array.isArray(raw.locations)
    ? checkPriorities(raw.locations, studentIds, found.studentMask.length, e)
    : null;
  const fixed: FixedPlacement[] = [];
  if (raw.fixed !== undefined && raw.fixed !== null) {
    if (!Array.isArray(raw.fixed)) e.add('fixed', 'must be an array');
    else
      raw.fixed.forEach((f: unknown, i: number) => {
        const path = `fixed[${i}]`;
        if (!isObject(f)) return e.add(path, 'must be an object');
        const student = str(f.student, `${path}.student`, e);
        const location = str(f.location, `${path}.location`, e);
        let supervisor: string | null | undefined;
        if (f.supervisor === null || f.supervisor === undefined) supervisor = f.supervisor;
        else supervisor = str(f.supervisor, `${path}.supervisor`, e) ?? undefined;
        if (student === null || location === null) return;
        const fp: FixedPlacement = { student, location };
        if (supervisor !== undefined) fp.supervisor = supervisor;
        fixed.push(fp);
      });
  }
  if (e.list.length > 0) return { ok: false, errors: e.list };
  const round: Round = { objective, students, locations, fixed };
  // without errors every location and student was kept, so their positions are their indices
  const { studentMask, daysNeeded, reach, prefStart, prefLocation, prefCount } = found;
  const prefs = prefLocation.subarray(0, prefCount);
  rememberIndex(round, {
    ...grades!,
    locIndex: locationIds,
    studentIndex: studentIds,
    studentMask,
    daysNeeded,
    reach,
    prefStart,
    prefLocation: prefs,
  });
  for (const err of checkFixed(round)) e.add(err.path, err.message);
  if (e.list.length > 0) return { ok: false, errors: e.list };
  return { ok: true, round };
}
