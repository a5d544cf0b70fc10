// The stable solve's answer in one pass over the students (decision 095): who is where, the
// werkbegeleider from the flat networks' flow (handed out per (location, programme) to the placed
// students in input order, as decode.ts does for the optimal solve), and the days. The same output
// as decode.ts's toResult, without a Placement object per student.
import { compileRound } from './compile-round';
import { dayMask, sharedDays } from './eligibility';
import { roundIndex } from './round-index';
import type { StableState } from './stable';
import { supervisorUnits } from './stable-networks';
import type { Assignment, Round, RoundResult } from './types';

export function stableResult(round: Round, state: StableState, t0: number): RoundResult {
  const { students, locations } = round;
  const n = students.length;
  const { isFixed, locIndex, studentIndex, offered, studentProgramme } = compileRound(round);
  const { placedAt, placedRank, entryBase } = state;
  const { studentMask } = roundIndex(round);
  const { units, start, top } = supervisorUnits(state.networks, entryBase);
  // fixed students: where (pinned ones get their werkbegeleider from the flow), and which fixed entry
  const fixedAt = new Int32Array(n).fill(-1);
  const fixedEntry = new Int32Array(n).fill(-1);
  for (let i = 0; i < round.fixed.length; i++) {
    const si = studentIndex.get(round.fixed[i]!.student)!;
    fixedAt[si] = locIndex.get(round.fixed[i]!.location)!;
    fixedEntry[si] = i;
  }
  for (let li = 0; li < state.pinned.length; li++) for (const si of state.pinned[li]!) fixedEntry[si] = -1;
  const openMask = new Int32Array(locations.length);
  for (let li = 0; li < locations.length; li++) openMask[li] = dayMask(locations[li]!.openDays);
  const daysOf: (number[] | undefined)[] = [];
  const assignments: Assignment[] = [];
  const unassigned: string[] = [];
  let placed = 0;
  let rankCost = 0;
  const take = (li: number, si: number): string | null => {
    const x = entryBase[li]! + offered[li]![studentProgramme[si]!]!;
    if (state.networks.nodeBase[li]! < 0 || top[x]! === 0) return null;
    return locations[li]!.supervisors![units[start[x]! + --top[x]!]!]!.id;
  };
  const answer = (si: number): void => {
    const s = students[si]!;
    let li = placedAt[si]!;
    let supervisor: string | null = null;
    if (li >= 0) {
      supervisor = take(li, si);
      placed++;
      rankCost += placedRank[si]! * placedRank[si]!;
    } else if (isFixed[si]) {
      li = fixedAt[si]!;
      const f = fixedEntry[si]!;
      supervisor = f >= 0 ? (round.fixed[f]!.supervisor ?? null) : take(li, si);
    } else {
      unassigned.push(s.id);
      return;
    }
    const days = sharedDays(daysOf, studentMask[si]! & openMask[li]!, s.daysNeeded);
    assignments.push({ student: s.id, location: locations[li]!.id, supervisor, days });
  };
  for (let si = 0; si < n; si++) answer(si);
  return {
    assignments,
    unassigned,
    stats: { solveMs: Math.round((performance.now() - t0) * 10) / 10, placed, rankCost },
  };
}
