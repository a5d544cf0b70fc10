// The little flow networks of every location with werkbegeleiders, for deferred acceptance (stable.ts),
// in one flat graph: per location the same nodes and arcs, in the same order, as location-network.ts
// (entries → programme-out → werkbegeleiders → total → sink), so every search takes the same path and
// the werkbegeleiders handed out stay the same. One graph instead of ~400 objects with ten typed arrays
// each: built in one pass of a function per location, cold (decision 095).
//
// Counting fast path: when the entry has room, the total has room and a werkbegeleider of the programme
// has room, the breadth-first search would route e → out → the first such werkbegeleider (in arc order:
// all of the programme's werkbegeleiders are queued before anything they lead to) → total → sink; we
// take that path without searching. Anything else (a detour through another programme's werkbegeleider,
// or no room) is the full search, as before.
import type { CapacityUse } from './location-network';
import { buildSupervisedGraph } from './stable-networks-build';
import type { Round } from './types';

export class SupervisedNetworks {
  /** per location: its first node (entry i is node base + i), -1 when it has no werkbegeleiders */
  readonly nodeBase: Int32Array;
  /** per location: its sink node; per location its total → sink arc */
  private readonly sinkOf: Int32Array;
  private readonly sinkArc: Int32Array;
  /** per node: its one arc towards the sink (entries, werkbegeleiders, total), for the fast path */
  private readonly fwd: Int32Array;
  /** per node: the werkbegeleider index within its location (werkbegeleider nodes only) */
  private readonly supervisorOf: Int32Array;
  private readonly to: Int32Array;
  private readonly cap: Int32Array;
  private readonly original: Int32Array;
  /** per node: its arcs adjArc[adjStart[v] .. adjStart[v + 1] - 1], in arc order */
  private readonly adjStart: Int32Array;
  private readonly adjArc: Int32Array;
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  /** the node whose complete residual search is still in `seen` (a failed add leaves it for reach) */
  private searched = -1;
  /** filled by exchangeable(): reach[i] = 1 when entry i of the location can give up a unit */
  readonly reach: Uint8Array;

  constructor(round: Round, usage: Map<string, CapacityUse>) {
    const g = buildSupervisedGraph(round, usage);
    this.nodeBase = g.nodeBase;
    this.sinkOf = g.sinkOf;
    this.sinkArc = g.sinkArc;
    this.fwd = g.fwd;
    this.supervisorOf = g.supervisorOf;
    this.to = g.to;
    this.cap = g.cap;
    this.original = g.original;
    this.adjStart = g.adjStart;
    this.adjArc = g.adjArc;
    this.parent = new Int32Array(g.nodes);
    this.seen = new Int32Array(g.nodes);
    this.queue = new Int32Array(g.nodes);
    this.reach = new Uint8Array(g.maxP);
  }

  /** Breadth-first search in the residual network from node `from`; true when it reached `sink`. */
  private search(from: number, sink: number, toSink: boolean): boolean {
    const { parent, queue, adjStart, adjArc, to, cap, seen } = this;
    const stamp = ++this.stamp;
    seen[from] = stamp;
    queue[0] = from;
    let qn = 1;
    for (let i = 0; i < qn; i++) {
      const v = queue[i]!;
      for (let j = adjStart[v]!, end = adjStart[v + 1]!; j < end; j++) {
        const a = adjArc[j]!;
        const w = to[a]!;
        if (cap[a]! <= 0 || seen[w] === stamp) continue;
        seen[w] = stamp;
        parent[w] = a;
        if (w === sink && toSink) return true;
        queue[qn++] = w;
      }
    }
    return seen[sink] === stamp;
  }

  private push(a: number): void {
    this.cap[a]!--;
    this.cap[a ^ 1]!++;
  }

  /** Routes one more student through entry e of location li if it has room; returns whether it did. */
  add(li: number, e: number): boolean {
    const { cap, fwd, to, adjStart, adjArc } = this;
    const node = this.nodeBase[li]! + e;
    const a0 = fwd[node]!;
    const sinkArc = this.sinkArc[li]!;
    this.searched = -1;
    if (cap[a0]! > 0 && cap[sinkArc]! > 0) {
      const out = to[a0]!;
      for (let j = adjStart[out]!, end = adjStart[out + 1]!; j < end; j++) {
        const a = adjArc[j]!;
        if ((a & 1) === 1 || cap[fwd[to[a]!]!]! <= 0) continue; // odd: back to the entry
        this.push(a0);
        this.push(a);
        this.push(fwd[to[a]!]!);
        this.push(sinkArc);
        return true;
      }
    }
    const sink = this.sinkOf[li]!;
    if (!this.search(node, sink, true)) {
      this.searched = node; // complete: exchangeable(li, e) can reuse it
      return false;
    }
    for (let v = sink; v !== node;) {
      const a = this.parent[v]!;
      this.push(a);
      v = to[a ^ 1]!;
    }
    return true;
  }

  /** Takes one routed student of entry e of location li out again (along any arcs that carry flow). */
  remove(li: number, e: number): void {
    const { adjStart, adjArc, cap, original, to } = this;
    const sink = this.sinkOf[li]!;
    this.searched = -1;
    for (let v = this.nodeBase[li]! + e; v !== sink;) {
      let next = -1;
      for (let j = adjStart[v]!; j < adjStart[v + 1]!; j++) {
        const a = adjArc[j]!;
        if ((a & 1) === 0 && cap[a]! < original[a]!) {
          next = a;
          break;
        }
      }
      if (next < 0) throw new Error('location network: no flow to remove');
      cap[next]!++;
      cap[next ^ 1]!--;
      v = to[next]!;
    }
  }

  /** Marks in `reach` the entries of location li whose routed students could give up their unit to entry e. */
  exchangeable(li: number, e: number, entries: number): Uint8Array {
    const base = this.nodeBase[li]!;
    if (this.searched !== base + e) this.search(base + e, this.sinkOf[li]!, false);
    this.searched = base + e;
    for (let i = 0; i < entries; i++) this.reach[i] = this.seen[base + i] === this.stamp ? 1 : 0;
    return this.reach;
  }

  /**
   * The werkbegeleider (index within its location) carrying each routed unit, per entry, as stacks in
   * flat arrays: entry x (global, entryBase[l] + i) has units[start[x] .. start[x] + top[x] - 1].
   */
  supervisorUnits(entryBase: Int32Array): { units: Int32Array; start: Int32Array; top: Int32Array } {
    const E = entryBase[entryBase.length - 1]!;
    const start = new Int32Array(E + 1);
    const top = new Int32Array(E);
    const L = this.nodeBase.length;
    for (let li = 0; li < L; li++) if (this.nodeBase[li]! >= 0) this.unitCount(li, entryBase, start);
    for (let x = 0; x < E; x++) start[x + 1]! += start[x]!;
    const units = new Int32Array(start[E]!);
    for (let li = 0; li < L; li++) if (this.nodeBase[li]! >= 0) this.unitsOf(li, entryBase, units, start, top);
    return { units, start, top };
  }

  private unitCount(li: number, entryBase: Int32Array, start: Int32Array): void {
    const base = this.nodeBase[li]!;
    for (let x = entryBase[li]!; x < entryBase[li + 1]!; x++) {
      const a = this.fwd[base + x - entryBase[li]!]!;
      start[x + 1] = this.original[a]! - this.cap[a]!;
    }
  }

  private unitsOf(li: number, entryBase: Int32Array, units: Int32Array, start: Int32Array, top: Int32Array): void {
    const { adjStart, adjArc, to, cap, original } = this;
    const base = this.nodeBase[li]!;
    const first = entryBase[li]!;
    const P = entryBase[li + 1]! - first;
    for (let i = 0; i < P; i++) {
      const out = base + P + i;
      const x = first + i;
      for (let j = adjStart[out]!; j < adjStart[out + 1]!; j++) {
        const a = adjArc[j]!;
        if ((a & 1) === 1) continue;
        const w = this.supervisorOf[to[a]!]!;
        for (let f = original[a]! - cap[a]!; f > 0; f--) units[start[x]! + top[x]!++] = w;
      }
    }
  }
}
