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
import { dayMask, ineligibility, locationFacts } from './eligibility';
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
  const locIndex = new Map(locations.map((l, i) => [l.id, i]));
  const studentIndex = new Map(students.map((s, i) => [s.id, i]));
  const usage = fixedUsage(round);
  const networks = locations.map((l) => new LocationNetwork(l, usage.get(l.id)));
  const grades = locations.map((l) => {
    const m = new Map<number, number>();
    (l.priorities ?? []).forEach((g, gi) => g.forEach((id) => m.set(studentIndex.get(id)!, gi + 1)));
    return m;
  });
  const lottery = students.map((s) => lotteryNumber(s.id));
  const grade = (li: number, si: number): number => grades[li]!.get(si) ?? (locations[li]!.priorities?.length ?? 0) + 1;
  // grade dominates; the lottery (and the input index, for hash collisions) breaks ties
  const priority = (li: number, si: number): number => grade(li, si) * 2 ** 32 + lottery[si]! + si / (students.length + 1);

  const fixed = new Set(round.fixed.map((f) => f.student));
  const pinned: number[][] = locations.map(() => []);
  for (const f of round.fixed) {
    const li = locIndex.get(f.location)!;
    if ((locations[li]!.supervisors?.length ?? 0) > 0 && !f.supervisor) {
      const si = studentIndex.get(f.student)!;
      networks[li]!.add(students[si]!.programme);
      pinned[li]!.push(si);
    }
  }

  const facts = locations.map(locationFacts);
  const lists: number[][] = students.map((s) => {
    if (fixed.has(s.id)) return [];
    const mask = dayMask(s.availableDays);
    const out: number[] = [];
    for (const lid of s.preferences) {
      const li = locIndex.get(lid)!;
      if (ineligibility(s, locations[li]!, facts[li]!, mask) === null) out.push(li);
    }
    return out;
  });
  const next = new Int32Array(students.length);
  const placedAt = new Int32Array(students.length).fill(-1);
  const held: number[][] = locations.map(() => []);
  const free: number[] = [];
  for (let si = students.length - 1; si >= 0; si--) if (lists[si]!.length > 0) free.push(si);

  while (free.length > 0) {
    const si = free.pop()!;
    const list = lists[si]!;
    if (next[si]! >= list.length) continue; // exhausted: stays unplaced
    const li = list[next[si]!++]!;
    const programme = students[si]!.programme;
    const net = networks[li]!;
    if (net.add(programme)) {
      held[li]!.push(si);
      placedAt[si] = li;
      continue;
    }
    // full: the location keeps the best that fit; the candidate to drop is the lowest-priority
    // held student whose seat this one could take (same circuit of the matroid)
    const exchangeable = net.exchangeable(programme);
    const h = held[li]!;
    let worst = -1;
    let worstKey = -Infinity;
    for (let k = 0; k < h.length; k++) {
      const t = h[k]!;
      if (!exchangeable.has(students[t]!.programme)) continue;
      const key = priority(li, t);
      if (key > worstKey) {
        worstKey = key;
        worst = k;
      }
    }
    if (worst >= 0 && worstKey > priority(li, si)) {
      const t = h[worst]!;
      net.remove(students[t]!.programme);
      if (!net.add(programme)) throw new Error('stable: exchange failed');
      h[worst] = si;
      placedAt[si] = li;
      placedAt[t] = -1;
      free.push(t);
    } else {
      free.push(si);
    }
  }
  return { networks, held, placedAt, grade, priority, pinned };
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
