// Dial's bucket queue of the round's Dijkstra (search.ts), as flow-buckets.ts was: labels are small
// non-negative integers, so a node waits in the bucket of its label; labels beyond the window wait in
// an overflow list until the window moves on.
import { get, set, grown } from './memory';
import * as S from './search-state';

/** Offers label d to node w (kept if better than its label this round). */
export function insert(w: i32, d: i32): void {
  const at = S.keyOf(w);
  const k = load<i64>(at);
  // labelled this round at ≤ d, or settled (label 0)
  if (k >= S.keyWith(0) && k <= S.keyWith(d)) return;
  store<i64>(at, S.keyWith(d));
  const b = d - S.base;
  if (b >= S.bucketCount) {
    pushOverflow(w, d);
    return;
  }
  if (S.entries == S.entryCap) growEntries();
  const e = S.entries++;
  set(S.entryNode, e, w);
  set(S.entryNext, e, get(S.bucketHead, b));
  set(S.bucketHead, b, e);
  if (b > S.maxBucket) S.maxBucket = b;
}

function pushOverflow(w: i32, d: i32): void {
  if (S.ovCount == S.ovCap) {
    S.ovNode = grown(S.ovNode, S.ovCount, S.ovCap * 2);
    S.ovLabel = grown(S.ovLabel, S.ovCount, S.ovCap * 2);
    S.ovCap *= 2;
  }
  set(S.ovNode, S.ovCount, w);
  set(S.ovLabel, S.ovCount, d);
  S.ovCount++;
}

function growEntries(): void {
  S.entryNode = grown(S.entryNode, S.entryCap, S.entryCap * 2);
  S.entryNext = grown(S.entryNext, S.entryCap, S.entryCap * 2);
  S.entryCap *= 2;
}

export function clearBuckets(): void {
  for (let i = 0; i <= S.maxBucket; i++) set(S.bucketHead, i, -1);
  S.maxBucket = -1;
  S.entries = 0;
}

/** Moves the bucket window to the smallest waiting overflow label; false when nothing waits. */
export function refillFromOverflow(): bool {
  const count = S.ovCount;
  let min = i32.MAX_VALUE;
  let any = false;
  for (let i = 0; i < count; i++) {
    const w = get(S.ovNode, i);
    const l = get(S.ovLabel, i);
    // an overflow label is past the first window, never 0: a settled node's key never matches it
    if (load<i64>(S.keyOf(w)) == S.keyWith(l) && l < min) {
      min = l;
      any = true;
    }
  }
  if (!any) return false;
  S.base = min;
  // the old list goes to the spare arrays; insert() fills the (now empty) list anew
  const oldN = S.ovNode;
  const oldL = S.ovLabel;
  const oldCap = S.ovCap;
  S.ovNode = S.spareNode;
  S.ovLabel = S.spareLabel;
  S.ovCap = S.spareCap;
  S.ovCount = 0;
  S.spareNode = oldN;
  S.spareLabel = oldL;
  S.spareCap = oldCap;
  for (let i = 0; i < count; i++) {
    const w = get(oldN, i);
    const d = get(oldL, i);
    if (load<i64>(S.keyOf(w)) != S.keyWith(d)) continue;
    store<i64>(S.keyOf(w), 0); // let insert accept it again (in the window, or back into the overflow)
    insert(w, d);
  }
  return true;
}
