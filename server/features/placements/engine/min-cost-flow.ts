// Exact min-cost maximum flow for placement networks. The algorithm runs as WebAssembly, compiled
// from the AssemblyScript in ./wasm/ (the algorithm and its proofs are described there and in
// docs/decisions/010-matching-engine.md); decision 094 says why: the CLI solves once in a fresh
// process, and JavaScript spent half of that solve warming up V8's JIT, which compiled WebAssembly
// does not need. This file copies the FlowNetwork's arrays into the module's linear memory, runs the
// solve, and copies the state it changed back, so decode, explain and repair read the FlowNetwork as before.
import { flowCoreWasm } from './flow-core-wasm';
import type { FlowNetwork } from './flow-network';

/** Distances beyond this many buckets past the current base wait in an overflow list. */
const DEFAULT_BUCKETS = 4096;

interface FlowCore {
  memory: WebAssembly.Memory;
  reset(): void;
  reserve(bytes: number): number;
  solve(table: number, R: number, n: number, arcs: number, buckets: number): number;
}

type FlowArray = Int32Array | Uint8Array;

// Synchronous compile and instantiation: the engine runs in the one-shot CLI and in a worker thread,
// both synchronous code; the module is ~8 KB, compiled once per process on first use.
let core: FlowCore | undefined;
function flowCore(): FlowCore {
  core ??= new WebAssembly.Instance(new WebAssembly.Module(flowCoreWasm), {
    env: {
      abort: () => {
        throw new Error('min-cost flow: the WebAssembly core aborted');
      },
    },
  }).exports as unknown as FlowCore;
  return core;
}

/** The linear memory's size in bytes (it grows with the largest round solved so far in this process). */
export function flowCoreMemoryBytes(): number {
  return flowCore().memory.buffer.byteLength;
}

/** The arrays in the order the core's bindNetwork reads them (wasm/network.ts); it builds its own from these. */
const ARRAYS = [
  'nodeStart',
  'head',
  'rcap',
  'rev',
  'sStart',
  'sHead',
  'sCost',
  'pinned',
  'placedArc',
  'srcFlow',
  'pi',
] as const;

/** The ones the solve changes, copied back: decode reads rcap and placedArc, explain also pi and srcFlow. */
const CHANGED = new Set<string>(['rcap', 'placedArc', 'srcFlow', 'pi']);

function view(buffer: ArrayBuffer, at: number, like: FlowArray): FlowArray {
  return like instanceof Uint8Array ? new Uint8Array(buffer, at, like.length) : new Int32Array(buffer, at, like.length);
}

/**
 * Solves in place: on return net.placedArc holds a cheapest maximum placement and net.pi potentials
 * under which every residual arc has a non-negative reduced cost (exact duals, used by explain).
 * Throws if the pinned students cannot all be placed (the caller validates that beforehand).
 */
export function solveMinCostMaxFlow(net: FlowNetwork, options: { buckets?: number } = {}): void {
  const wasm = flowCore();
  wasm.reset();
  const arrays: FlowArray[] = ARRAYS.map((name) => net[name]);
  const table = wasm.reserve(4 * arrays.length);
  const at = arrays.map((a) => wasm.reserve(a.byteLength));
  // views only now: every reserve may grow the memory, which replaces its buffer
  const buffer = wasm.memory.buffer;
  new Int32Array(buffer, table, arrays.length).set(at);
  arrays.forEach((a, i) => view(buffer, at[i]!, a).set(a));
  const status = wasm.solve(table, net.R, net.n, net.sCost.length, options.buckets ?? DEFAULT_BUCKETS);
  if (status === 1) throw new Error('fixed placements exceed the capacities');
  if (status === 2) throw new Error('min-cost flow: excess without a reachable deficit');
  const after = wasm.memory.buffer; // the solve may have grown the memory too
  arrays.forEach((a, i) => {
    if (CHANGED.has(ARRAYS[i]!)) a.set(view(after, at[i]!, a));
  });
}
