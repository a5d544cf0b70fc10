// One location's own little flow network: programme entries → (werkbegeleiders) → total → sink.
// A set of students fits the location iff one unit per student can be routed from the student's
// programme entry to the sink. Those routable sets form a matroid (a gammoid), which is what makes the
// priority-greedy choice of the stable mode substitutable (docs/decisions/010-matching-engine.md).
// Typed arrays, stamps instead of clearing, and a search that stops at the sink: deferred acceptance
// calls add() tens of thousands of times on a 10,000-student round, and builds ~400 of these.
import type { Location } from './types';

const INF = 1 << 29;

export interface CapacityUse {
  total: number;
  programme: Map<string, number>;
  supervisor: Map<string, number>;
}

export class LocationNetwork {
  readonly programmes: string[];
  private readonly supervisorIds: string[];
  private readonly supervisorBase: number;
  private readonly sink: number;
  private readonly adjStart: Int32Array;
  private readonly adjArc: Int32Array;
  private readonly to: Int32Array;
  private readonly cap: Int32Array;
  private readonly original: Int32Array;
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly queue: Int32Array;
  /** filled by exchangeable(): reach[e] = 1 when entry e can give up a unit */
  readonly reach: Uint8Array;
  /** entry whose complete residual search is still in `seen` (a failed add leaves it for exchangeable) */
  private searched = -1;
  private entryMap: Map<string, number> | null = null;

  /** `used` holds what fixed placements with a named supervisor already take (subtracted here). */
  constructor(location: Location, used?: CapacityUse) {
    const sups = location.supervisors ?? [];
    const progs = Object.keys(location.programmeCapacity);
    this.programmes = progs;
    const P = progs.length;
    const W = sups.length;
    this.supervisorIds = sups.map((w) => w.id);
    // nodes: entries 0..P-1, programme-out P..2P-1 (only with supervisors), supervisors, total, sink
    const outBase = P;
    this.supervisorBase = W > 0 ? 2 * P : P;
    const total = this.supervisorBase + W;
    this.sink = total + 1;
    const nodes = this.sink + 1;
    let m = P + W + 1;
    for (let wi = 0; wi < W; wi++) for (const p of sups[wi]!.programmes) if (progs.includes(p)) m++;
    const tails = new Int32Array(2 * m);
    this.to = new Int32Array(2 * m);
    this.cap = new Int32Array(2 * m);
    let k = 0;
    const arc = (a: number, b: number, c: number): void => {
      tails[k] = a;
      this.to[k] = b;
      this.cap[k++] = Math.max(0, c);
      tails[k] = b;
      this.to[k] = a;
      this.cap[k++] = 0;
    };
    for (let i = 0; i < P; i++) {
      const c = location.programmeCapacity[progs[i]!]! - (used?.programme.get(progs[i]!) ?? 0);
      arc(i, W > 0 ? outBase + i : total, c);
    }
    for (let wi = 0; wi < W; wi++) {
      const w = sups[wi]!;
      for (const p of w.programmes) {
        const i = progs.indexOf(p);
        if (i >= 0) arc(outBase + i, this.supervisorBase + wi, INF);
      }
      arc(this.supervisorBase + wi, total, w.capacity - (used?.supervisor.get(w.id) ?? 0));
    }
    arc(total, this.sink, location.capacity - (used?.total ?? 0));
    this.original = this.cap.slice();
    this.adjStart = new Int32Array(nodes + 1);
    for (let a = 0; a < k; a++) this.adjStart[tails[a]! + 1]!++;
    for (let v = 0; v < nodes; v++) this.adjStart[v + 1]! += this.adjStart[v]!;
    const fill = this.adjStart.slice(0, nodes);
    this.adjArc = new Int32Array(k);
    for (let a = 0; a < k; a++) this.adjArc[fill[tails[a]!]!++] = a;
    this.parent = new Int32Array(nodes);
    this.seen = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.reach = new Uint8Array(P);
  }

  /** programme -> entry index (0..entryCount-1; entry i is node i) */
  get entry(): Map<string, number> {
    this.entryMap ??= new Map(this.programmes.map((p, i) => [p, i]));
    return this.entryMap;
  }

  /** Breadth-first search in the residual network from `from`; true when it reached the sink. */
  private search(from: number, toSink: boolean): boolean {
    const { parent, queue, adjStart, adjArc, to, cap, seen, sink } = this;
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

  /** Routes one more student through entry e if the location has room; returns whether it did. */
  add(e: number): boolean {
    if (e < 0) return false;
    if (!this.search(e, true)) {
      this.searched = e; // complete: exchangeable(e) can reuse it
      return false;
    }
    this.searched = -1;
    for (let v = this.sink; v !== e;) {
      const a = this.parent[v]!;
      this.cap[a]!--;
      this.cap[a ^ 1]!++;
      v = this.to[a ^ 1]!;
    }
    return true;
  }

  /** Takes one routed student of entry e out again (along any arcs that carry flow). */
  remove(e: number): void {
    const { adjStart, adjArc, cap, original, to } = this;
    this.searched = -1;
    for (let v = e; v !== this.sink;) {
      let next = -1;
      for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
        const a = adjArc[k]!;
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

  /** Marks in `reach` the entries whose routed students could give up their unit to entry e. */
  exchangeable(e: number): Uint8Array {
    if (this.searched !== e) this.search(e, false);
    this.searched = e;
    for (let i = 0; i < this.reach.length; i++) this.reach[i] = this.seen[i] === this.stamp ? 1 : 0;
    return this.reach;
  }

  /** The supervisor carrying each routed unit, one per unit, per programme (for the output). */
  supervisorUnits(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const P = this.programmes.length;
    for (let i = 0; i < P; i++) out.set(this.programmes[i]!, []);
    if (this.supervisorIds.length === 0) return out;
    for (let a = 0; a < this.to.length; a += 2) {
      const from = this.to[a + 1]!;
      const w = this.to[a]! - this.supervisorBase;
      if (from < P || from >= 2 * P || w < 0 || w >= this.supervisorIds.length) continue;
      const flow = this.original[a]! - this.cap[a]!;
      const list = out.get(this.programmes[from - P]!)!;
      for (let k = 0; k < flow; k++) list.push(this.supervisorIds[w]!);
    }
    return out;
  }
}
