// Repair after a withdrawal, incrementally. Every other published placement stays exactly as it is, so
// nothing can move: the only question is which previously unplaced students take the room that is left.
// A student can take room only where it is eligible (the compiled round says so, withdrawal or not) and
// where the location still has room for its programme after the published placements.
//
// In the usual case — the published round was optimal, so the only room anyone can use is the freed
// seat — every such candidate is at one location. The sets of candidates that fit that location form a
// matroid (its gammoid: programme caps → werkbegeleiders → total, location-network.ts), so taking them
// greedily from the cheapest rank up gives a basis of least cost, and every basis is as large as can
// be: exactly "most placed, then least rank cost" among the previously unplaced. Anything else (room at
// several locations, a published placement that does not fit, a locked student left out) returns null
// and the caller re-solves the whole round.
import { compileRound } from './compile-round';
import { dayMask, placementDays, popcount } from './eligibility';
import { LocationNetwork, type CapacityUse } from './location-network';
import type { Assignment, Location, RepairResult, Round } from './types';

const newUse = (): CapacityUse => ({ total: 0, programme: new Map(), supervisor: new Map() });
const bump = (m: Map<string, number>, k: string): number => {
  const v = (m.get(k) ?? 0) + 1;
  m.set(k, v);
  return v;
};

/** Room left at location l for programme p after `used` (some werkbegeleider too, where there are any). */
function hasRoom(l: Location, used: CapacityUse | undefined, p: string): boolean {
  if (l.capacity - (used?.total ?? 0) <= 0 || (l.programmeCapacity[p] ?? 0) - (used?.programme.get(p) ?? 0) <= 0)
    return false;
  const sups = l.supervisors ?? [];
  return (
    sups.length === 0 ||
    sups.some((w) => w.programmes.includes(p) && w.capacity - (used?.supervisor.get(w.id) ?? 0) > 0)
  );
}

export function repairWithdrawal(
  round: Round,
  published: Assignment[],
  withdrawn: string,
  t0: number,
): RepairResult | null {
  const c = compileRound(round);
  const { students, locations } = round;
  const w = c.studentIndex.get(withdrawn);
  if (w === undefined) return null;
  const n = students.length;
  const at = new Int32Array(n).fill(-1);
  const pub = new Int32Array(n).fill(-1);
  const sup: (string | null)[] = new Array<string | null>(n).fill(null);
  const use: (CapacityUse | undefined)[] = new Array<CapacityUse | undefined>(locations.length);
  // the published placements must fit as they are (else the caller reports exactly what does not)
  for (let i = 0; i < published.length; i++) {
    const a = published[i]!;
    const si = c.studentIndex.get(a.student);
    if (si === undefined || si === w) continue;
    const li = c.locIndex.get(a.location);
    if (li === undefined || at[si]! >= 0) return null;
    const s = students[si]!;
    const l = locations[li]!;
    const sups = l.supervisors ?? [];
    const ws = a.supervisor ? sups.find((x) => x.id === a.supervisor) : undefined;
    if (
      c.offered[li]![c.studentProgramme[si]!]! < 0 ||
      popcount(dayMask(s.availableDays) & dayMask(l.openDays)) < s.daysNeeded
    )
      return null;
    if (sups.length > 0 ? !ws || !ws.programmes.includes(s.programme) : a.supervisor) return null;
    const u = (use[li] ??= newUse());
    if (++u.total > l.capacity || bump(u.programme, s.programme) > l.programmeCapacity[s.programme]!) return null;
    if (ws && bump(u.supervisor, ws.id) > ws.capacity) return null;
    at[si] = li;
    pub[si] = i;
    sup[si] = a.supervisor ?? null;
  }
  for (const f of round.fixed) {
    const si = c.studentIndex.get(f.student)!;
    if (si !== w && at[si] !== c.locIndex.get(f.location)) return null;
  }

  // candidates: previously unplaced students, at a location with room for their programme
  let target = -1;
  const cand: number[] = [];
  for (let si = 0; si < n; si++) {
    if (si === w || at[si]! >= 0 || c.isFixed[si]) continue;
    for (let k = c.start[si]!; k < c.start[si + 1]!; k++) {
      const li = c.pairLocation[k]!;
      if (!hasRoom(locations[li]!, use[li], students[si]!.programme)) continue;
      if (target >= 0 && li !== target) return null;
      target = li;
      cand.push(k);
    }
  }
  const kOwner = (k: number): number => {
    let lo = 0;
    let hi = n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (c.start[mid]! <= k) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  if (target >= 0) {
    const l = locations[target]!;
    const net = new LocationNetwork(l, use[target]);
    cand.sort((x, y) => c.pairRank[x]! - c.pairRank[y]! || x - y);
    const added: number[] = [];
    for (const k of cand) {
      const si = kOwner(k);
      if (net.add(c.offered[target]![c.studentProgramme[si]!]!)) {
        at[si] = target;
        added.push(si);
      }
    }
    const units = net.supervisorUnits();
    for (const si of added.sort((x, y) => x - y)) sup[si] = units.get(students[si]!.programme)?.shift() ?? null;
  }

  // the result in input order; the kept placements exactly as published (days included)
  const assignments: Assignment[] = [];
  const unassigned: string[] = [];
  const moved: RepairResult['moved'] = [];
  let placed = 0;
  let rankCost = 0;
  for (let si = 0; si < n; si++) {
    if (si === w) continue;
    const s = students[si]!;
    const li = at[si]!;
    if (li < 0) {
      unassigned.push(s.id);
      continue;
    }
    const l = locations[li]!;
    const kept = pub[si]! >= 0 ? published[pub[si]!]! : null;
    assignments.push({
      student: s.id,
      location: l.id,
      supervisor: sup[si]!,
      days: kept ? kept.days : placementDays(s, l),
    });
    if (!c.isFixed[si]) {
      placed++;
      const r = s.preferences.indexOf(l.id) + 1;
      rankCost += r * r;
    }
    if (!kept) moved.push({ student: s.id, from: null, to: { location: l.id, supervisor: sup[si]! } });
  }
  const solveMs = Math.round((performance.now() - t0) * 10) / 10;
  return {
    assignments,
    unassigned,
    stats: { solveMs, placed, rankCost },
    moved,
    supervisorChanged: [],
    removed: [withdrawn],
  };
}
