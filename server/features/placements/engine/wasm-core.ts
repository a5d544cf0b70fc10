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
}

export type CoreArray = Int32Array | Uint8Array | Float64Array;

const core = new WebAssembly.Instance(new WebAssembly.Module(flowCoreWasm), {
  env: {
    abort: () => {
      throw new Error('engine: the WebAssembly core aborted');
    },
  },
}).exports as unknown as Core;

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
