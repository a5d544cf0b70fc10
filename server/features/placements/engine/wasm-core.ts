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
  const changed = arrays.map((_, i) => i >= arrays.length - 3);
  exactFarther = exact;
  try {
    return runInCore(arrays, changed, (c, table) => c.eligiblePairs(table, students, programmeCount));
  } finally {
    exactFarther = null;
  }
}

/** The linear memory's size in bytes (it grows with the largest round solved so far in this process). */
export function coreMemoryBytes(): number {
  return core.memory.buffer.byteLength;
}

function view(buffer: ArrayBuffer, at: number, like: CoreArray): CoreArray {
  if (like instanceof Uint8Array) return new Uint8Array(buffer, at, like.length);
  if (like instanceof Float64Array) return new Float64Array(buffer, at, like.length);
  return new Int32Array(buffer, at, like.length);
}

/**
 * Frees the previous solve's memory, copies `arrays` in (a table of their addresses first, in this
 * order), runs `run` with the table's address, then copies the arrays marked in `changed` back.
 */
export function runInCore(
  arrays: readonly CoreArray[],
  changed: readonly boolean[],
  run: (core: Core, table: number) => number,
): number {
  core.reset();
  const table = core.reserve(4 * arrays.length);
  const at = arrays.map((a) => core.reserve(a.byteLength));
  // views only now: every reserve may grow the memory, which replaces its buffer
  const buffer = core.memory.buffer;
  new Int32Array(buffer, table, arrays.length).set(at);
  arrays.forEach((a, i) => view(buffer, at[i]!, a).set(a));
  const status = run(core, table);
  const after = core.memory.buffer; // the run may have grown the memory too
  arrays.forEach((a, i) => {
    if (changed[i]) a.set(view(after, at[i]!, a));
  });
  return status;
}
