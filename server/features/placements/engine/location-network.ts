// One location's own little flow network: programme entries → (werkbegeleiders) → total → sink.
// A set of students fits the location iff one unit per student can be routed from the student's
// programme entry to the sink. Those routable sets form a matroid (a gammoid), which is what makes the
// priority-greedy choice of the stable mode substitutable (docs/decisions/010-matching-engine.md).
// Typed arrays and preallocated scratch space: deferred acceptance calls add() tens of thousands of
// times on a 10,000-student round.
import type { Location } from './types';

const INF = 1 << 29;

export interface CapacityUse {
  total: number;
  programme: Map<string, number>;
  supervisor: Map<string, number>;
}

export class LocationNetwork {
  /** programme -> entry index (0..entryCount-1; entry i is node i) */
  readonly entry = new Map<string, number>();
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
  private readonly queue: Int32Array;
  /** filled by exchangeable(): reach[e] = 1 when entry e can give up a unit */
  readonly reach: Uint8Array;
  /** entry whose residual search is still in `parent` (a failed add leaves it for exchangeable) */
  private searched = -1;

  /** `used` holds what fixed placements with a named supervisor already take (subtracted here). */
  constructor(location: Location, used?: CapacityUse) {
    const sups = location.supervisors ?? [];
    this.programmes = Object.keys(location.programmeCapacity);
    this.supervisorIds = sups.map((w) => w.id);
    const P = this.programmes.length;
    this.programmes.forEach((p, i) => this.entry.set(p, i));
    // nodes: entries 0..P-1, programme-out P..2P-1 (only with supervisors), supervisors, total, sink
    const outBase = P;
    this.supervisorBase = sups.length > 0 ? 2 * P : P;
    const total = this.supervisorBase + sups.length;
    this.sink = total + 1;
    const nodes = this.sink + 1;
    const tails: number[] = [];
    const heads: number[] = [];
    const caps: number[] = [];
    const arc = (a: number, b: number, c: number): void => {
      tails.push(a, b);
      heads.push(b, a);
      caps.push(Math.max(0, c), 0);
    };
    this.programmes.forEach((p, i) => {
      const c = (location.programmeCapacity[p] ?? 0) - (used?.programme.get(p) ?? 0);
      arc(i, sups.length > 0 ? outBase + i : total, c);
    });
    sups.forEach((w, wi) => {
      for (const p of w.programmes) {
        const i = this.entry.get(p);
        if (i !== undefined) arc(outBase + i, this.supervisorBase + wi, INF);
      }
      arc(this.supervisorBase + wi, total, w.capacity - (used?.supervisor.get(w.id) ?? 0));
    });
    arc(total, this.sink, location.capacity - (used?.total ?? 0));
    const m = tails.length;
    this.to = Int32Array.from(heads);
    this.cap = Int32Array.from(caps);
    this.original = Int32Array.from(caps);
    this.adjStart = new Int32Array(nodes + 1);
    for (const t of tails) this.adjStart[t + 1]!++;
    for (let v = 0; v < nodes; v++) this.adjStart[v + 1]! += this.adjStart[v]!;
    const fill = this.adjStart.slice(0, nodes);
    this.adjArc = new Int32Array(m);
    for (let a = 0; a < m; a++) this.adjArc[fill[tails[a]!]!++] = a;
    this.parent = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.reach = new Uint8Array(P);
  }

  /** Breadth-first search in the residual network from node `from`; parent[v] = -2 if unreached. */
  private search(from: number): void {
    const { parent, queue, adjStart, adjArc, to, cap } = this;
    parent.fill(-2);
    parent[from] = -1;
    queue[0] = from;
    let qn = 1;
    for (let i = 0; i < qn; i++) {
      const v = queue[i]!;
      for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
        const a = adjArc[k]!;
        const w = to[a]!;
        if (cap[a]! > 0 && parent[w] === -2) {
          parent[w] = a;
          queue[qn++] = w;
        }
      }
    }
  }

  /** Routes one more student through entry e if the location has room; returns whether it did. */
  add(e: number): boolean {
    if (e < 0) return false;
    this.search(e);
    if (this.parent[this.sink] === -2) {
      this.searched = e;
      return false;
    }
    this.searched = -1;
    for (let v = this.sink; v !== e; ) {
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
    for (let v = e; v !== this.sink; ) {
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
    if (this.searched !== e) this.search(e);
    for (let i = 0; i < this.reach.length; i++) this.reach[i] = this.parent[i] !== -2 ? 1 : 0;
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
