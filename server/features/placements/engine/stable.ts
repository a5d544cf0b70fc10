// The "stabiel" objective: student-proposing deferred acceptance with location priorities.
//
// A location holds the students it has tentatively accepted. The sets that fit it (programme caps →
// werkbegeleiders → total) form a matroid (a gammoid), so a location's choice — greedy in priority
// order among those that fit — is substitutable and satisfies the law of aggregate demand; deferred
// acceptance then ends in the student-optimal stable matching (Roth 1984; Hatfield & Milgrom 2005),
// whatever the order of proposals. A proposal to a full location swaps out the lowest-priority held
// student in the newcomer's circuit, if that one ranks lower.
//
// Incremental, per proposal: the held students of every (location, programme) entry sit in a max-heap
// by priority key (stable-heaps.ts), so the worst of a circuit is the worst of a few heap tops.
//  - Without werkbegeleiders (the fast path) the circuit is plain counting: the newcomer's own entry
//    when its programme is full, else (the total is full) every entry.
//  - With werkbegeleiders the location's own little flow network decides what fits and which entries
//    can give up a unit to the newcomer's (location-network.ts) — searched only when counting cannot
//    decide: a full programme entry can only make room itself, and a newcomer ranked below everyone
//    at a location whose total is full is rejected either way (decision 093; same decisions, same flow).
//
// Ties within a priority grade are broken by one lottery for all locations: a fixed hash of the
// student id (independent of input order). Strict priorities refine the grades, so a matching stable
// for them is weakly stable for the grades.
import { compileRound } from './compile-round';
import { LocationNetwork } from './location-network';
import { EntryHeaps } from './stable-heaps';
import { SupervisedNetworks } from './stable-networks';
import { lotteryNumber, pairGrades, pinFixed } from './stable-setup';
import { stableResult } from './stable-result';
import { fixedUsage } from './validate-fixed';
import type { Round, RoundResult } from './types';

export interface StableState {
  /** round indices of the (non-fixed) students location li holds (listed on first use: explanations only) */
  held: (li: number) => number[];
  /** per round student: index of the location they got, -1 if none */
  placedAt: Int32Array;
  /** per round student: 1-based rank of the place they got on their list, 0 if none */
  placedRank: Int32Array;
  /** 1-based grade of student si at location li (listed grades + 1 when unlisted) */
  grade: (li: number, si: number) => number;
  /** strict priority key: lower is better */
  priority: (li: number, si: number) => number;
  /** round indices of pinned fixed students per location (routed, never displaced) */
  pinned: number[][];
  /** the location's network with everyone it holds routed (built on demand, for the explanations) */
  network: (li: number) => LocationNetwork;
  /** the flat networks of the locations with werkbegeleiders, as deferred acceptance left them */
  networks: SupervisedNetworks;
  entryBase: Int32Array;
}

export function runDeferredAcceptance(round: Round): StableState {
  const { students, locations } = round;
  const n = students.length;
  const usage = fixedUsage(round);
  const c = compileRound(round);
  const { start, pairLocation, pairRank, studentProgramme, offered } = c;
  const heaps = new EntryHeaps(round, c, usage);
  const { entryBase } = heaps;
  const { pairGrade, unlisted } = pairGrades(round, c);
  const nets = new SupervisedNetworks(round, usage);
  const { nodeBase } = nets;
  const pinned = pinFixed(round, c, nets);

  const lottery = new Float64Array(n);
  const next = start.slice(0, n);
  const placedAt = new Int32Array(n).fill(-1);
  const placedRank = new Int32Array(n);
  const hold = (li: number, e: number, si: number, k: number, key: number): void => {
    heaps.push(li, e, si, key);
    placedAt[si] = li;
    placedRank[si] = pairRank[k]!;
  };
  const { size, cap, off, key: heldKey } = heaps;
  /** si takes entry e's place of the worst student of entry `out` (the one returned, free again). */
  const displace = (si: number, k: number, li: number, out: number, e: number, key: number): number => {
    const t = heaps.pop(li, out);
    if (nodeBase[li]! >= 0) {
      nets.remove(li, out - entryBase[li]!);
      if (!nets.add(li, e - entryBase[li]!)) throw new Error('stable: exchange failed');
    }
    hold(li, e, si, k, key);
    placedAt[t] = -1;
    placedRank[t] = 0;
    return t;
  };
  /** si's proposal to entry e, which has room of its own: held if the location has room, else an exchange. */
  const admit = (si: number, k: number, li: number, e: number, key: number): number => {
    let out: number; // the entry whose worst student makes room
    if (nodeBase[li]! < 0) {
      if (heaps.fits(li, e)) return (hold(li, e, si, k, key), -1);
      out = heaps.worstEntry(li, null, 0); // the total is full: any entry can make room
    } else {
      // the total full and everyone held ranks higher: no circuit can make room, no search needed
      if (heaps.totalFull(li, pinned[li]!.length) && heaps.worseThanAll(li, key)) return si;
      const local = e - entryBase[li]!;
      if (nets.add(li, local)) return (hold(li, e, si, k, key), -1);
      out = heaps.worstEntry(li, nets.exchangeable(li, local, entryBase[li + 1]! - entryBase[li]!), entryBase[li]!);
    }
    return out >= 0 && heldKey[off[out]!]! > key ? displace(si, k, li, out, e, key) : si; // else rejected
  };
  /** One proposal of si to its next choice: returns who is free afterwards (si, a displaced one, or -1). */
  const propose = (si: number): number => {
    const k = next[si]!;
    if (k >= start[si + 1]!) return -1; // list exhausted: stays unplaced
    next[si] = k + 1;
    const li = pairLocation[k]!;
    const e = entryBase[li]! + offered[li]![studentProgramme[si]!]!;
    const key = (pairGrade[k] || unlisted[li]!) * 2 ** 32 + lottery[si]! + si / (n + 1);
    // its programme full (held ones alone fill it): only its own entry can make room, in the network too.
    // The most common case, so it reads the heaps' arrays here, without a call.
    if (size[e]! >= cap[e]!) return size[e]! > 0 && heldKey[off[e]!]! > key ? displace(si, k, li, e, e, key) : si;
    return admit(si, k, li, e, key);
  };
  // Proposals in a fixed order: student 0 proposes, and whoever that leaves free (itself, or the one it
  // displaced) proposes next, until no one is; then student 1, and so on. The chain is a function called
  // per student, not one long loop in this function: the CLI runs without on-stack replacement (decision
  // 084), so a loop here would never leave the interpreter, while `chain` is optimized after a few calls.
  const chain = (si: number): void => {
    lottery[si] = lotteryNumber(students[si]!.id); // drawn at the student's first proposal
    for (let s = si; s >= 0;) s = propose(s);
  };
  for (let si = 0; si < n; si++) if (start[si + 1]! > start[si]!) chain(si);

  let lists: number[][] | null = null;
  const held = (li: number): number[] => {
    if (lists === null) {
      lists = Array.from({ length: locations.length }, () => []);
      for (let si = 0; si < n; si++) if (placedAt[si]! >= 0) lists[placedAt[si]!]!.push(si);
    }
    return lists[li]!;
  };
  const grade = (li: number, si: number): number => {
    for (let k = start[si]!; k < start[si + 1]!; k++) if (pairLocation[k] === li) return pairGrade[k] || unlisted[li]!;
    const g = (locations[li]!.priorities ?? []).findIndex((list) => list.includes(students[si]!.id));
    return g >= 0 ? g + 1 : unlisted[li]!;
  };
  const priority = (li: number, si: number): number =>
    grade(li, si) * 2 ** 32 + lotteryNumber(students[si]!.id) + si / (n + 1);
  // explanations only: a fresh network with the same students routed has the same exchangeable entries
  // (they depend on the set routed, not on the routing: decision 095)
  const built: (LocationNetwork | undefined)[] = [];
  const network = (li: number): LocationNetwork => {
    let net = built[li];
    if (!net) {
      net = built[li] = new LocationNetwork(locations[li]!, usage.get(locations[li]!.id));
      for (const si of [...pinned[li]!, ...held(li)]) net.add(offered[li]![studentProgramme[si]!]!);
    }
    return net;
  };
  return { held, placedAt, placedRank, grade, priority, pinned, network, networks: nets, entryBase };
}

export function solveStable(round: Round): RoundResult {
  const t0 = performance.now();
  const state = runDeferredAcceptance(round);
  return stableResult(round, state, t0);
}
