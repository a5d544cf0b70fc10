// One primal-dual round's search: a multi-source Dijkstra (Dial's buckets — reduced costs are small
// non-negative integers) from every node with excess over everything it can reach, and a potential
// update that makes every shortest path from an excess zero-cost. So the round's flow (augment.ts) can
// reach the deficits at every distance, not only the nearest: fewer rounds, each searching little more,
// as the nearest deficit's bucket already holds most of the network (decision 094's third addendum).
import { insert } from './bucket-insert';
import { clearBuckets, refillFromOverflow } from './buckets';
import { get, set, getU8 } from './memory';
import * as G from './network';
import * as S from './search-state';

/**
 * Set while a phase runs as a maximum flow with costs (index.ts): the source is a root of every
 * search, at distance 0 like the excesses, so its potential moves with theirs.
 */
let sourceRoot: bool = false;

export function setSourceRoot(on: bool): void {
  sourceRoot = on;
}

/** Relaxes the arcs of student node v (settled at distance d): its other choices and the source. */
function relaxStudent(v: i32, d: i32): void {
  const s = v - G.R;
  const own = get(G.placedArc, s);
  const dv = d + get(G.pi, v);
  for (let a = get(G.sStart, s), end = get(G.sStart, s + 1); a < end; a++) {
    if (a == own) continue;
    const w = get(G.sHead, a);
    insert(w, dv + G.arcCost(a) - get(G.pi, w));
  }
  if (getU8(G.srcFlow, s) == 1) insert(G.SOURCE, dv - get(G.pi, G.SOURCE));
}

/** Relaxes the explicit residual arcs of right node v (settled at distance d). */
function relaxRight(v: i32, d: i32): void {
  const dv = d + get(G.pi, v);
  for (let a = get(G.nodeStart, v), end = get(G.nodeStart, v + 1); a < end; a++) {
    if (get(G.rcap, a) <= 0) continue;
    const w = get(G.head, a);
    insert(w, dv - get(G.pi, w));
  }
}

/** Relaxes the source's arcs to the students it does not feed yet. */
function relaxSource(d: i32): void {
  const dv = d + get(G.pi, G.SOURCE);
  for (let i = 0, end = G.srcFree; i < end; i++) {
    const w = G.R + get(G.srcList, i);
    insert(w, dv - get(G.pi, w));
  }
}

/** Relaxes the reverse arcs entry v → student of the students placed through entry v. */
function relaxPlaced(v: i32, d: i32): void {
  const dv = d + get(G.pi, v);
  for (let i = get(G.inStart, v), end = i + get(G.placedCnt, v); i < end; i++) {
    const a = get(G.inArcs, i);
    const w = G.R + get(G.inOwner, i);
    insert(w, dv - G.arcCost(a) - get(G.pi, w));
  }
}

/** Settles v at distance d; returns true when v is a deficit. */
function settle(v: i32, d: i32): bool {
  store<i64>(S.keyOf(v), S.keyWith(0));
  set(S.settledD, S.settledCount, d);
  set(S.settled, S.settledCount++, v);
  if (v >= G.R) relaxStudent(v, d);
  else {
    relaxRight(v, d);
    if (v == G.SOURCE) relaxSource(d);
    else relaxPlaced(v, d);
  }
  return get(G.exc, v) < 0;
}

/**
 * Returns the distance D of the nearest deficit (after updating potentials so that shortest paths are
 * zero-cost), or -1 when there is no source or no deficit can be reached.
 */
export function shortestPathRound(): i32 {
  S.round++;
  S.base = 0;
  S.ovCount = 0;
  let sources = 0;
  if (get(G.exc, G.SOURCE) > 0) {
    insert(G.SOURCE, 0);
    sources++;
  }
  for (let s = 0; s < G.n; s++) {
    if (get(G.exc, G.R + s) > 0) {
      insert(G.R + s, 0);
      sources++;
    }
  }
  S.sourceCount = sources;
  S.settledCount = 0;
  if (sources == 0) return -1;
  if (sourceRoot && get(G.exc, G.SOURCE) <= 0) insert(G.SOURCE, 0);

  let found = -1;
  let top = 0;
  for (let b = 0; ;) {
    if (b > S.maxBucket || b >= S.bucketCount) {
      // buckets exhausted: clear them, and move the window forward if anything waits in the overflow
      clearBuckets();
      if (!refillFromOverflow()) break;
      b = 0;
      continue;
    }
    const e = get(S.bucketHead, b);
    if (e < 0) {
      b++;
      continue;
    }
    set(S.bucketHead, b, get(S.entryNext, e)); // the entry arrays may grow while settling: read them anew
    const v = get(S.entryNode, e);
    const d = b + S.base;
    if (!S.waitsWith(v, d)) continue;
    top = d;
    if (settle(v, d) && found < 0) found = d;
  }
  clearBuckets();
  if (found < 0) return -1;
  // Potentials: settled nodes get +d, the unreached +top (the largest distance); only differences
  // matter, so subtract instead. Every residual arc keeps a non-negative reduced cost: between settled
  // nodes by the triangle inequality, from an unreached node because d ≤ top, and none leads from a
  // settled node to an unreached one (it would have been reached).
  for (let i = 0; i < S.settledCount; i++) {
    const v = get(S.settled, i);
    set(G.pi, v, get(G.pi, v) + get(S.settledD, i) - top);
  }
  return found;
}
