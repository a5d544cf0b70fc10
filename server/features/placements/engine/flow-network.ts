// The residual network the optimal solver works on, in flat typed arrays (no per-arc objects, so a
// 10,000-student round allocates a handful of arrays and the garbage collector stays idle).
//
// Two kinds of nodes:
//  - "right" nodes 0..R-1: SOURCE (0), SINK (1), and per location its programme entries, supervisors
//    and total node. Their arcs are explicit, stored in CSR with paired reverse arcs, cost 0.
//  - student nodes R..R+n-1. A student's arcs (to programme entries, cost = rank², capacity 1) are kept
//    outside the CSR: a student is simply "placed through arc a" or not.
//
// JS builds these arrays; the solver, WebAssembly (wasm/network.ts keeps the same names), changes them in
// its own memory, and min-cost-flow.ts copies the changed ones back (decision 094). The solver's own
// bookkeeping (per entry the arcs placed through it first, the source's list, the excesses) it builds
// and keeps to itself: nothing in JavaScript reads it.

export const SOURCE = 0;
export const SINK = 1;

/** Collects the right-hand network before it is frozen into CSR form. */
export class RightNetworkBuilder {
  nodeCount = 2;
  private count = 0;
  // typed arrays grown by doubling: number[] pushes in cold code were half a megabyte of fresh memory
  // for a 500-location round (decision 094, seventh addendum)
  private tails: Int32Array = new Int32Array(1024);
  private heads: Int32Array = new Int32Array(1024);
  private caps: Int32Array = new Int32Array(1024);

  addNode(): number {
    return this.nodeCount++;
  }

  /** Returns a builder arc id; FlowNetwork.arcIndex maps it to the CSR position. */
  addArc(tail: number, head: number, capacity: number): number {
    if (this.count === this.tails.length) this.grow();
    this.tails[this.count] = tail;
    this.heads[this.count] = head;
    this.caps[this.count] = Math.max(0, capacity);
    return this.count++;
  }

  get arcs(): { tails: Int32Array; heads: Int32Array; caps: Int32Array } {
    const m = this.count;
    return { tails: this.tails.subarray(0, m), heads: this.heads.subarray(0, m), caps: this.caps.subarray(0, m) };
  }

  private grow(): void {
    const doubled = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.tails = doubled(this.tails);
    this.heads = doubled(this.heads);
    this.caps = doubled(this.caps);
  }
}

export interface StudentArcs {
  count: number;
  /** CSR: arcs of student s are start[s]..start[s+1]-1, in preference order. */
  start: Int32Array;
  /** 1 = a fixed student whose supervisor the engine chooses: always placed, no source arc. */
  pinned: Uint8Array;
  /** Each arc's right node (a programme entry) and cost (rank² in a plain round, a non-negative integer)… */
  head?: Int32Array;
  cost?: Int32Array;
  /** …or, for a plain round, what they follow from (see DerivedArcs): the core computes them itself. */
  derived?: DerivedArcs;
}

/**
 * A plain round's student arcs, as the compiled round has them: arc a of student s leads to the entry
 * entryOf[location[a] * programmes + programme[s]] at cost rank[a]². The core derives heads and costs
 * from these in its own memory (no JavaScript arrays to fill and copy: decision 094, seventh addendum);
 * JavaScript computes them only when something asks (the explanations).
 */
export interface DerivedArcs {
  location: Int32Array;
  rank: Int32Array;
  entryOf: Int32Array;
  programme: Int32Array;
  programmes: number;
}

export class FlowNetwork {
  readonly R: number;
  readonly n: number;
  readonly N: number;
  // explicit right arcs, CSR with reverse pairing
  readonly nodeStart: Int32Array;
  readonly head: Int32Array;
  readonly rcap: Int32Array;
  readonly rev: Int32Array;
  /** builder arc id -> CSR index of its forward arc */
  readonly arcIndex: Int32Array;
  // student arcs
  readonly sStart: Int32Array;
  readonly pinned: Uint8Array;
  readonly derived: DerivedArcs | undefined;
  private heads: Int32Array | undefined;
  private costs: Int32Array | undefined;
  // state
  readonly placedArc: Int32Array;
  readonly srcFlow: Uint8Array;
  readonly pi: Int32Array;

  constructor(builder: RightNetworkBuilder, students: StudentArcs) {
    const R = builder.nodeCount;
    const n = students.count;
    this.R = R;
    this.n = n;
    this.N = R + n;
    const { tails, heads, caps } = builder.arcs;
    const m = tails.length;
    const deg = new Int32Array(R + 1);
    for (let i = 0; i < m; i++) {
      deg[tails[i]!]!++;
      deg[heads[i]!]!++;
    }
    this.nodeStart = new Int32Array(R + 1);
    for (let v = 0; v < R; v++) this.nodeStart[v + 1] = this.nodeStart[v]! + deg[v]!;
    const fill = this.nodeStart.slice(0, R);
    this.head = new Int32Array(2 * m);
    this.rcap = new Int32Array(2 * m);
    this.rev = new Int32Array(2 * m);
    this.arcIndex = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const t = tails[i]!;
      const h = heads[i]!;
      const a = fill[t]!++;
      const b = fill[h]!++;
      this.head[a] = h;
      this.rcap[a] = caps[i]!;
      this.rev[a] = b;
      this.head[b] = t;
      this.rcap[b] = 0;
      this.rev[b] = a;
      this.arcIndex[i] = a;
    }

    this.sStart = students.start;
    this.heads = students.head;
    this.costs = students.cost;
    this.derived = students.derived;
    this.pinned = students.pinned;
    this.placedArc = new Int32Array(n).fill(-1);
    this.srcFlow = new Uint8Array(n);
    this.pi = new Int32Array(this.N);
  }

  /** Each student arc's right node (a programme entry). */
  get sHead(): Int32Array {
    if (!this.heads) this.derive();
    return this.heads!;
  }

  /** Each student arc's cost. */
  get sCost(): Int32Array {
    if (!this.costs) this.derive();
    return this.costs!;
  }

  private derive(): void {
    const { location, rank, entryOf, programme, programmes } = this.derived!;
    const m = location.length;
    this.heads = new Int32Array(m);
    this.costs = new Int32Array(m);
    for (let s = 0; s < this.n; s++) {
      const p = programme[s]!;
      for (let a = this.sStart[s]!, end = this.sStart[s + 1]!; a < end; a++) {
        this.heads[a] = entryOf[location[a]! * programmes + p]!;
        this.costs[a] = rank[a]! * rank[a]!;
      }
    }
  }
}
