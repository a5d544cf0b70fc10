// The ISAP's arc scans (augment.ts), as flow-scan.ts was: a student's arcs (its other choices, then its
// source arc) and a right node's (its explicit arcs, then the source's free students or an entry's
// placed students).
import { get, getU8 } from './memory';
import * as G from './network';
import * as S from './search-state';

export const UNREACHED: i32 = 1 << 30;

// What the last successful scan found.
export let foundNode: i32 = -1;
export let foundVia: i32 = -1;
export let foundK: i32 = 0;

/**
 * With want ≥ 0, stops at the first admissible arc from position k to a node labelled `want` (sets
 * foundNode/Via/K) and returns true. With want < 0, returns false and leaves in foundK the smallest
 * label seen over all admissible arcs.
 */
function offer(w: i32, via: i32, k: i32, want: i32): bool {
  if (!S.settledNow(w)) return false;
  const dw = get(S.label2, w);
  if (want >= 0) {
    if (dw != want) return false;
    foundNode = w;
    foundVia = via;
    foundK = k;
    return true;
  }
  if (dw < foundK) foundK = dw;
  return false;
}

export function scanStudent(v: i32, k: i32, want: i32): bool {
  const s = v - G.R;
  const a0 = get(G.sStart, s);
  const deg = get(G.sStart, s + 1) - a0;
  const own = get(G.placedArc, s);
  const pv = get(G.pi, v);
  if (want < 0) foundK = UNREACHED;
  for (; k < deg; k++) {
    const a = a0 + k;
    if (a == own) continue;
    const w = get(G.sHead, a);
    if (G.arcCost(a) + pv - get(G.pi, w) == 0 && offer(w, a, k, want)) return true;
  }
  if (getU8(G.srcFlow, s) == 1 && pv - get(G.pi, G.SOURCE) == 0 && offer(G.SOURCE, -1, deg, want)) return true;
  return false;
}

export function scanRight(v: i32, k: i32, want: i32): bool {
  const a0 = get(G.nodeStart, v);
  const deg = get(G.nodeStart, v + 1) - a0;
  const pv = get(G.pi, v);
  if (want < 0) foundK = UNREACHED;
  for (; k < deg; k++) {
    const a = a0 + k;
    if (get(G.rcap, a) <= 0) continue;
    const w = get(G.head, a);
    if (pv - get(G.pi, w) == 0 && offer(w, a, k, want)) return true;
  }
  if (v == G.SOURCE) {
    for (const end = deg + G.srcFree; k < end; k++) {
      const w = G.R + get(G.srcList, k - deg);
      if (pv - get(G.pi, w) == 0 && offer(w, -1, k, want)) return true;
    }
    return false;
  }
  const i0 = get(G.inStart, v) - deg;
  for (const end = deg + get(G.placedCnt, v); k < end; k++) {
    const a = get(G.inArcs, i0 + k);
    const w = G.R + get(G.inOwner, i0 + k);
    if (pv - G.arcCost(a) - get(G.pi, w) == 0 && offer(w, a, k, want)) return true;
  }
  return false;
}
