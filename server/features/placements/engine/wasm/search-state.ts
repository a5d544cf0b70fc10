// The SearchState of the JS solver, as module globals over arrays in linear memory: the Dijkstra's
// labels and Dial buckets (search.ts, buckets.ts) and the ISAP's labels, queue and stack (augment.ts).
// Allocated once per solve (createSearchState); nothing is allocated per round except when the bucket
// entries or the overflow lists outgrow their room (then they double, as in the JS code).
import { newArray } from './memory';

export let round: i32 = 0;
export let label: usize = 0;
export let labelRound: usize = 0;
export let settledRound: usize = 0;
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

export function createSearchState(N: i32, buckets: i32): void {
  round = 0;
  label = newArray(N, 0);
  labelRound = newArray(N, 0);
  settledRound = newArray(N, 0);
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
