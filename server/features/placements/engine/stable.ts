// The "stabiel" objective: student-proposing deferred acceptance with location priorities.
//
// A location holds the students it has tentatively accepted, routed through its own network
// (programme caps → werkbegeleiders → total; location-network.ts). The sets that fit form a matroid,
// so a location's choice — greedy in priority order among those that fit — is substitutable and
// satisfies the law of aggregate demand; deferred acceptance then ends in the student-optimal stable
// matching (Roth 1984; Hatfield & Milgrom 2005). Supervisors are part of "what fits": a student and a
// location block only if the location could take the student, if need be in place of someone it
// ranks lower, with every capacity and werkbegeleider respected.
//
// Ties within a priority grade are broken by one lottery for all locations: a fixed hash of the
// student id (independent of input order). Strict priorities refine the grades, so a matching stable
// for them is weakly stable for the grades.
import { compileRound } from './compile-round';
import { LocationNetwork } from './location-network';
import { fixedUsage } from './validate-fixed';
import { toResult, type Placement } from './decode';
import type { Round, RoundResult } from './types';

/** FNV-1a of the id with a fixed seed: the lottery number, lower is better. */
export function lotteryNumber(id: string): number {
  let h = 0x811c9dc5 ^ 0x5eed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface StableState {
  networks: LocationNetwork[];
  /** per location: round indices of the (non-fixed) students it holds */
  held: number[][];
  /** per round student: index of the location they got, -1 if none */
  placedAt: Int32Array;
  /** 1-based grade of student si at location li (listed grades + 1 when unlisted) */
  grade: (li: number, si: number) => number;
  /** strict priority key: lower is better */
  priority: (li: number, si: number) => number;
  /** round indices of pinned fixed students per location (routed, never displaced) */
  pinned: number[][];
}

export function runDeferredAcceptance(round: Round): StableState {
  const { students, locations } = round;
  const n = students.length;
  const usage = fixedUsage(round);
  const networks = locations.map((l) => new LocationNetwork(l, usage.get(l.id)));
  const c = compileRound(round);
  const { locIndex, studentIndex } = c;
  // grades by student index, so the hot path looks up numbers, not id strings
  const grades = locations.map((l) => {
    const m = new Map<number, number>();
    (l.priorities ?? []).forEach((g, gi) => g.forEach((id) => m.set(c.studentIndex.get(id)!, gi + 1)));
    return m;
  });
  const lottery = new Float64Array(n);
  for (let si = 0; si < n; si++) lottery[si] = lotteryNumber(students[si]!.id);
  const grade = (li: number, si: number): number => grades[li]!.get(si) ?? (locations[li]!.priorities?.length ?? 0) + 1;
  // grade dominates; the lottery (and the input index, for hash collisions) breaks ties
  const priority = (li: number, si: number): number => grade(li, si) * 2 ** 32 + lottery[si]! + si / (n + 1);

  const pinned: number[][] = locations.map(() => []);
  for (const f of round.fixed) {
    const li = locIndex.get(f.location)!;
    if ((locations[li]!.supervisors?.length ?? 0) > 0 && !f.supervisor) {
      const si = studentIndex.get(f.student)!;
      networks[li]!.add(c.offered[li]![c.studentProgramme[si]!]!);
      pinned[li]!.push(si);
    }
  }

  // each student's allowed locations in preference order, with entry and priority key precomputed
  const { start, pairLocation: optLoc } = c;
  const optEntry = new Int32Array(optLoc.length);
  const optKey = new Float64Array(optLoc.length);
  for (let si = 0; si < n; si++) {
    const prog = c.studentProgramme[si]!;
    for (let k = start[si]!; k < start[si + 1]!; k++) {
      const li = optLoc[k]!;
      optEntry[k] = c.offered[li]![prog]!;
      optKey[k] = priority(li, si);
    }
  }
  const next = Int32Array.from(start.subarray(0, n));
  const placedAt = new Int32Array(n).fill(-1);
  const heldStudent: number[][] = locations.map(() => []);
  const heldEntry: number[][] = locations.map(() => []);
  const heldKey: number[][] = locations.map(() => []);
  const free: number[] = [];
  for (let si = n - 1; si >= 0; si--) if (start[si + 1]! > start[si]!) free.push(si);

  while (free.length > 0) {
    const si = free.pop()!;
    const k = next[si]!;
    if (k >= start[si + 1]!) continue; // list exhausted: stays unplaced
    next[si] = k + 1;
    const li = optLoc[k]!;
    const entry = optEntry[k]!;
    const key = optKey[k]!;
    const net = networks[li]!;
    const hs = heldStudent[li]!;
    const he = heldEntry[li]!;
    const hk = heldKey[li]!;
    if (net.add(entry)) {
      hs.push(si);
      he.push(entry);
      hk.push(key);
      placedAt[si] = li;
      continue;
    }
    // full: the location keeps the best that fit; the candidate to drop is the lowest-priority held
    // student whose seat this one could take (the circuit of the matroid)
    const reach = net.exchangeable(entry);
    let worst = -1;
    let worstKey = key;
    for (let j = 0; j < hs.length; j++) {
      if (reach[he[j]!] === 1 && hk[j]! > worstKey) {
        worstKey = hk[j]!;
        worst = j;
      }
    }
    if (worst < 0) {
      free.push(si);
      continue;
    }
    const t = hs[worst]!;
    net.remove(he[worst]!);
    if (!net.add(entry)) throw new Error('stable: exchange failed');
    hs[worst] = si;
    he[worst] = entry;
    hk[worst] = key;
    placedAt[si] = li;
    placedAt[t] = -1;
    free.push(t);
  }
  return { networks, held: heldStudent, placedAt, grade, priority, pinned };
}

export function stablePlacements(round: Round, state: StableState): Placement[] {
  const { students, locations } = round;
  const studentIndex = new Map(students.map((s, i) => [s.id, i]));
  const locIndex = new Map(locations.map((l, i) => [l.id, i]));
  const out: Placement[] = students.map(() => ({ location: -1, supervisor: null, rank: 0 }));
  locations.forEach((l, li) => {
    const units = state.networks[li]!.supervisorUnits();
    const take = (si: number): string | null => units.get(students[si]!.programme)?.pop() ?? null;
    for (const si of state.pinned[li]!) out[si] = { location: li, supervisor: take(si), rank: 0 };
    for (const si of state.held[li]!) {
      out[si] = { location: li, supervisor: take(si), rank: students[si]!.preferences.indexOf(l.id) + 1 };
    }
  });
  for (const f of round.fixed) {
    const si = studentIndex.get(f.student)!;
    if (out[si]!.location >= 0) continue; // pinned, done above
    out[si] = { location: locIndex.get(f.location)!, supervisor: f.supervisor ?? null, rank: 0 };
  }
  return out;
}

export function solveStable(round: Round): RoundResult {
  const t0 = performance.now();
  const state = runDeferredAcceptance(round);
  const placements = stablePlacements(round, state);
  return toResult(round, placements, performance.now() - t0);
}
