// The flat graph deferred acceptance routes in (wasm/stable-networks.ts): every location with
// werkbegeleiders, with the nodes and arcs of location-network.ts in the same order (entries, programme-out, werkbegeleiders, total, sink; arcs per
// entry, then per werkbegeleider its programmes and its total, then total → sink), each location's
// arcs contiguous and listed per tail node in arc order. Built in functions called per location: the
// CLI has no on-stack replacement, so a loop over all arcs here would stay in the interpreter (084).
import type { CapacityUse } from './location-network';
import type { Round } from './types';

const INF = 1 << 29;

export interface SupervisedGraph {
  /** per location: its first node (entry i is node base + i), -1 when it has no werkbegeleiders */
  nodeBase: Int32Array;
  /** per location: its sink node, and its total → sink arc */
  sinkOf: Int32Array;
  sinkArc: Int32Array;
  /** per node: its one arc towards the sink (entries, werkbegeleiders, total) */
  fwd: Int32Array;
  /** per node: the werkbegeleider index within its location (werkbegeleider nodes only) */
  supervisorOf: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  original: Int32Array;
  /** per node: its arcs adjArc[adjStart[v] .. adjStart[v + 1] - 1], in arc order */
  adjStart: Int32Array;
  adjArc: Int32Array;
  nodes: number;
  /** the most programmes of one location */
  maxP: number;
}

export function buildSupervisedGraph({ locations }: Round, usage: Map<string, CapacityUse>): SupervisedGraph {
  const L = locations.length;
  const nodeBase = new Int32Array(L).fill(-1);
  const sinkOf = new Int32Array(L);
  const sinkArc = new Int32Array(L);
  const keys: (string[] | null)[] = new Array<string[] | null>(L).fill(null);
  let nodes = 0;
  let arcs = 0;
  let maxP = 0;
  const count = (li: number): void => {
    const sups = locations[li]!.supervisors;
    if (sups === undefined || sups.length === 0) return;
    const progs = (keys[li] = Object.keys(locations[li]!.programmeCapacity));
    nodeBase[li] = nodes;
    nodes += 2 * progs.length + sups.length + 2;
    arcs += 2 * (progs.length + sups.length + 1);
    for (let wi = 0; wi < sups.length; wi++) {
      const ps = sups[wi]!.programmes;
      for (let j = 0; j < ps.length; j++) if (progs.includes(ps[j]!)) arcs += 2;
    }
    if (progs.length > maxP) maxP = progs.length;
  };
  for (let li = 0; li < L; li++) count(li);
  const tails = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const cap = new Int32Array(arcs);
  const fwd = new Int32Array(nodes);
  const supervisorOf = new Int32Array(nodes);
  let k = 0;
  const arc = (a: number, b: number, c: number): void => {
    tails[k] = a;
    to[k] = b;
    cap[k++] = c > 0 ? c : 0;
    tails[k] = b;
    to[k] = a;
    cap[k++] = 0;
  };
  const supervisorArcs = (li: number, wi: number, base: number, P: number): void => {
    const l = locations[li]!;
    const w = l.supervisors![wi]!;
    const progs = keys[li]!;
    const node = base + 2 * P + wi;
    supervisorOf[node] = wi;
    for (let j = 0; j < w.programmes.length; j++) {
      const i = progs.indexOf(w.programmes[j]!);
      if (i >= 0) arc(base + P + i, node, INF);
    }
    fwd[node] = k;
    arc(node, base + 2 * P + l.supervisors!.length, w.capacity - (usage.get(l.id)?.supervisor.get(w.id) ?? 0));
  };
  const build = (li: number): void => {
    const base = nodeBase[li]!;
    const l = locations[li]!;
    const used = usage.get(l.id);
    const progs = keys[li]!;
    const P = progs.length;
    const W = l.supervisors!.length;
    for (let i = 0; i < P; i++) {
      fwd[base + i] = k;
      arc(base + i, base + P + i, l.programmeCapacity[progs[i]!]! - (used?.programme.get(progs[i]!) ?? 0));
    }
    for (let wi = 0; wi < W; wi++) supervisorArcs(li, wi, base, P);
    const total = base + 2 * P + W;
    fwd[total] = sinkArc[li] = k;
    sinkOf[li] = total + 1;
    arc(total, total + 1, l.capacity - (used?.total ?? 0));
  };
  const original = new Int32Array(arcs);
  const adjStart = new Int32Array(nodes + 1);
  const adjArc = new Int32Array(arcs);
  const fill = new Int32Array(nodes);
  // per location: its arcs (contiguous from `first`) listed per tail node in arc order
  const adjacency = (li: number): void => {
    const first = k;
    build(li);
    const v0 = nodeBase[li]!;
    const v1 = sinkOf[li]! + 1;
    for (let a = first; a < k; a++) {
      original[a] = cap[a]!;
      adjStart[tails[a]! + 1]!++;
    }
    adjStart[v0] = first;
    for (let v = v0; v < v1; v++) adjStart[v + 1]! += adjStart[v]!;
    for (let v = v0; v < v1; v++) fill[v] = adjStart[v]!;
    for (let a = first; a < k; a++) adjArc[fill[tails[a]!]!++] = a;
  };
  for (let li = 0; li < L; li++) if (nodeBase[li]! >= 0) adjacency(li);
  return { nodeBase, sinkOf, sinkArc, fwd, supervisorOf, to, cap, original, adjStart, adjArc, nodes, maxP };
}
