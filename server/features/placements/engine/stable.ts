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
import { locationNetworks, pairKeys } from './stable-setup';
import { fixedUsage } from './validate-fixed';
import { toResult, type Placement } from './decode';
import type { Round, RoundResult } from './types';

export interface StableState {
  /** per location: round indices of the (non-fixed) students it holds */
  held: number[][];
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
  /** the location's network with everyone it holds routed (built on demand where none was needed) */
  network: (li: number) => LocationNetwork;
}

export function runDeferredAcceptance(round: Round): StableState {
  const { students, locations } = round;
  const n = students.length;
  const usage = fixedUsage(round);
  const c = compileRound(round);
  const { start, pairLocation, pairRank, studentProgramme, offered } = c;
  const heaps = new EntryHeaps(round, c, usage);
  const { entryBase } = heaps;
  const { lottery, pairGrade, pairKey, pairEntry, unlisted } = pairKeys(round, c, entryBase);
  const { networks, pinned } = locationNetworks(round, c, usage);

  const next = Int32Array.from(start.subarray(0, n));
  const placedAt = new Int32Array(n).fill(-1);
  const placedRank = new Int32Array(n);
  const free = new Int32Array(n);
  let top = 0;
  for (let si = n - 1; si >= 0; si--) if (start[si + 1]! > start[si]!) free[top++] = si;
  const hold = (li: number, e: number, si: number, k: number): void => {
    heaps.push(li, e, si, pairKey[k]!);
    placedAt[si] = li;
    placedRank[si] = pairRank[k]!;
  };
  const worseThanAll = (li: number, k: number): boolean => {
    const worst = heaps.worstEntry(li, null, 0);
    return worst < 0 || heaps.topKey(worst) <= pairKey[k]!;
  };
  /** One proposal of si to its next choice: returns who is free afterwards (si, a displaced one, or -1). */
  const propose = (si: number): number => {
    const k = next[si]!;
    if (k >= start[si + 1]!) return -1; // list exhausted: stays unplaced
    next[si] = k + 1;
    const li = pairLocation[k]!;
    const e = pairEntry[k]!;
    const net = networks[li] ?? null;
    let out: number; // the entry whose worst student makes room
    // its programme full (held ones alone fill it): only its own entry can make room, in the network too
    if (heaps.fullEntry(e)) out = heaps.nonEmpty(e);
    else if (net === null) {
      if (heaps.fits(li, e)) return (hold(li, e, si, k), -1);
      out = heaps.worstEntry(li, null, 0); // the total is full: any entry can make room
    } else {
      // the total full and everyone held ranks higher: no circuit can make room, no search needed
      if (heaps.totalFull(li, pinned[li]!.length) && worseThanAll(li, k)) return si;
      const local = e - entryBase[li]!;
      if (net.add(local)) return (hold(li, e, si, k), -1);
      out = heaps.worstEntry(li, net.exchangeable(local), entryBase[li]!);
    }
    if (out < 0 || heaps.topKey(out) <= pairKey[k]!) return si; // rejected: on to the next choice
    const t = heaps.pop(li, out);
    if (net !== null) {
      net.remove(out - entryBase[li]!);
      if (!net.add(e - entryBase[li]!)) throw new Error('stable: exchange failed');
    }
    hold(li, e, si, k);
    placedAt[t] = -1;
    placedRank[t] = 0;
    return t;
  };
  // a function per proposal (not one long loop body): V8 optimizes it after a few calls, no on-stack
  // replacement needed (the CLI runs with --no-use-osr, see docs/decisions/084-engine-near-its-floor.md)
  while (top > 0) {
    const again = propose(free[--top]!);
    if (again >= 0) free[top++] = again;
  }

  const held: number[][] = Array.from({ length: locations.length }, () => []);
  for (let si = 0; si < n; si++) if (placedAt[si]! >= 0) held[placedAt[si]!]!.push(si);
  const grade = (li: number, si: number): number => {
    for (let k = start[si]!; k < start[si + 1]!; k++) if (pairLocation[k] === li) return pairGrade[k]!;
    const g = (locations[li]!.priorities ?? []).findIndex((list) => list.includes(students[si]!.id));
    return g >= 0 ? g + 1 : unlisted[li]!;
  };
  const priority = (li: number, si: number): number => grade(li, si) * 2 ** 32 + lottery[si]! + si / (n + 1);
  const network = (li: number): LocationNetwork => {
    let net = networks[li];
    if (!net) {
      net = networks[li] = new LocationNetwork(locations[li]!, usage.get(locations[li]!.id));
      for (const si of held[li]!) net.add(offered[li]![studentProgramme[si]!]!);
    }
    return net;
  };
  return { held, placedAt, placedRank, grade, priority, pinned, network };
}

export function stablePlacements(round: Round, state: StableState): Placement[] {
  const { students, locations } = round;
  const c = compileRound(round);
  const out: Placement[] = new Array<Placement>(students.length);
  // supervisors: from each network's flow, handed to its students in input order
  const units = locations.map((l, li) =>
    (l.supervisors?.length ?? 0) > 0 ? state.network(li).supervisorUnits() : null,
  );
  const take = (li: number, si: number): string | null => units[li]?.get(students[si]!.programme)?.pop() ?? null;
  const pinnedAt = new Int32Array(students.length).fill(-1);
  state.pinned.forEach((list, li) => list.forEach((si) => (pinnedAt[si] = li)));
  const fixedAt = new Map(round.fixed.map((f) => [f.student, f]));
  const place = (si: number): Placement => {
    const li = state.placedAt[si]!;
    if (li >= 0) return { location: li, supervisor: take(li, si), rank: state.placedRank[si]! };
    if (pinnedAt[si]! >= 0) return { location: pinnedAt[si]!, supervisor: take(pinnedAt[si]!, si), rank: 0 };
    if (!c.isFixed[si]) return { location: -1, supervisor: null, rank: 0 };
    const f = fixedAt.get(students[si]!.id)!;
    return { location: c.locIndex.get(f.location)!, supervisor: f.supervisor ?? null, rank: 0 };
  };
  for (let si = 0; si < students.length; si++) out[si] = place(si);
  return out;
}

export function solveStable(round: Round): RoundResult {
  const t0 = performance.now();
  const state = runDeferredAcceptance(round);
  const placements = stablePlacements(round, state);
  return toResult(round, placements, performance.now() - t0);
}
