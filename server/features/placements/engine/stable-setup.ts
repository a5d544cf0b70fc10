// Deferred acceptance's setup (stable.ts), all of it once per round and cold: the priority key of every
// allowed pair, and the little networks of the locations with werkbegeleiders.
import type { CompiledRound } from './compile-round';
import { LocationNetwork, type CapacityUse } from './location-network';
import type { Round } from './types';

/** FNV-1a of the id with a fixed seed: the lottery number, lower is better. */
function lotteryNumber(id: string): number {
  let h = 0x811c9dc5 ^ 0x5eed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Grades, lottery numbers and strict keys (grade·2³² + lottery + index/(n+1)) of every allowed pair. */
interface PairKeys {
  lottery: Float64Array;
  pairGrade: Int32Array;
  pairKey: Float64Array;
  pairEntry: Int32Array;
  /** per location: the grade of a student it does not list */
  unlisted: Int32Array;
}

// Everything here runs once per round, cold: loops are functions called per location or per student
// (V8 optimizes those after a few calls; the CLI has no on-stack replacement, decision 084), typed
// arrays only, and a priority id costs one Map lookup and a scan of that student's ≤ 10 pairs.
export function pairKeys(round: Round, c: CompiledRound, entryBase: Int32Array): PairKeys {
  const { students, locations } = round;
  const { start, pairLocation, studentProgramme, offered, studentIndex } = c;
  const n = students.length;
  const A = pairLocation.length;
  const keys: PairKeys = {
    lottery: new Float64Array(n),
    pairGrade: new Int32Array(A),
    pairKey: new Float64Array(A),
    pairEntry: new Int32Array(A),
    unlisted: new Int32Array(locations.length),
  };
  const { lottery, pairGrade, pairKey, pairEntry, unlisted } = keys;
  const gradePair = (li: number, si: number, g: number): void => {
    for (let k = start[si]!; k < start[si + 1]!; k++) if (pairLocation[k] === li) pairGrade[k] = g;
  };
  const gradeList = (li: number, ids: string[], g: number): void => {
    for (let i = 0; i < ids.length; i++) gradePair(li, studentIndex.get(ids[i]!)!, g);
  };
  for (let li = 0; li < locations.length; li++) {
    const grades = locations[li]!.priorities ?? [];
    unlisted[li] = grades.length + 1;
    for (let g = 0; g < grades.length; g++) gradeList(li, grades[g]!, g + 1);
  }
  const keyPairs = (si: number): void => {
    const lot = (lottery[si] = lotteryNumber(students[si]!.id));
    const programme = studentProgramme[si]!;
    for (let k = start[si]!; k < start[si + 1]!; k++) {
      const li = pairLocation[k]!;
      if (pairGrade[k] === 0) pairGrade[k] = unlisted[li]!;
      pairKey[k] = pairGrade[k]! * 2 ** 32 + lot + si / (n + 1);
      pairEntry[k] = entryBase[li]! + offered[li]![programme]!;
    }
  };
  for (let si = 0; si < n; si++) keyPairs(si);
  return keys;
}

/** Locations with werkbegeleiders: their own network, with the pinned fixed students routed first. */
export function locationNetworks(
  round: Round,
  c: CompiledRound,
  usage: Map<string, CapacityUse>,
): { networks: (LocationNetwork | null)[]; pinned: number[][] } {
  const { locations } = round;
  const networks: (LocationNetwork | null)[] = new Array<LocationNetwork | null>(locations.length).fill(null);
  const pinned: number[][] = Array.from({ length: locations.length }, () => []);
  const build = (li: number): void => {
    const l = locations[li]!;
    if ((l.supervisors?.length ?? 0) > 0) networks[li] = new LocationNetwork(l, usage.get(l.id));
  };
  for (let li = 0; li < locations.length; li++) build(li);
  for (const f of round.fixed) {
    const li = c.locIndex.get(f.location)!;
    const net = networks[li];
    if (net && !f.supervisor) {
      const si = c.studentIndex.get(f.student)!;
      net.add(c.offered[li]![c.studentProgramme[si]!]!);
      pinned[li]!.push(si);
    }
  }
  return { networks, pinned };
}
