// One location's own little flow network: programme entries → (werkbegeleiders) → total → sink.
// A set of students fits the location iff one unit per student can be routed from the student's
// programme entry to the sink. Those routable sets form a matroid (a gammoid), which is what makes the
// priority-greedy choice of the stable mode substitutable (docs/decisions/010-matching-engine.md).
import type { Location } from './types';

const INF = 1 << 29;

export class LocationNetwork {
  /** programme -> entry node */
  readonly entry = new Map<string, number>();
  /** supervisor id -> node */
  readonly supervisorNode = new Map<string, number>();
  readonly total: number;
  readonly sink: number;
  private readonly adj: number[][] = [];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly original: number[] = [];

  /** `used` holds what fixed placements with a named supervisor already take (subtracted here). */
  constructor(
    location: Location,
    used: { total: number; programme: Map<string, number>; supervisor: Map<string, number> } = {
      total: 0,
      programme: new Map(),
      supervisor: new Map(),
    },
  ) {
    const sups = location.supervisors ?? [];
    const programmes = Object.keys(location.programmeCapacity);
    const outNode = new Map<string, number>();
    for (const p of programmes) this.entry.set(p, this.node());
    if (sups.length > 0) for (const p of programmes) outNode.set(p, this.node());
    for (const w of sups) this.supervisorNode.set(w.id, this.node());
    this.total = this.node();
    this.sink = this.node();
    for (const p of programmes) {
      const c = (location.programmeCapacity[p] ?? 0) - (used.programme.get(p) ?? 0);
      this.arc(this.entry.get(p)!, sups.length > 0 ? outNode.get(p)! : this.total, c);
    }
    for (const w of sups) {
      const wn = this.supervisorNode.get(w.id)!;
      for (const p of w.programmes) if (outNode.has(p)) this.arc(outNode.get(p)!, wn, INF);
      this.arc(wn, this.total, w.capacity - (used.supervisor.get(w.id) ?? 0));
    }
    this.arc(this.total, this.sink, location.capacity - used.total);
  }

  private node(): number {
    this.adj.push([]);
    return this.adj.length - 1;
  }

  private arc(from: number, to: number, capacity: number): void {
    const c = Math.max(0, capacity);
    this.adj[from]!.push(this.to.length);
    this.to.push(to);
    this.cap.push(c);
    this.original.push(c);
    this.adj[to]!.push(this.to.length);
    this.to.push(from);
    this.cap.push(0);
    this.original.push(0);
  }

  /** Breadth-first search in the residual network; returns the parent arc of every reached node. */
  private search(from: number): Int32Array {
    const parent = new Int32Array(this.adj.length).fill(-2);
    parent[from] = -1;
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (const a of this.adj[v]!) {
        const w = this.to[a]!;
        if (this.cap[a]! > 0 && parent[w] === -2) {
          parent[w] = a;
          queue.push(w);
        }
      }
    }
    return parent;
  }

  /** Routes one more student of this programme if the location has room; returns whether it did. */
  add(programme: string): boolean {
    const e = this.entry.get(programme);
    if (e === undefined) return false;
    const parent = this.search(e);
    if (parent[this.sink] === -2) return false;
    for (let v = this.sink; v !== e; ) {
      const a = parent[v]!;
      this.cap[a]!--;
      this.cap[a ^ 1]!++;
      v = this.to[a ^ 1]!;
    }
    return true;
  }

  /** Takes one routed student of this programme out again. */
  remove(programme: string): void {
    const e = this.entry.get(programme);
    if (e === undefined) throw new Error(`no entry for ${programme}`);
    // follow arcs that carry flow (forward arcs whose residual is below the original capacity)
    for (let v = e; v !== this.sink; ) {
      const a = this.adj[v]!.find((x) => (x & 1) === 0 && this.cap[x]! < this.original[x]!);
      if (a === undefined) throw new Error(`no flow to remove for ${programme}`);
      this.cap[a]!++;
      this.cap[a ^ 1]!--;
      v = this.to[a]!;
    }
  }

  /** Programmes whose routed students could give up their unit to a new student of `programme`. */
  exchangeable(programme: string): Set<string> {
    const e = this.entry.get(programme);
    const out = new Set<string>();
    if (e === undefined) return out;
    const parent = this.search(e);
    for (const [p, node] of this.entry) if (parent[node] !== -2) out.add(p);
    return out;
  }

  /** The supervisor carrying each routed unit, one per unit, per programme (for the output). */
  supervisorUnits(): Map<string, string[]> {
    const flow = this.cap.map((c, a) => ((a & 1) === 0 ? this.original[a]! - c : 0));
    const byNode = new Map<number, string>();
    for (const [id, node] of this.supervisorNode) byNode.set(node, id);
    const out = new Map<string, string[]>();
    for (const [p, e] of this.entry) {
      const list: string[] = [];
      // entry → out node → supervisors
      for (const a of this.adj[e]!) {
        if ((a & 1) !== 0) continue;
        const mid = this.to[a]!;
        for (const b of this.adj[mid]!) {
          if ((b & 1) !== 0 || !byNode.has(this.to[b]!)) continue;
          for (let k = 0; k < flow[b]!; k++) list.push(byNode.get(this.to[b]!)!);
        }
      }
      out.set(p, list);
    }
    return out;
  }
}
