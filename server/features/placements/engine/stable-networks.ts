// The werkbegeleiders deferred acceptance (stable.ts) handed out, read from the flow it left in the flat
// graph of every location with werkbegeleiders (built in stable-networks-build.ts, routed by the
// WebAssembly core: wasm/stable-networks.ts). Per location the same nodes and arcs, in the same order,
// as location-network.ts, so the same searches take the same paths and hand out the same werkbegeleiders.
import type { SupervisedGraph } from './stable-networks-build';

/**
 * The werkbegeleider (index within its location) carrying each routed unit, per entry, as stacks in
 * flat arrays: entry x (global, entryBase[l] + i) has units[start[x] .. start[x] + top[x] - 1].
 */
export function supervisorUnits(
  g: SupervisedGraph,
  entryBase: Int32Array,
): { units: Int32Array; start: Int32Array; top: Int32Array } {
  const E = entryBase[entryBase.length - 1]!;
  const start = new Int32Array(E + 1);
  const top = new Int32Array(E);
  const L = g.nodeBase.length;
  for (let li = 0; li < L; li++) if (g.nodeBase[li]! >= 0) unitCount(g, li, entryBase, start);
  for (let x = 0; x < E; x++) start[x + 1]! += start[x]!;
  const units = new Int32Array(start[E]!);
  for (let li = 0; li < L; li++) if (g.nodeBase[li]! >= 0) unitsOf(g, li, entryBase, units, start, top);
  return { units, start, top };
}

function unitCount(g: SupervisedGraph, li: number, entryBase: Int32Array, start: Int32Array): void {
  const base = g.nodeBase[li]!;
  for (let x = entryBase[li]!; x < entryBase[li + 1]!; x++) {
    const a = g.fwd[base + x - entryBase[li]!]!;
    start[x + 1] = g.original[a]! - g.cap[a]!;
  }
}

function unitsOf(
  g: SupervisedGraph,
  li: number,
  entryBase: Int32Array,
  units: Int32Array,
  start: Int32Array,
  top: Int32Array,
): void {
  const { adjStart, adjArc, to, cap, original, supervisorOf } = g;
  const base = g.nodeBase[li]!;
  const first = entryBase[li]!;
  const P = entryBase[li + 1]! - first;
  for (let i = 0; i < P; i++) {
    const out = base + P + i;
    const x = first + i;
    for (let j = adjStart[out]!; j < adjStart[out + 1]!; j++) {
      const a = adjArc[j]!;
      if ((a & 1) === 1) continue;
      const w = supervisorOf[to[a]!]!;
      for (let f = original[a]! - cap[a]!; f > 0; f--) units[start[x]! + top[x]!++] = w;
    }
  }
}
