// Dial's bucket queue of the round's Dijkstra (search.ts), as flow-buckets.ts was: labels are small
// non-negative integers, so a node waits in the bucket of its label; labels beyond the window wait in
// an overflow list until the window moves on. Insertion, the hot part, is in bucket-insert.ts.
import { insert } from './bucket-insert';
import { get, set } from './memory';
import * as S from './search-state';

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
    if (S.waitsWith(w, l) && l < min) {
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
    if (!S.waitsWith(w, d)) continue;
    store<i64>(S.keyOf(w), 0); // let insert accept it again (in the window, or back into the overflow)
    insert(w, d);
  }
  return true;
}
