// "What would it take" in optimal mode, exactly and without re-solving per question.
//
// Forcing student s onto entry u changes the optimum by the cheapest residual cycle through the arc
// s → u (the optimal flow has no negative cycle, so this is exact): c(s,u) + dist(u ⇝ s). The path
// into s ends with the reverse of s's own arc, so dist(u ⇝ s) = dist(u ⇝ u0) − c(s,u0) when s sits at
// entry u0, and dist(u ⇝ SOURCE) when s is unplaced. A path may also give up one placement: the
// virtual arc SOURCE → SINK (one unit less through the network), i.e. dist(u ⇝ SOURCE) +
// dist(SINK ⇝ u0) with one student fewer placed. Lexicographically, fewer placed is worse than any
// rank cost, so a finite path without it always wins.
//
// Distances are computed on the right-hand nodes only: every residual path between them passes a
// student as x → s → y (s leaves x for y), x → s → SOURCE (s gives up its place) or SOURCE → s → y.
// Those hops become one compressed arc each, priced with the solver's exact potentials (reduced
// costs ≥ 0), and a Dijkstra per target node runs over ~5,000 nodes instead of ~15,000.
import type { RoundNetwork } from './build-network';
import { SINK, SOURCE } from './flow-network';

const INF = Number.MAX_SAFE_INTEGER;

export interface ForcedChange {
  /** 0, or 1 when the only way gives up one placement; null when impossible (held by fixed ones). */
  fewer: 0 | 1 | null;
  /** change in total rank cost (this student included) */
  rankDelta: number;
}

export class OptimalExplainer {
  private readonly R: number;
  /** reverse compressed graph: for node w, arcs (v → w) with reduced cost */
  private readonly rStart: Int32Array;
  private readonly rFrom: Int32Array;
  private readonly rCost: Float64Array;
  private readonly cache = new Map<number, Float64Array>();

  constructor(private readonly rn: RoundNetwork) {
    const { net } = rn;
    const { R, n, pi, nodeStart, head, rcap, sStart, sHead, sCost, placedArc, srcFlow, pinned } = net;
    this.R = R;
    const from: number[] = [];
    const to: number[] = [];
    const cost: number[] = [];
    const add = (v: number, w: number, c: number): void => {
      from.push(v);
      to.push(w);
      cost.push(c);
    };
    for (let v = 0; v < R; v++) {
      for (let a = nodeStart[v]!; a < nodeStart[v + 1]!; a++)
        if (rcap[a]! > 0) add(v, head[a]!, pi[v]! - pi[head[a]!]!);
    }
    for (let s = 0; s < n; s++) {
      const sv = R + s;
      const own = placedArc[s]!;
      if (own >= 0) {
        const x = sHead[own]!;
        const inCost = -sCost[own]! + pi[x]! - pi[sv]!; // x → s
        for (let a = sStart[s]!; a < sStart[s + 1]!; a++) {
          if (a !== own) add(x, sHead[a]!, inCost + sCost[a]! + pi[sv]! - pi[sHead[a]!]!);
        }
        if (!pinned[s] && srcFlow[s] === 1) add(x, SOURCE, inCost + pi[sv]! - pi[SOURCE]!);
      } else if (!pinned[s]) {
        const inCost = pi[SOURCE]! - pi[sv]!; // SOURCE → s
        for (let a = sStart[s]!; a < sStart[s + 1]!; a++)
          add(SOURCE, sHead[a]!, inCost + sCost[a]! + pi[sv]! - pi[sHead[a]!]!);
      }
    }
    // CSR by head, for backward searches
    const m = from.length;
    this.rStart = new Int32Array(R + 1);
    for (let i = 0; i < m; i++) this.rStart[to[i]! + 1]!++;
    for (let v = 0; v < R; v++) this.rStart[v + 1]! += this.rStart[v]!;
    const fill = this.rStart.slice(0, R);
    this.rFrom = new Int32Array(m);
    this.rCost = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const k = fill[to[i]!]!++;
      this.rFrom[k] = from[i]!;
      this.rCost[k] = cost[i]!;
    }
  }

  /** True distances (original costs) from every right node to `target`; INF when unreachable. */
  private distancesTo(target: number): Float64Array {
    const hit = this.cache.get(target);
    if (hit) return hit;
    const { R, rStart, rFrom, rCost } = this;
    const pi = this.rn.net.pi;
    const d = new Float64Array(R).fill(INF);
    const done = new Uint8Array(R);
    // binary heap of (distance, node)
    const hk: number[] = [];
    const hv: number[] = [];
    const push = (k: number, v: number): void => {
      let i = hk.length;
      hk.push(k);
      hv.push(v);
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (hk[p]! <= k) break;
        hk[i] = hk[p]!;
        hv[i] = hv[p]!;
        i = p;
      }
      hk[i] = k;
      hv[i] = v;
    };
    const pop = (): number => {
      const v = hv[0]!;
      const k = hk.pop()!;
      const x = hv.pop()!;
      const n = hk.length;
      if (n > 0) {
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= n) break;
          if (c + 1 < n && hk[c + 1]! < hk[c]!) c++;
          if (hk[c]! >= k) break;
          hk[i] = hk[c]!;
          hv[i] = hv[c]!;
          i = c;
        }
        hk[i] = k;
        hv[i] = x;
      }
      return v;
    };
    d[target] = 0;
    push(0, target);
    while (hk.length > 0) {
      const w = pop();
      if (done[w]) continue;
      done[w] = 1;
      const dw = d[w]!;
      for (let i = rStart[w]!; i < rStart[w + 1]!; i++) {
        const v = rFrom[i]!;
        const nd = dw + rCost[i]!;
        if (nd < d[v]!) {
          d[v] = nd;
          push(nd, v);
        }
      }
    }
    // reduced distance → true distance: dist(v ⇝ t) = d'(v) − π(v) + π(t)
    for (let v = 0; v < R; v++) if (d[v]! < INF) d[v] = d[v]! - pi[v]! + pi[target]!;
    this.cache.set(target, d);
    return d;
  }

  /**
   * The cheapest change of the optimum that puts engine student e on entry u (original costs):
   * `ownOld` is e's current arc cost (ignored when unplaced), `ownNew` the cost of the arc to u.
   */
  forced(e: number, u: number, ownNew: number): ForcedChange {
    const { net } = this.rn;
    const own = net.placedArc[e]!;
    if (own < 0) {
      const toSource = this.distancesTo(SOURCE)[u]!;
      return toSource >= INF ? { fewer: null, rankDelta: 0 } : { fewer: 0, rankDelta: ownNew + toSource };
    }
    const u0 = net.sHead[own]!;
    const ownOld = net.sCost[own]!;
    const direct = this.distancesTo(u0)[u]!;
    if (direct < INF) return { fewer: 0, rankDelta: ownNew - ownOld + direct };
    const toSource = this.distancesTo(SOURCE)[u]!;
    const back = this.distancesTo(u0)[SINK]!;
    if (toSource < INF && back < INF) return { fewer: 1, rankDelta: ownNew - ownOld + toSource + back };
    return { fewer: null, rankDelta: 0 };
  }
}
