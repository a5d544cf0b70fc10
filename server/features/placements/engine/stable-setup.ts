// Deferred acceptance's setup (stable.ts), once per round and cold: what the WebAssembly core needs
// from strings — the ids the lottery hashes (the priority lists as student indices come with the
// round's index, round-index.ts) — the pinned fixed students the werkbegeleider networks route first,
// and the lottery number for the explanations.
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
