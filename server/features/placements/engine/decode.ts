// Turns a solved RoundNetwork back into the output shape: who is where, with which werkbegeleider and
// on which days. Supervisors are handed out per (location, programme) from the flow on the
// programme → supervisor arcs, to the placed students in input order.
import type { RoundNetwork } from './build-network';
import { compileRound } from './compile-round';
import { dayMask, sharedDays } from './eligibility';
import { roundIndex } from './round-index';
import type { Assignment, Round, RoundResult } from './types';

/** Placement of every round student, index-aligned with round.students (arrays: no object per student). */
export interface Placements {
  /** location index, -1 when unplaced */
  location: Int32Array;
  supervisor: (string | null)[];
  /** 1-based rank on the student's list; 0 for fixed students */
  rank: Int32Array;
}

export function decodePlacements(round: Round, rn: RoundNetwork): Placements {
  const { net, studentIndex, arcLocation, arcRank, supervisorArcs } = rn;
  const { locIndex, studentIndex: studentIdx, programmeIndex, studentProgramme } = compileRound(round);
  const n = round.students.length;
  const P = programmeIndex.size;
  const out: Placements = {
    location: new Int32Array(n).fill(-1),
    supervisor: new Array<string | null>(n).fill(null),
    rank: new Int32Array(n),
  };
  // supervisor units per (location, programme index), at li * P + p: no Map per location
  const units = new Array<string[] | undefined>(supervisorArcs.length * P);
  for (let li = 0; li < supervisorArcs.length; li++) {
    const list = supervisorArcs[li]!;
    for (let i = 0; i < list.length; i++) {
      const { arc, programme, supervisor } = list[i]!;
      const flow = net.rcap[net.rev[arc]!]!;
      const k = li * P + programmeIndex.get(programme)!;
      const q = (units[k] ??= []);
      for (let f = 0; f < flow; f++) q.push(supervisor);
    }
  }
  for (let e = 0; e < studentIndex.length; e++) {
    const a = net.placedArc[e]!;
    const si = studentIndex[e]!;
    if (a < 0 || arcLocation[a]! < 0) continue;
    const li = arcLocation[a]!;
    const q = units[li * P + studentProgramme[si]!];
    out.location[si] = li;
    out.supervisor[si] = q && q.length > 0 ? q.pop()! : null;
    out.rank[si] = arcRank[a]!;
  }
  for (let i = 0; i < round.fixed.length; i++) {
    const f = round.fixed[i]!;
    const si = studentIdx.get(f.student)!;
    out.rank[si] = 0; // pinned ones (in the engine) got their supervisor above
    if (rn.engineIndex[si]! >= 0) continue;
    out.location[si] = locIndex.get(f.location)!;
    out.supervisor[si] = f.supervisor ?? null;
  }
  return out;
}

export function toResult(round: Round, placements: Placements, solveMs: number): RoundResult {
  const { isFixed } = compileRound(round);
  const { studentMask } = roundIndex(round);
  const { location, supervisor, rank } = placements;
  const openMask = round.locations.map((l) => dayMask(l.openDays));
  const daysOf: (number[] | undefined)[] = [];
  const n = round.students.length;
  let count = 0;
  for (let si = 0; si < n; si++) if (location[si]! >= 0) count++;
  // sized up front, not pushed: growing them was a third of this function's fresh memory
  const assignments = new Array<Assignment>(count);
  const unassigned = new Array<string>(n - count);
  let placed = 0;
  let rankCost = 0;
  for (let si = 0, a = 0, u = 0; si < n; si++) {
    const s = round.students[si]!;
    const li = location[si]!;
    if (li < 0) {
      unassigned[u++] = s.id;
      continue;
    }
    const days = sharedDays(daysOf, studentMask[si]! & openMask[li]!, s.daysNeeded);
    assignments[a++] = {
      student: s.id,
      location: round.locations[li]!.id,
      supervisor: supervisor[si] ?? null,
      days,
    };
    if (!isFixed[si]) {
      placed++;
      rankCost += rank[si]! * rank[si]!;
    }
  }
  return { assignments, unassigned, stats: { solveMs: Math.round(solveMs * 10) / 10, placed, rankCost } };
}
