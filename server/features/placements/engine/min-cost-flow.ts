// Exact min-cost maximum flow for placement networks. The algorithm runs as WebAssembly, compiled
// from the AssemblyScript in ./wasm/ (the algorithm and its proofs are described there and in
// docs/decisions/010-matching-engine.md); decision 094 says why: the CLI solves once in a fresh
// process, and JavaScript spent half of that solve warming up V8's JIT, which compiled WebAssembly
// does not need. This file copies the FlowNetwork's arrays into the module's linear memory, runs the
// solve, and copies the state it changed back, so decode, explain and repair read the FlowNetwork as before.
import type { FlowNetwork } from './flow-network';
import { runInCore, type CoreArray, type CoreUse } from './wasm-core';

/** Distances beyond this many buckets past the current base wait in an overflow list. */
const DEFAULT_BUCKETS = 4096;

/**
 * The arrays in the order the core's bindNetwork reads them (wasm/network.ts); it builds its own from
 * these. A plain round's network hands over its arcs' locations and ranks in place of heads and costs,
 * and the table of entries and the students' programmes after the rest: the core derives the heads and
 * costs itself (flow-network.ts, DerivedArcs).
 */
function coreArrays(net: FlowNetwork): { arrays: CoreArray[]; uses: CoreUse[]; programmes: number } {
  const d = net.derived;
  const arrays: CoreArray[] = [
    net.nodeStart,
    net.head,
    net.rcap,
    net.rev,
    net.sStart,
    d ? d.location : net.sHead,
    d ? d.rank : net.sCost,
    net.pinned,
    net.placedArc,
    net.srcFlow,
    net.pi,
  ];
  if (d) arrays.push(d.entryOf, d.programme);
  // the ones the solve changes, copied back: decode reads rcap and placedArc, explain also pi and srcFlow
  const uses = arrays.map((a): CoreUse =>
    a === net.rcap || a === net.placedArc || a === net.srcFlow || a === net.pi ? 'inout' : 'in',
  );
  return { arrays, uses, programmes: d ? d.programmes : 0 };
}

/**
 * Solves in place: on return net.placedArc holds a cheapest maximum placement and net.pi potentials
 * under which every residual arc has a non-negative reduced cost (exact duals, used by explain).
 * Throws if the pinned students cannot all be placed (the caller validates that beforehand).
 */
export function solveMinCostMaxFlow(net: FlowNetwork, options: { buckets?: number } = {}): void {
  const { arrays, uses, programmes } = coreArrays(net);
  const status = runInCore(arrays, uses, (core, table) =>
    core.solve(table, net.R, net.n, net.sStart[net.n]!, options.buckets ?? DEFAULT_BUCKETS, programmes),
  );
  if (status === 1) throw new Error('fixed placements exceed the capacities');
  if (status === 2) throw new Error('min-cost flow: excess without a reachable deficit');
}
