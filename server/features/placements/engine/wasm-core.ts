// The engine's WebAssembly core (compiled from ./wasm/, AssemblyScript, decision 094): the optimal
// solver's min-cost flow and the stable objective's deferred acceptance. One instance per thread; each
// solve starts at the bottom of its heap (reset), copies its arrays in, runs, and copies back what
// changed. Compiled and instantiated when the engine is loaded, as HiGHS is loaded before the benchmark
// times its solve: start-up, not solving (a few milliseconds, once per process or worker thread).
import { flowCoreWasm } from './flow-core-wasm';

interface Core {
  memory: WebAssembly.Memory;
  reset(): void;
  reserve(bytes: number): number;
  solve(table: number, R: number, n: number, arcs: number, buckets: number, programmes: number): number;
  deferredAcceptance(
    table: number,
    students: number,
    locations: number,
    programmes: number,
    entries: number,
    pins: number,
    nodes: number,
    maxProgrammes: number,
  ): number;
  eligiblePairs(table: number, students: number, programmeCount: number): number;
  fartherBound(
    aLat: number,
    aLon: number,
    bLat: number,
    bLon: number,
    cosA: number,
    cosB: number,
    maxKm: number,
  ): number;
}

export type CoreArray = Int32Array | Uint8Array | Float64Array;

/** What the core asks when its bounds cannot decide a distance (wasm/pairs.ts): set per call. */
let exactFarther: ((student: number, location: number) => boolean) | null = null;

const core = new WebAssembly.Instance(new WebAssembly.Module(flowCoreWasm), {
  env: {
    abort: () => {
      throw new Error('engine: the WebAssembly core aborted');
    },
  },
  pairs: { farther: (student: number, location: number) => (exactFarther!(student, location) ? 1 : 0) },
}).exports as unknown as Core;

/** The core's distance bounds (wasm/pairs.ts): 1 farther, 0 not, -1 undecided. */
export function fartherBound(...args: Parameters<Core['fartherBound']>): number {
  return core.fartherBound(...args);
}

/**
 * The allowed pairs in the core (wasm/pairs.ts, its table order): `exact(student, location)` answers the
 * distances its bounds leave open. Returns the number of pairs written back into the last three arrays.
 */
export function eligiblePairsInCore(
  arrays: readonly CoreArray[],
  students: number,
  programmeCount: number,
  exact: (student: number, location: number) => boolean,
): number {
  // the last three (start, pairLocation, pairRank) are the core's answer: not copied in, and of the
  // pairs only the `count` it wrote come back (1.7 MB of zeros read and copied per solve before)
  const outputs = arrays.length - 3;
  const uses = arrays.map((_, i): CoreUse => (i >= outputs ? 'out' : 'in'));
  exactFarther = exact;
  try {
    return runInCore(
      arrays,
      uses,
      (c, table) => c.eligiblePairs(table, students, programmeCount),
      (count, i) => (i === outputs ? arrays[i]!.length : count),
    );
  } finally {
    exactFarther = null;
  }
}

/**
 * `bytes` bytes at the bottom of the core's heap, for a caller to fill before its next solve (the CLI reads
 * the round file into them): the solve lays its arrays out from the same address, so they reuse pages
 * already touched, and a page's first touch costs 12–16 µs on our machines (decision 094, twelfth
 * addendum). Valid until the next call into the core; the core zeroes what it needs zeroed (wasm/memory.ts).
 */
export function lendCoreMemory(bytes: number): Uint8Array {
  core.reset();
  const at = core.reserve(bytes);
  return new Uint8Array(core.memory.buffer, at, bytes);
}

/** The linear memory's size in bytes (it grows with the largest round solved so far in this process). */
export function coreMemoryBytes(): number {
  return core.memory.buffer.byteLength;
}

function view(buffer: ArrayBuffer, at: number, like: CoreArray, length: number): CoreArray {
  if (like instanceof Uint8Array) return new Uint8Array(buffer, at, length);
  if (like instanceof Float64Array) return new Float64Array(buffer, at, length);
  return new Int32Array(buffer, at, length);
}

/**
 * What the core does with an array: only reads it ('in'), reads and changes it ('inout': copied back),
 * or only writes it ('out': not copied in, copied back).
 */
export type CoreUse = 'in' | 'inout' | 'out';

/**
 * Frees the previous solve's memory, copies the arrays the core reads in (a table of all their
 * addresses first, in this order), runs `run` with the table's address, then copies back the first
 * `backLength(status, i)` elements (all by default) of each array the core changes or writes.
 */
export function runInCore(
  arrays: readonly CoreArray[],
  uses: readonly CoreUse[],
  run: (core: Core, table: number) => number,
  backLength: (status: number, i: number) => number = (_, i) => arrays[i]!.length,
): number {
  core.reset();
  const table = core.reserve(4 * arrays.length);
  const at = arrays.map((a) => core.reserve(a.byteLength));
  // views only now: every reserve may grow the memory, which replaces its buffer
  const buffer = core.memory.buffer;
  new Int32Array(buffer, table, arrays.length).set(at);
  arrays.forEach((a, i) => {
    if (uses[i] !== 'out') view(buffer, at[i]!, a, a.length).set(a);
  });
  const status = run(core, table);
  const after = core.memory.buffer; // the run may have grown the memory too
  arrays.forEach((a, i) => {
    if (uses[i] !== 'in') a.set(view(after, at[i]!, a, backLength(status, i)));
  });
  return status;
}
