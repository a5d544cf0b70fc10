// The SearchState of the JS solver, as module globals over arrays in linear memory: the Dijkstra's
// labels and Dial buckets (search.ts, buckets.ts) and the ISAP's labels, queue and stack (augment.ts).
// Allocated once per solve (createSearchState); nothing is allocated per round except when the bucket
// entries or the overflow lists outgrow their room (then they double, as in the JS code).
import { newArray } from './memory';

export let round: i32 = 0;
// One i64 per node: the round in the high half; in the low half the node's label while it waits in a
// bucket, 0 once it is settled (a waiting node's entry can only match its label, and a settled node's
// label 0 is ≤ any offer, so insert() skips it). One load where a label, its round and a settled mark
// were three arrays (decision 094, eleventh addendum). After a search every labelled node is settled.
export let key: usize = 0;
/** The settled nodes' distances, in settling order (beside `settled`). */
export let settledD: usize = 0;
export let settled: usize = 0;
export let settledCount: i32 = 0;
export let sourceCount: i32 = 0;
export let bucketHead: usize = 0;
export let bucketCount: i32 = 0;
export let entryNode: usize = 0;
export let entryNext: usize = 0;
export let entryCap: i32 = 0;
export let entries: i32 = 0;
export let base: i32 = 0;
export let maxBucket: i32 = -1;
// the overflow list (node, label) pairs; a spare pair of arrays takes the old list while it is re-inserted
export let ovNode: usize = 0;
export let ovLabel: usize = 0;
export let ovCount: i32 = 0;
export let ovCap: i32 = 0;
export let spareNode: usize = 0;
export let spareLabel: usize = 0;
export let spareCap: i32 = 0;
// augmenting (augment.ts)
export let label2: usize = 0;
export let labelCount: usize = 0;
export let queue: usize = 0;
export let queued: i32 = 0;
export let cursor: usize = 0;
export let stack: usize = 0;
export let step: usize = 0;

const OVERFLOW_START: i32 = 1024;

/** Whether node v was settled in the current round (valid once the round's search has finished). */
export function settledNow(v: i32): bool {
  return <i32>(load<i64>(keyOf(v)) >>> 32) == round;
}

/** Where node v's key is. */
export function keyOf(v: i32): usize {
  return key + ((<usize>v) << 3);
}

/** The key of a node waiting with label d in this round; a settled node's is keyWith(0). */
export function keyWith(d: i32): i64 {
  return ((<i64>round) << 32) | (<i64>d);
}

/** Whether node v waits in this round with label d (a bucket entry for it at d is not stale). */
export function waitsWith(v: i32, d: i32): bool {
  return load<i64>(keyOf(v)) == keyWith(d);
}

export function createSearchState(N: i32, buckets: i32): void {
  round = 0;
  key = newArray(2 * N, 0);
  settledD = newArray(N, 0);
  settled = newArray(N, 0);
  settledCount = 0;
  sourceCount = 0;
  bucketHead = newArray(buckets, 0xff);
  bucketCount = buckets;
  // one bucket entry per label improvement: a node enters at most once per in-arc, N·4 is ample;
  // insert() grows it if ever needed
  entryCap = 4 * N + 16;
  entryNode = newArray(entryCap, 0);
  entryNext = newArray(entryCap, 0);
  entries = 0;
  base = 0;
  maxBucket = -1;
  ovCap = OVERFLOW_START;
  ovNode = newArray(ovCap, 0);
  ovLabel = newArray(ovCap, 0);
  ovCount = 0;
  spareCap = OVERFLOW_START;
  spareNode = newArray(spareCap, 0);
  spareLabel = newArray(spareCap, 0);
  label2 = newArray(N, 0);
  labelCount = newArray(N + 2, 0);
  queue = newArray(N, 0);
  queued = 0;
  cursor = newArray(N, 0);
  stack = newArray(N + 1, 0);
  step = newArray(N + 1, 0);
}
