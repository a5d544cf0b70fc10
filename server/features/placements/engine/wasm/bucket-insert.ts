// The insertion into the Dial buckets (buckets.ts), on its own: it carries AssemblyScript's @inline, a
// decorator on a function that TypeScript's grammar (and so Prettier) does not accept, which is why this
// one file is left out of formatting (.prettierignore). Keep it formatted by hand as Prettier would.
import { get, set, grown } from './memory';
import * as S from './search-state';

/**
 * Offers label d to node w (kept if better than its label this round). Inlined into the searches' relax
 * loops: it runs ~2.5 million times per solve, and the call was ~5 % of the solve (decision 094,
 * eleventh addendum).
 */
// @ts-ignore: AssemblyScript's decorator
@inline
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
