// One primal-dual round on a FlowNetwork: a multi-source Dijkstra (Dial's buckets — reduced costs are
// small non-negative integers) from every node with excess, stopped once the nearest deficit's bucket
// is done; a potential update that makes the shortest paths zero-cost; then a depth-first blocking
// flow along zero-reduced-cost arcs among the nodes that search settled.
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
  overflowNode: number[];
  overflowLabel: number[];
  // augmenting (flow-augment.ts)
  label2: Int32Array;
  labelCount: Int32Array;
  queue: Int32Array;
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
    entryNode: new Int32Array(1024),
    entryNext: new Int32Array(1024),
    overflowNode: [],
    overflowLabel: [],
    label2: new Int32Array(N),
    labelCount: new Int32Array(N + 2),
    queue: new Int32Array(N),
    cursor: new Int32Array(N),
    stack: new Int32Array(N + 1),
    step: new Int32Array(N + 1),
  };
}

/**
 * Returns the distance D of the nearest deficit (after updating potentials so that shortest paths are
 * zero-cost), or -1 when there is no source or no deficit can be reached.
 */
export function shortestPathRound(net: FlowNetwork, st: SearchState, cost: Int32Array): number {
  const round = ++st.round;
  const {
    R,
    n,
    exc,
    pi,
    nodeStart,
    head,
    rcap,
    sStart,
    sHead,
    placedArc,
    srcFlow,
    inStart,
    inArcs,
    placedCnt,
    srcList,
    sOwner,
  } = net;
  const { label, labelRound, settledRound, settled, bucketHead } = st;
  const BUCKETS = bucketHead.length;
  let entryNode = st.entryNode;
  let entryNext = st.entryNext;
  let entries = 0;
  let base = 0;
  let maxBucket = -1;
  const ovNode = st.overflowNode;
  const ovLabel = st.overflowLabel;
  ovNode.length = 0;
  ovLabel.length = 0;

  const insert = (w: number, d: number): void => {
    if (labelRound[w] === round && label[w]! <= d) return;
    labelRound[w] = round;
    label[w] = d;
    const b = d - base;
    if (b >= BUCKETS) {
      ovNode.push(w);
      ovLabel.push(d);
      return;
    }
    if (entries === entryNode.length) {
      const bigger = new Int32Array(entries * 2);
      bigger.set(entryNode);
      entryNode = st.entryNode = bigger;
      const biggerNext = new Int32Array(entries * 2);
      biggerNext.set(entryNext);
      entryNext = st.entryNext = biggerNext;
    }
    entryNode[entries] = w;
    entryNext[entries] = bucketHead[b]!;
    bucketHead[b] = entries++;
    if (b > maxBucket) maxBucket = b;
  };

  let sources = 0;
  if (exc[SOURCE]! > 0) {
    insert(SOURCE, 0);
    sources++;
  }
  for (let s = 0; s < n; s++) {
    if (exc[R + s]! > 0) {
      insert(R + s, 0);
      sources++;
    }
  }
  st.sourceCount = sources;
  st.settledCount = 0;
  if (sources === 0) return -1;

  let found = -1;
  let b = 0;
  for (;;) {
    if (b > maxBucket || b >= BUCKETS) {
      // buckets exhausted: clear them, and move the overflow window forward if anything waits there
      for (let i = 0; i <= maxBucket && i < BUCKETS; i++) bucketHead[i] = -1;
      maxBucket = -1;
      entries = 0;
      if (found >= 0 || ovNode.length === 0) break;
      let min = Infinity;
      for (let i = 0; i < ovNode.length; i++) {
        const w = ovNode[i]!;
        if (settledRound[w] !== round && label[w] === ovLabel[i] && ovLabel[i]! < min) min = ovLabel[i]!;
      }
      if (min === Infinity) break;
      base = min;
      const keepN: number[] = [];
      const keepL: number[] = [];
      const oldN = ovNode.slice();
      const oldL = ovLabel.slice();
      ovNode.length = 0;
      ovLabel.length = 0;
      for (let i = 0; i < oldN.length; i++) {
        const w = oldN[i]!;
        const d = oldL[i]!;
        if (settledRound[w] === round || label[w] !== d) continue;
        if (d - base < BUCKETS) {
          labelRound[w] = 0; // let insert accept it again
          insert(w, d);
        } else {
          keepN.push(w);
          keepL.push(d);
        }
      }
      for (let i = 0; i < keepN.length; i++) {
        ovNode.push(keepN[i]!);
        ovLabel.push(keepL[i]!);
      }
      b = 0;
      continue;
    }
    const e = bucketHead[b]!;
    if (e < 0) {
      if (found >= 0) break;
      b++;
      continue;
    }
    bucketHead[b] = entryNext[e]!;
    const v = entryNode[e]!;
    const d = b + base;
    if (settledRound[v] === round || label[v] !== d) continue;
    settledRound[v] = round;
    settled[st.settledCount++] = v;
    if (exc[v]! < 0 && found < 0) found = d;
    const pv = pi[v]!;
    if (v >= R) {
      const s = v - R;
      const own = placedArc[s]!;
      for (let a = sStart[s]!, end = sStart[s + 1]!; a < end; a++) {
        if (a === own) continue;
        const w = sHead[a]!;
        const nd = d + cost[a]! + pv - pi[w]!;
        if (settledRound[w] !== round && (labelRound[w] !== round || label[w]! > nd)) insert(w, nd);
      }
      if (srcFlow[s] === 1) {
        const nd = d + pv - pi[SOURCE]!;
        if (settledRound[SOURCE] !== round && (labelRound[SOURCE] !== round || label[SOURCE]! > nd)) insert(SOURCE, nd);
      }
    } else {
      for (let a = nodeStart[v]!, end = nodeStart[v + 1]!; a < end; a++) {
        if (rcap[a]! <= 0) continue;
        const w = head[a]!;
        const nd = d + pv - pi[w]!;
        if (settledRound[w] !== round && (labelRound[w] !== round || label[w]! > nd)) insert(w, nd);
      }
      if (v === SOURCE) {
        for (let i = 0, end = net.srcFree; i < end; i++) {
          const w = R + srcList[i]!;
          const nd = d + pv - pi[w]!;
          if (settledRound[w] !== round && (labelRound[w] !== round || label[w]! > nd)) insert(w, nd);
        }
      } else {
        for (let i = inStart[v]!, end = inStart[v]! + placedCnt[v]!; i < end; i++) {
          const a = inArcs[i]!;
          const w = R + sOwner[a]!;
          const nd = d - cost[a]! + pv - pi[w]!;
          if (settledRound[w] !== round && (labelRound[w] !== round || label[w]! > nd)) insert(w, nd);
        }
      }
    }
  }
  // clear whatever buckets are left (found case)
  for (let i = 0; i <= maxBucket && i < BUCKETS; i++) bucketHead[i] = -1;
  if (found < 0) return -1;
  // potentials: settled nodes get +d, all others +found; only differences matter, so subtract instead
  for (let i = 0; i < st.settledCount; i++) {
    const v = settled[i]!;
    pi[v] = pi[v]! + label[v]! - found;
  }
  return found;
}
