// The ISAP's arc scans (flow-augment.ts), one function per kind of node so each stays small and
// monomorphic: a student's arcs (its other choices, then its source arc) and a right node's (its
// explicit arcs, then the source's free students or an entry's placed students).
import { FlowNetwork, SOURCE } from './flow-network';
import type { SearchState } from './flow-search';

const UNREACHED = 1 << 30;

/** What the last successful scan found (one object, reused: no allocation per scan). */
export const found = { node: -1, via: -1, k: 0 };

/**
 * With want ≥ 0, stops at the first admissible arc from position k to a node labelled `want` (sets
 * found.node/via/k) and returns true. With want < 0, returns false and leaves in found.k the smallest
 * label seen over all admissible arcs.
 */
function offer(st: SearchState, w: number, via: number, k: number, want: number): boolean {
  if (st.settledRound[w] !== st.round) return false;
  const dw = st.label2[w]!;
  if (want >= 0) {
    if (dw !== want) return false;
    found.node = w;
    found.via = via;
    found.k = k;
    return true;
  }
  if (dw < found.k) found.k = dw;
  return false;
}

export function scanStudent(
  net: FlowNetwork,
  st: SearchState,
  cost: Int32Array,
  v: number,
  k: number,
  want: number,
): boolean {
  const { pi, sHead } = net;
  const s = v - net.R;
  const a0 = net.sStart[s]!;
  const deg = net.sStart[s + 1]! - a0;
  const own = net.placedArc[s]!;
  const pv = pi[v]!;
  if (want < 0) found.k = UNREACHED;
  for (; k < deg; k++) {
    const a = a0 + k;
    if (a === own) continue;
    const w = sHead[a]!;
    if (cost[a]! + pv - pi[w]! === 0 && offer(st, w, a, k, want)) return true;
  }
  if (net.srcFlow[s] === 1 && pv - pi[SOURCE]! === 0 && offer(st, SOURCE, -1, deg, want)) return true;
  return false;
}

export function scanRight(
  net: FlowNetwork,
  st: SearchState,
  cost: Int32Array,
  v: number,
  k: number,
  want: number,
): boolean {
  const { pi, head, rcap, R } = net;
  const a0 = net.nodeStart[v]!;
  const deg = net.nodeStart[v + 1]! - a0;
  const pv = pi[v]!;
  if (want < 0) found.k = UNREACHED;
  for (; k < deg; k++) {
    const a = a0 + k;
    if (rcap[a]! <= 0) continue;
    const w = head[a]!;
    if (pv - pi[w]! === 0 && offer(st, w, a, k, want)) return true;
  }
  if (v === SOURCE) {
    const { srcList } = net;
    for (const end = deg + net.srcFree; k < end; k++) {
      const w = R + srcList[k - deg]!;
      if (pv - pi[w]! === 0 && offer(st, w, -1, k, want)) return true;
    }
    return false;
  }
  const { inArcs, sOwner } = net;
  const i0 = net.inStart[v]! - deg;
  for (const end = deg + net.placedCnt[v]!; k < end; k++) {
    const a = inArcs[i0 + k]!;
    const w = R + sOwner[a]!;
    if (pv - cost[a]! - pi[w]! === 0 && offer(st, w, a, k, want)) return true;
  }
  return false;
}
