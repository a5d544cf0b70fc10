// Deferred acceptance's bookkeeping (deferred-acceptance.ts), as the JavaScript EntryHeaps was: per
// (location, programme) entry the held students in a max-heap by priority key (the worst on top), in
// one flat pool; per location the count held and the room left after fixed placements.
import { get, getF64, newArray, newF64Array, set, setF64 } from './memory';

/** per location: its first entry (entry e of location l is entryBase[l] + offered position) */
export let entryBase: usize = 0;
/** per entry: its room, its heap's offset in the pool, the count held */
export let cap: usize = 0;
export let off: usize = 0;
export let size: usize = 0;
/** per location: its room and the count it holds */
let capL: usize = 0;
let countL: usize = 0;
/** the pool: entry e's worst held student has key[off[e]] (f64) and who[off[e]] */
export let key: usize = 0;
let who: usize = 0;

export function createHeaps(L: i32, E: i32, entryBaseAt: usize, capAt: usize, capLAt: usize): void {
  entryBase = entryBaseAt;
  cap = capAt;
  capL = capLAt;
  off = newArray(E + 1, 0);
  for (let e = 0; e < E; e++) set(off, e + 1, get(off, e) + get(cap, e));
  size = newArray(E, 0);
  countL = newArray(L, 0);
  key = newF64Array(get(off, E));
  who = newArray(get(off, E), 0);
}

/** Room at entry e and at its location (the counting rule of a location without werkbegeleiders). */
export function fits(li: i32, e: i32): bool {
  return get(size, e) < get(cap, e) && get(countL, li) < get(capL, li);
}

/** No room left in location li's total, with `pinned` more students routed there than it holds. */
export function totalFull(li: i32, pinned: i32): bool {
  return get(countL, li) + pinned >= get(capL, li);
}

export function topKey(e: i32): f64 {
  return getF64(key, get(off, e));
}

/** The entry of location li (among those `reach` marks, when given) whose worst held student is worst. */
export function worstEntry(li: i32, reach: usize): i32 {
  let best = -1;
  let bestKey = -Infinity;
  const first = get(entryBase, li);
  for (let e = first, end = get(entryBase, li + 1); e < end; e++) {
    if (get(size, e) == 0 || (reach != 0 && load<u8>(reach + <usize>(e - first)) != 1)) continue;
    const k = topKey(e);
    if (k > bestKey) {
      bestKey = k;
      best = e;
    }
  }
  return best;
}

/** Whether a student with priority key k ranks below everyone location li holds (or it holds no one). */
export function worseThanAll(li: i32, k: f64): bool {
  const worst = worstEntry(li, 0);
  return worst < 0 || topKey(worst) <= k;
}

export function push(li: i32, e: i32, s: i32, k: f64): void {
  const o = get(off, e);
  let i = get(size, e);
  set(size, e, i + 1);
  set(countL, li, get(countL, li) + 1);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (getF64(key, o + p) >= k) break;
    setF64(key, o + i, getF64(key, o + p));
    set(who, o + i, get(who, o + p));
    i = p;
  }
  setF64(key, o + i, k);
  set(who, o + i, s);
}

/** Removes and returns the worst held student of entry e. */
export function pop(li: i32, e: i32): i32 {
  const o = get(off, e);
  const top = get(who, o);
  const n = get(size, e) - 1;
  set(size, e, n);
  set(countL, li, get(countL, li) - 1);
  const k = getF64(key, o + n);
  const s = get(who, o + n);
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && getF64(key, o + c + 1) > getF64(key, o + c)) c++;
    if (getF64(key, o + c) <= k) break;
    setF64(key, o + i, getF64(key, o + c));
    set(who, o + i, get(who, o + c));
    i = c;
  }
  setF64(key, o + i, k);
  set(who, o + i, s);
  return top;
}
