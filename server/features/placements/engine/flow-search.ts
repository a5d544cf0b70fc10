// One primal-dual round on a FlowNetwork: a multi-source Dijkstra (Dial's buckets — reduced costs are
// small non-negative integers) from every node with excess, stopped once the nearest deficit's bucket
// is done; a potential update that makes the shortest paths zero-cost; then (flow-augment.ts) the flow
// moves along zero-reduced-cost arcs among the nodes this search settled.
//
// The work is split into small functions on purpose (decision 092): the CLI solves once in a fresh
// process, and V8 optimises a small function after a few thousand calls, while a whole-graph loop
// called ~30 times runs its first rounds in the interpreter.
import { clearBuckets, insert, refillFromOverflow } from './flow-buckets';
import { FlowNetwork, SOURCE } from './flow-network';

/** Distances beyond this many buckets past the current base wait in an overflow list. */
const DEFAULT_BUCKETS = 4096;

export interface SearchState {
  round: number;
  label: Int32Array;
  labelRound: Int32Array;
  settledRound: Int32Array;
  settled: Int32Array;
  settledCount: number;
  sourceCount: number;
  bucketHead: Int32Array;
  entryNode: Int32Array;
  entryNext: Int32Array;
  entries: number;
  base: number;
  maxBucket: number;
  overflowNode: number[];
  overflowLabel: number[];
  // augmenting (flow-augment.ts)
  label2: Int32Array;
  labelCount: Int32Array;
  queue: Int32Array;
  queued: number;
  cursor: Int32Array;
  stack: Int32Array;
  step: Int32Array;
}

export function createSearchState(net: FlowNetwork, buckets = DEFAULT_BUCKETS): SearchState {
  const N = net.N;
  return {
    round: 0,
    label: new Int32Array(N),
    labelRound: new Int32Array(N),
    settledRound: new Int32Array(N),
    settled: new Int32Array(N),
    settledCount: 0,
    sourceCount: 0,
    bucketHead: new Int32Array(buckets).fill(-1),
    // one bucket entry per label improvement: a node enters at most once per in-arc, N·4 is ample;
    // insert() grows it if ever needed
    entryNode: new Int32Array(4 * N + 16),
    entryNext: new Int32Array(4 * N + 16),
    entries: 0,
    base: 0,
    maxBucket: -1,
    overflowNode: [],
    overflowLabel: [],
    label2: new Int32Array(N),
    labelCount: new Int32Array(N + 2),
    queue: new Int32Array(N),
    queued: 0,
    cursor: new Int32Array(N),
    stack: new Int32Array(N + 1),
    step: new Int32Array(N + 1),
  };
}

/** Relaxes the arcs of student node v (settled at distance d): its other choices and the source. */
function relaxStudent(net: FlowNetwork, st: SearchState, cost: Int32Array, v: number, d: number): void {
  const { pi, sStart, sHead } = net;
  const s = v - net.R;
  const own = net.placedArc[s]!;
  const dv = d + pi[v]!;
  for (let a = sStart[s]!, end = sStart[s + 1]!; a < end; a++) {
    if (a === own) continue;
    const w = sHead[a]!;
    insert(st, w, dv + cost[a]! - pi[w]!);
  }
  if (net.srcFlow[s] === 1) insert(st, SOURCE, dv - pi[SOURCE]!);
}

/** Relaxes the explicit residual arcs of right node v (settled at distance d). */
function relaxRight(net: FlowNetwork, st: SearchState, v: number, d: number): void {
  const { pi, head, rcap } = net;
  const dv = d + pi[v]!;
  for (let a = net.nodeStart[v]!, end = net.nodeStart[v + 1]!; a < end; a++) {
    if (rcap[a]! <= 0) continue;
    const w = head[a]!;
    insert(st, w, dv - pi[w]!);
  }
}

/** Relaxes the source's arcs to the students it does not feed yet. */
function relaxSource(net: FlowNetwork, st: SearchState, d: number): void {
  const { pi, srcList, R } = net;
  const dv = d + pi[SOURCE]!;
  for (let i = 0, end = net.srcFree; i < end; i++) {
    const w = R + srcList[i]!;
    insert(st, w, dv - pi[w]!);
  }
}

/** Relaxes the reverse arcs entry v → student of the students placed through entry v. */
function relaxPlaced(net: FlowNetwork, st: SearchState, cost: Int32Array, v: number, d: number): void {
  const { pi, inArcs, sOwner, R } = net;
  const dv = d + pi[v]!;
  for (let i = net.inStart[v]!, end = i + net.placedCnt[v]!; i < end; i++) {
    const a = inArcs[i]!;
    const w = R + sOwner[a]!;
    insert(st, w, dv - cost[a]! - pi[w]!);
  }
}

/** Settles v at distance d; returns true when v is a deficit. */
function settle(net: FlowNetwork, st: SearchState, cost: Int32Array, v: number, d: number): boolean {
  st.settledRound[v] = st.round;
  st.settled[st.settledCount++] = v;
  if (v >= net.R) relaxStudent(net, st, cost, v, d);
  else {
    relaxRight(net, st, v, d);
    if (v === SOURCE) relaxSource(net, st, d);
    else relaxPlaced(net, st, cost, v, d);
  }
  return net.exc[v]! < 0;
}

/**
 * Returns the distance D of the nearest deficit (after updating potentials so that shortest paths are
 * zero-cost), or -1 when there is no source or no deficit can be reached.
 */
export function shortestPathRound(net: FlowNetwork, st: SearchState, cost: Int32Array): number {
  const round = ++st.round;
  const { exc, R, n, pi } = net;
  st.base = 0;
  st.overflowNode.length = 0;
  st.overflowLabel.length = 0;
  let sources = 0;
  if (exc[SOURCE]! > 0) {
    insert(st, SOURCE, 0);
    sources++;
  }
  for (let s = 0; s < n; s++) {
    if (exc[R + s]! > 0) {
      insert(st, R + s, 0);
      sources++;
    }
  }
  st.sourceCount = sources;
  st.settledCount = 0;
  if (sources === 0) return -1;

  const { bucketHead, settledRound, label } = st;
  let found = -1;
  for (let b = 0; ;) {
    if (b > st.maxBucket || b >= bucketHead.length) {
      // buckets exhausted: clear them, and move the window forward if anything waits in the overflow
      clearBuckets(st);
      if (found >= 0 || !refillFromOverflow(st)) break;
      b = 0;
      continue;
    }
    const e = bucketHead[b]!;
    if (e < 0) {
      if (found >= 0) break;
      b++;
      continue;
    }
    bucketHead[b] = st.entryNext[e]!; // entryNode/entryNext may grow while settling: read them anew
    const v = st.entryNode[e]!;
    const d = b + st.base;
    if (settledRound[v] === round || label[v] !== d) continue;
    if (settle(net, st, cost, v, d) && found < 0) found = d;
  }
  clearBuckets(st);
  if (found < 0) return -1;
  // potentials: settled nodes get +d, all others +found; only differences matter, so subtract instead
  const { settled } = st;
  for (let i = 0; i < st.settledCount; i++) {
    const v = settled[i]!;
    pi[v] = pi[v]! + label[v]! - found;
  }
  return found;
}
