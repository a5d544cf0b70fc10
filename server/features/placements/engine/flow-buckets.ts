// Dial's bucket queue of the round's Dijkstra (flow-search.ts): labels are small non-negative integers,
// so a node waits in the bucket of its label; labels beyond the window wait in an overflow list until
// the window moves on. The state lives in SearchState, reused every round (no allocation per round).
import type { SearchState } from './flow-search';

/** Offers label d to node w (kept if better than its label this round). */
export function insert(st: SearchState, w: number, d: number): void {
  const round = st.round;
  if (st.settledRound[w] === round || (st.labelRound[w] === round && st.label[w]! <= d)) return;
  st.labelRound[w] = round;
  st.label[w] = d;
  const b = d - st.base;
  if (b >= st.bucketHead.length) {
    st.overflowNode.push(w);
    st.overflowLabel.push(d);
    return;
  }
  if (st.entries === st.entryNode.length) growEntries(st);
  const e = st.entries++;
  st.entryNode[e] = w;
  st.entryNext[e] = st.bucketHead[b]!;
  st.bucketHead[b] = e;
  if (b > st.maxBucket) st.maxBucket = b;
}

function growEntries(st: SearchState): void {
  const bigger = new Int32Array(st.entryNode.length * 2);
  bigger.set(st.entryNode);
  st.entryNode = bigger;
  const biggerNext = new Int32Array(st.entryNext.length * 2);
  biggerNext.set(st.entryNext);
  st.entryNext = biggerNext;
}

export function clearBuckets(st: SearchState): void {
  for (let i = 0; i <= st.maxBucket; i++) st.bucketHead[i] = -1;
  st.maxBucket = -1;
  st.entries = 0;
}

/** Moves the bucket window to the smallest waiting overflow label; false when nothing waits. */
export function refillFromOverflow(st: SearchState): boolean {
  const { overflowNode: ovNode, overflowLabel: ovLabel, settledRound, label, round } = st;
  let min = Infinity;
  for (let i = 0; i < ovNode.length; i++) {
    const w = ovNode[i]!;
    if (settledRound[w] !== round && label[w] === ovLabel[i] && ovLabel[i]! < min) min = ovLabel[i]!;
  }
  if (min === Infinity) return false;
  st.base = min;
  const oldN = ovNode.splice(0);
  const oldL = ovLabel.splice(0);
  for (let i = 0; i < oldN.length; i++) {
    const w = oldN[i]!;
    const d = oldL[i]!;
    if (settledRound[w] === round || label[w] !== d) continue;
    st.labelRound[w] = 0; // let insert accept it again (in the window, or back into the overflow)
    insert(st, w, d);
  }
  return true;
}
