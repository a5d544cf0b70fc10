// Deferred acceptance's bookkeeping (stable.ts): per (location, programme) entry, the held students in
// a max-heap by priority key (the worst on top), in one flat pool of typed arrays; per location the
// count held and the room left after fixed placements.
import type { CompiledRound } from './compile-round';
import type { CapacityUse } from './location-network';
import type { Round } from './types';

export class EntryHeaps {
  /** per location: its first entry; entry e of location l is entryBase[l] + offered position */
  readonly entryBase: Int32Array;
  /** per entry: its room, its heap's offset in the pool, the count held (read by stable.ts's hot path) */
  readonly cap: Int32Array;
  readonly off: Int32Array;
  readonly size: Int32Array;
  private readonly capL: Int32Array;
  private readonly countL: Int32Array;
  /** the pool of heap keys: entry e's worst held student has key[off[e]] */
  readonly key: Float64Array;
  private readonly who: Int32Array;

  constructor(round: Round, c: CompiledRound, usage: Map<string, CapacityUse>) {
    const L = round.locations.length;
    this.entryBase = new Int32Array(L + 1);
    this.capL = new Int32Array(L);
    this.countL = new Int32Array(L);
    let E = 0;
    for (let li = 0; li < L; li++) {
      this.entryBase[li] = E;
      E += Object.keys(round.locations[li]!.programmeCapacity).length;
    }
    this.entryBase[L] = E;
    this.cap = new Int32Array(E);
    this.off = new Int32Array(E + 1);
    this.size = new Int32Array(E);
    for (let li = 0; li < L; li++) {
      const l = round.locations[li]!;
      const used = usage.get(l.id);
      this.capL[li] = Math.max(0, l.capacity - (used?.total ?? 0));
      let e = this.entryBase[li]!;
      for (const p in l.programmeCapacity)
        this.cap[e++] = Math.max(0, l.programmeCapacity[p]! - (used?.programme.get(p) ?? 0));
    }
    for (let e = 0; e < E; e++) this.off[e + 1] = this.off[e]! + this.cap[e]!;
    this.key = new Float64Array(this.off[E]!);
    this.who = new Int32Array(this.off[E]!);
  }

  /** Room at entry e and at its location (the counting rule of a location without werkbegeleiders). */
  fits(li: number, e: number): boolean {
    return this.size[e]! < this.cap[e]! && this.countL[li]! < this.capL[li]!;
  }

  /** No room left in location li's total, with `pinned` more students routed there than it holds. */
  totalFull(li: number, pinned: number): boolean {
    return this.countL[li]! + pinned >= this.capL[li]!;
  }

  /** The entry of location li (among those reach marks, when given) whose worst held student is worst. */
  worstEntry(li: number, reach: Uint8Array | null, base: number): number {
    let best = -1;
    let bestKey = -Infinity;
    for (let e = this.entryBase[li]!, end = this.entryBase[li + 1]!; e < end; e++) {
      if (this.size[e] === 0 || (reach !== null && reach[e - base] !== 1)) continue;
      const k = this.key[this.off[e]!]!;
      if (k > bestKey) {
        bestKey = k;
        best = e;
      }
    }
    return best;
  }

  /** Whether a student with priority key k ranks below everyone location li holds (or it holds no one). */
  worseThanAll(li: number, k: number): boolean {
    const worst = this.worstEntry(li, null, 0);
    return worst < 0 || this.topKey(worst) <= k;
  }

  topKey(e: number): number {
    return this.key[this.off[e]!]!;
  }

  push(li: number, e: number, s: number, k: number): void {
    const { key, who } = this;
    const o = this.off[e]!;
    let i = this.size[e]!++;
    this.countL[li]!++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (key[o + p]! >= k) break;
      key[o + i] = key[o + p]!;
      who[o + i] = who[o + p]!;
      i = p;
    }
    key[o + i] = k;
    who[o + i] = s;
  }

  /** Removes and returns the worst held student of entry e. */
  pop(li: number, e: number): number {
    const { key, who } = this;
    const o = this.off[e]!;
    const top = who[o]!;
    const n = --this.size[e]!;
    this.countL[li]!--;
    const k = key[o + n]!;
    const s = who[o + n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && key[o + c + 1]! > key[o + c]!) c++;
      if (key[o + c]! <= k) break;
      key[o + i] = key[o + c]!;
      who[o + i] = who[o + c]!;
      i = c;
    }
    key[o + i] = k;
    who[o + i] = s;
    return top;
  }
}
