// Deferred acceptance's setup (stable.ts), once per round and cold: the priority grades of the pairs,
// the lottery, and the pinned fixed students the werkbegeleider networks route first.
import type { CompiledRound } from './compile-round';
import type { SupervisedGraph } from './stable-networks-build';
import type { Round, Student } from './types';

/** FNV-1a of the id with a fixed seed: the lottery number, lower is better. */
export function lotteryNumber(id: string): number {
  let h = 0x811c9dc5 ^ 0x5eed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The students' ids as UTF-16 code units end to end, and each id's length: the input from which the
 * WebAssembly core draws every lottery number (wasm/lottery.ts, the same hash as lotteryNumber).
 * Built-ins only (map, join, Buffer): a loop of our own over 10,000 students ran ~3 ms cold (084).
 */
export function idUnits(students: readonly Student[]): { units: Uint8Array; lengths: Int32Array } {
  const ids = students.map((s) => s.id);
  return { units: Buffer.from(ids.join(''), 'utf16le'), lengths: new Int32Array(ids.map((id) => id.length)) };
}

/**
 * The grade of every allowed pair a location lists (0 for the pairs it does not list: those have the
 * location's `unlisted` grade). Only the listed ids are visited (a Map lookup and a scan of that
 * student's ≤ 10 pairs each), in functions called per location and per grade: the CLI has no on-stack
 * replacement (decision 084), so a long loop in a function called once would stay in the interpreter.
 */
export function pairGrades(round: Round, c: CompiledRound): { pairGrade: Int32Array; unlisted: Int32Array } {
  const { locations } = round;
  const { start, pairLocation, studentIndex } = c;
  const pairGrade = new Int32Array(pairLocation.length);
  const unlisted = new Int32Array(locations.length);
  const gradeList = (li: number, ids: string[], g: number): void => {
    for (let i = 0; i < ids.length; i++) {
      const si = studentIndex.get(ids[i]!)!;
      for (let k = start[si]!; k < start[si + 1]!; k++) if (pairLocation[k] === li) pairGrade[k] = g;
    }
  };
  for (let li = 0; li < locations.length; li++) {
    const grades = locations[li]!.priorities ?? [];
    unlisted[li] = grades.length + 1;
    for (let g = 0; g < grades.length; g++) gradeList(li, grades[g]!, g + 1);
  }
  return { pairGrade, unlisted };
}

export interface PinnedFixed {
  /** per location: the round indices of its pinned fixed students (routed, never displaced) */
  pinned: number[][];
  /** the units to route first: location and entry position per pinned student, in fixed order */
  pinLocation: Int32Array;
  pinEntry: Int32Array;
}

/** Pinned fixed students: no werkbegeleider named, at a location with them; the network chooses one. */
export function pinFixed(round: Round, c: CompiledRound, graph: SupervisedGraph): PinnedFixed {
  const pinned: number[][] = Array.from({ length: round.locations.length }, () => []);
  const location: number[] = [];
  const entry: number[] = [];
  for (const f of round.fixed) {
    const li = c.locIndex.get(f.location)!;
    if (graph.nodeBase[li]! >= 0 && !f.supervisor) {
      const si = c.studentIndex.get(f.student)!;
      location.push(li);
      entry.push(c.offered[li]![c.studentProgramme[si]!]!);
      pinned[li]!.push(si);
    }
  }
  return { pinned, pinLocation: Int32Array.from(location), pinEntry: Int32Array.from(entry) };
}
