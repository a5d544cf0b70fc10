// Repair after publication: a student withdraws, or a location loses capacity. Only the students who
// must move, move: every other published placement is kept as a fixed one. Displaced students and
// the ones who were unplaced are then placed optimally in what is left. A withdrawal usually needs no
// re-solve at all (repair-withdraw.ts); the general way below is its fallback.
//
// A capacity drop is solved as one weighted min-cost flow whose weights make the objective
// lexicographic — first the fewest students leaving the location, then the most placed, then the
// least rank cost (the weights and why they suffice: docs/decisions/010-matching-engine.md).
import { buildRoundNetwork } from './build-network';
import { repairWithdrawal } from './repair-withdraw';
import { decodePlacements, toResult } from './decode';
import { solveMinCostMaxFlow } from './min-cost-flow';
import { solveOptimal } from './optimal';
import { checkFixed } from './validate-fixed';
import type {
  Assignment,
  FixedPlacement,
  Location,
  PlacementMove,
  RepairResult,
  Round,
  RoundChange,
  RoundResult,
} from './types';

export class RepairInputError extends Error {}

function applyChange(round: Round, change: RoundChange): { round: Round; removed: string[] } {
  if (change.kind === 'withdraw') {
    if (!round.students.some((s) => s.id === change.student))
      throw new RepairInputError(`unknown student ${JSON.stringify(change.student)}`);
    return {
      round: {
        ...round,
        students: round.students.filter((s) => s.id !== change.student),
        fixed: round.fixed.filter((f) => f.student !== change.student),
        locations: round.locations.map((l) =>
          l.priorities ? { ...l, priorities: l.priorities.map((g) => g.filter((id) => id !== change.student)) } : l,
        ),
      },
      removed: [change.student],
    };
  }
  if (!round.locations.some((l) => l.id === change.location))
    throw new RepairInputError(`unknown location ${JSON.stringify(change.location)}`);
  const locations = round.locations.map((l): Location => {
    if (l.id !== change.location) return l;
    const next: Location = { ...l };
    if (change.capacity !== undefined) next.capacity = change.capacity;
    if (change.programmeCapacity !== undefined) next.programmeCapacity = change.programmeCapacity;
    if (change.supervisors !== undefined) next.supervisors = change.supervisors;
    return next;
  });
  return { round: { ...round, locations }, removed: [] };
}

function moves(
  round: Round,
  before: Map<string, Assignment>,
  after: RoundResult,
): { moved: PlacementMove[]; supervisorChanged: PlacementMove[] } {
  const now = new Map(after.assignments.map((a) => [a.student, a]));
  const moved: PlacementMove[] = [];
  const supervisorChanged: PlacementMove[] = [];
  for (const s of round.students) {
    const a = before.get(s.id);
    const b = now.get(s.id);
    const from = a ? { location: a.location, supervisor: a.supervisor } : null;
    const to = b ? { location: b.location, supervisor: b.supervisor } : null;
    if (a?.location !== b?.location) moved.push({ student: s.id, from, to });
    else if (a && b && a.supervisor !== b.supervisor) supervisorChanged.push({ student: s.id, from, to });
  }
  return { moved, supervisorChanged };
}

export function repairRound(round: Round, published: Assignment[], change: RoundChange): RepairResult {
  const t0 = performance.now();
  if (change.kind === 'withdraw' && round.students.some((s) => s.id === change.student)) {
    // the usual case needs no re-solve (repair-withdraw.ts); null: do it the general way below
    const fast = repairWithdrawal(round, published, change.student, t0);
    if (fast) return fast;
  }
  return repairBySolving(round, published, change, t0);
}

/** The general repair: every published placement that must stay becomes fixed, then one solve. */
export function repairBySolving(
  round: Round,
  published: Assignment[],
  change: RoundChange,
  t0 = performance.now(),
): RepairResult {
  const { round: changed, removed } = applyChange(round, change);
  const known = new Set(changed.students.map((s) => s.id));
  const before = new Map(published.filter((a) => known.has(a.student)).map((a) => [a.student, a]));
  const displacedAt = change.kind === 'capacity' ? change.location : null;
  // everyone published stays fixed, except (on a capacity change) the students at that location who
  // were not locked: locked ones stay too, and if they no longer fit the change is refused
  const locked = new Set(changed.fixed.map((f) => f.student));
  const fixed: FixedPlacement[] = [];
  for (const a of before.values()) {
    if (a.location !== displacedAt || locked.has(a.student))
      fixed.push({ student: a.student, location: a.location, supervisor: a.supervisor });
  }
  const work: Round = { ...changed, objective: 'optimal', fixed };
  const problems = checkFixed(work);
  if (problems.length > 0) {
    // name the published placement, not our internal list of kept ones
    const kept = (path: string): string => {
      const f = work.fixed[Number(/^fixed\[(\d+)\]/.exec(path)?.[1] ?? -1)];
      return f ? `published placement of ${JSON.stringify(f.student)} at ${JSON.stringify(f.location)}` : path;
    };
    throw new RepairInputError(problems.map((p) => `${kept(p.path)}: ${p.message}`).join('\n'));
  }

  let result: RoundResult;
  if (displacedAt === null) {
    result = solveOptimal(work);
  } else {
    const li = work.locations.findIndex((l) => l.id === displacedAt);
    const stay = new Map<number, number>();
    work.students.forEach((s, si) => {
      if (before.get(s.id)?.location === displacedAt && !locked.has(s.id)) stay.set(si, li);
    });
    // per simple cycle of the residual network: rank cost changes by at most maxCost × (entries + 1)
    const maxCost = work.students.reduce((m, s) => Math.max(m, s.preferences.length ** 2), 1);
    const entries = work.locations.reduce((n, l) => n + Object.keys(l.programmeCapacity).length, 0);
    const R = maxCost * (entries + 2);
    const M = R + 1; // one more placed beats any rank cost
    const S = M + R + 1; // one fewer moved beats one more placed and any rank cost
    const rn = buildRoundNetwork(work, {
      stay,
      arcCost: (si, rank, l) => (stay.has(si) && l !== stay.get(si) ? S : 0) + rank * rank,
      unplacedCost: (si) => (stay.has(si) ? S + M : M),
    });
    solveMinCostMaxFlow(rn.net);
    result = toResult(work, decodePlacements(work, rn), 0);
  }
  // the output counts everyone as in a plain round: the kept placements are fixed ones here, but the
  // caller's round has them as ordinary placements, so recount placed and rank cost over all students
  const fixedIds = new Set(changed.fixed.map((f) => f.student));
  const byId = new Map(changed.students.map((s) => [s.id, s]));
  let placed = 0;
  let rankCost = 0;
  for (const a of result.assignments) {
    if (fixedIds.has(a.student)) continue;
    placed++;
    const r = byId.get(a.student)!.preferences.indexOf(a.location) + 1;
    rankCost += r * r;
  }
  const { moved, supervisorChanged } = moves(changed, before, result);
  return {
    ...result,
    stats: { solveMs: Math.round((performance.now() - t0) * 10) / 10, placed, rankCost },
    moved,
    supervisorChanged,
    removed,
  };
}
