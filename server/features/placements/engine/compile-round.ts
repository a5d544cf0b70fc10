// A round turned into numbers once: indices instead of id strings, and every allowed (student,
// location) pair in flat arrays. Both solvers, the explanations and the comparison share it (cached
// per Round object), so the 100,000 eligibility checks of a 10,000-student round happen once.
import { pairRules } from './eligibility';
import { greatCircleKm } from './geo';
import { roundIndex } from './round-index';
import type { Round } from './types';
import { eligiblePairsInCore } from './wasm-core';

export interface CompiledRound {
  locIndex: Map<string, number>;
  studentIndex: Map<string, number>;
  /** programme ids (and back), and each student's programme as an index into them */
  programmes: string[];
  programmeIndex: Map<string, number>;
  studentProgramme: Int32Array;
  /** per location: programme index -> position among the location's offered programmes, -1 if not offered */
  offered: Int32Array[];
  /** 1 for students with a fixed placement */
  isFixed: Uint8Array;
  /** allowed pairs of non-fixed students, CSR in preference order: pairs start[s]..start[s+1]-1 */
  start: Int32Array;
  pairLocation: Int32Array;
  /** 1-based rank on the student's list */
  pairRank: Int32Array;
}

// Rounds are treated as immutable values: a round that is edited in place must be passed as a new
// object (or at least with new students / locations / fixed arrays) to be compiled again.
const cache = new WeakMap<Round, { compiled: CompiledRound; students: unknown; locations: unknown; fixed: unknown }>();

export function compileRound(round: Round): CompiledRound {
  const hit = cache.get(round);
  if (hit && hit.students === round.students && hit.locations === round.locations && hit.fixed === round.fixed)
    return hit.compiled;
  const { students, locations } = round;
  const n = students.length;
  const { locIndex, studentIndex, studentMask, prefStart, prefLocation, daysNeeded, reach } = roundIndex(round);
  const programmeIndex = new Map<string, number>();
  const programmes: string[] = [];
  const programmeOf = (p: string): number => {
    let i = programmeIndex.get(p);
    if (i === undefined) {
      i = programmes.length;
      programmes.push(p);
      programmeIndex.set(p, i);
    }
    return i;
  };
  const studentProgramme = new Int32Array(n);
  for (let s = 0; s < n; s++) studentProgramme[s] = programmeOf(students[s]!.programme);
  const offeredLists = locations.map((l) => Object.keys(l.programmeCapacity).map(programmeOf));
  const offered = offeredLists.map((list) => {
    const a = new Int32Array(programmes.length).fill(-1);
    list.forEach((p, k) => (a[p] = k));
    return a;
  });
  const isFixed = new Uint8Array(n);
  for (const f of round.fixed) {
    const s = studentIndex.get(f.student);
    if (s !== undefined) isFixed[s] = 1;
  }
  const total = prefLocation.length;
  // room after the pairs for one arc per fixed student: the network of a plain round appends its pinned
  // students' arcs there and uses the pairs in place (build-network.ts, plainStudentArcs)
  const start = new Int32Array(n + 1);
  const pairLocation = new Int32Array(total + round.fixed.length);
  const pairRank = new Int32Array(total + round.fixed.length);
  const rules = pairRules(locations, programmes);
  const k = eligiblePairsInCore(
    [
      prefStart,
      prefLocation,
      studentMask,
      studentProgramme,
      isFixed,
      daysNeeded,
      reach,
      rules.programmeOk,
      rules.openMask,
      rules.place,
      start,
      pairLocation,
      pairRank,
    ],
    n,
    rules.programmeCount,
    // the distances the core's bounds leave open, exactly as ineligibility computes them
    (si, li) => greatCircleKm(students[si]!.home!, locations[li]!.coords!) > students[si]!.maxDistanceKm!,
  );
  const compiled: CompiledRound = {
    locIndex,
    studentIndex,
    programmes,
    programmeIndex,
    studentProgramme,
    offered,
    isFixed,
    start,
    pairLocation: pairLocation.subarray(0, k),
    pairRank: pairRank.subarray(0, k),
  };
  cache.set(round, { compiled, students: round.students, locations: round.locations, fixed: round.fixed });
  return compiled;
}
