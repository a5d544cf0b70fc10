// Turns a solved RoundNetwork back into the output shape: who is where, with which werkbegeleider and
// on which days. Supervisors are handed out per (location, programme) from the flow on the
// programme → supervisor arcs, to the placed students in input order.
import type { RoundNetwork } from './build-network';
import { compileRound } from './compile-round';
import { dayMask, firstDays } from './eligibility';
import type { Assignment, Round, RoundResult } from './types';

export interface Placement {
  /** location index, -1 when unplaced */
  location: number;
  supervisor: string | null;
  /** 1-based rank on the student's list; 0 for fixed students */
  rank: number;
}

/** Placement of every round student (index-aligned with round.students). */
export function decodePlacements(round: Round, rn: RoundNetwork): Placement[] {
  const { net, studentIndex, arcLocation, arcRank, supervisorArcs } = rn;
  const { locIndex, studentIndex: studentIdx } = compileRound(round);
  const out: Placement[] = round.students.map(() => ({ location: -1, supervisor: null, rank: 0 }));
  // supervisor units per location and programme
  const units = supervisorArcs.map((list) => {
    const m = new Map<string, string[]>();
    for (const { arc, programme, supervisor } of list) {
      const flow = net.rcap[net.rev[arc]!]!;
      let q = m.get(programme);
      if (!q) m.set(programme, (q = []));
      for (let k = 0; k < flow; k++) q.push(supervisor);
    }
    return m;
  });
  for (let e = 0; e < studentIndex.length; e++) {
    const a = net.placedArc[e]!;
    const si = studentIndex[e]!;
    if (a < 0 || arcLocation[a]! < 0) continue;
    const li = arcLocation[a]!;
    const q = units[li]!.get(round.students[si]!.programme);
    out[si] = { location: li, supervisor: q && q.length > 0 ? q.pop()! : null, rank: arcRank[a]! };
  }
  for (const f of round.fixed) {
    const si = studentIdx.get(f.student)!;
    const li = locIndex.get(f.location)!;
    if (rn.engineIndex[si]! >= 0) {
      out[si]!.rank = 0; // pinned: supervisor chosen above
      continue;
    }
    out[si] = { location: li, supervisor: f.supervisor ?? null, rank: 0 };
  }
  return out;
}

export function toResult(round: Round, placements: Placement[], solveMs: number): RoundResult {
  const { isFixed } = compileRound(round);
  const openMask = round.locations.map((l) => dayMask(l.openDays));
  // the days of a placement depend only on the common weekdays and the count: a handful of distinct lists
  const daysOf = new Map<number, number[]>();
  const assignments: Assignment[] = [];
  const unassigned: string[] = [];
  let placed = 0;
  let rankCost = 0;
  round.students.forEach((s, si) => {
    const p = placements[si]!;
    if (p.location < 0) {
      unassigned.push(s.id);
      return;
    }
    const key = (dayMask(s.availableDays) & openMask[p.location]!) * 8 + s.daysNeeded;
    let days = daysOf.get(key);
    if (!days) daysOf.set(key, (days = firstDays(key >> 3, s.daysNeeded)));
    assignments.push({
      student: s.id,
      location: round.locations[p.location]!.id,
      supervisor: p.supervisor,
      days: days.slice(),
    });
    if (!isFixed[si]) {
      placed++;
      rankCost += p.rank * p.rank;
    }
  });
  return { assignments, unassigned, stats: { solveMs: Math.round(solveMs * 10) / 10, placed, rankCost } };
}
