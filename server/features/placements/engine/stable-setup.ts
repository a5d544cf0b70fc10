// Deferred acceptance's setup (stable.ts), once per round and cold: what the WebAssembly core needs
// from strings — the priority lists as student indices and the ids the lottery hashes — the pinned
// fixed students the werkbegeleider networks route first, and the lottery number for the explanations.
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
 * The locations' priority lists as student indices, for the core to grade the pairs with
 * (wasm/deferred-acceptance.ts): per location its number of grades, per grade its number of students,
 * and the students, in list order. A Map lookup per listed id, in a function called per grade: the CLI
 * has no on-stack replacement (decision 084), so a long loop in a function called once would stay in
 * the interpreter.
 */
export function listedStudents(
  round: Round,
  c: CompiledRound,
): { gradeCount: Int32Array; listCount: Int32Array; listed: Int32Array } {
  const { locations } = round;
  const gradeCount = new Int32Array(locations.length);
  let lists = 0;
  let ids = 0;
  for (let li = 0; li < locations.length; li++) {
    const grades = locations[li]!.priorities ?? [];
    gradeCount[li] = grades.length;
    lists += grades.length;
    for (let g = 0; g < grades.length; g++) ids += grades[g]!.length;
  }
  const listCount = new Int32Array(lists);
  const listed = new Int32Array(ids);
  let l = 0;
  let o = 0;
  const resolve = (list: string[]): void => {
    listCount[l++] = list.length;
    for (let i = 0; i < list.length; i++) listed[o++] = c.studentIndex.get(list[i]!)!;
  };
  for (let li = 0; li < locations.length; li++) for (const list of locations[li]!.priorities ?? []) resolve(list);
  return { gradeCount, listCount, listed };
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
