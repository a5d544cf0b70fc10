// Fixed (locked) placements are kept whatever the rules say about preferences or distance — they are
// a projectleider's decision — but they must name known things, give the student their days, and fit
// the capacities together. A fixed placement without a supervisor at a location with supervisors is
// "pinned": the engine chooses its werkbegeleider, so the check routes those through the location's
// network after the ones with a named supervisor have taken their share.
import { compileRound } from './compile-round';
import { dayMask, popcount } from './eligibility';
import { LocationNetwork } from './location-network';
import type { FixedPlacement, Location, PathError, Round } from './types';

const q = (s: string): string => JSON.stringify(s);

export interface FixedUsage {
  total: number;
  programme: Map<string, number>;
  supervisor: Map<string, number>;
}

/** The engine chooses this fixed placement's werkbegeleider: the location has some and none is named. */
export function isPinned(f: FixedPlacement, location: Location): boolean {
  return (location.supervisors?.length ?? 0) > 0 && !f.supervisor;
}

/** Capacity taken per location by fixed placements that name their supervisor (or need none). */
export function fixedUsage(round: Round): Map<string, FixedUsage> {
  const { studentIndex, locIndex } = compileRound(round);
  const usage = new Map<string, FixedUsage>();
  for (const f of round.fixed) {
    const si = studentIndex.get(f.student);
    const li = locIndex.get(f.location);
    if (si === undefined || li === undefined) continue;
    const s = round.students[si]!;
    const l = round.locations[li]!;
    if (isPinned(f, l)) continue;
    let u = usage.get(l.id);
    if (!u) usage.set(l.id, (u = { total: 0, programme: new Map(), supervisor: new Map() }));
    u.total++;
    u.programme.set(s.programme, (u.programme.get(s.programme) ?? 0) + 1);
    if (f.supervisor) u.supervisor.set(f.supervisor, (u.supervisor.get(f.supervisor) ?? 0) + 1);
  }
  return usage;
}

export function checkFixed(round: Round): PathError[] {
  const errors: PathError[] = [];
  const { studentIndex, locIndex } = compileRound(round);
  const students = { get: (id: string) => round.students[studentIndex.get(id) ?? -1] };
  const locations = { get: (id: string) => round.locations[locIndex.get(id) ?? -1] };
  const seen = new Set<string>();
  const usage = new Map<string, FixedUsage>();
  const pinned: { index: number; location: string; programme: string }[] = [];
  round.fixed.forEach((f, i) => {
    const path = `fixed[${i}]`;
    const s = students.get(f.student);
    const l = locations.get(f.location);
    if (!s) return errors.push({ path: `${path}.student`, message: `unknown student ${q(f.student)}` });
    if (seen.has(s.id)) return errors.push({ path: `${path}.student`, message: `student ${q(s.id)} is fixed twice` });
    seen.add(s.id);
    if (!l) return errors.push({ path: `${path}.location`, message: `unknown location ${q(f.location)}` });
    const sups = l.supervisors ?? [];
    if (!Object.hasOwn(l.programmeCapacity, s.programme)) {
      return errors.push({ path, message: `location ${q(l.id)} does not offer programme ${q(s.programme)}` });
    }
    const common = popcount(dayMask(s.availableDays) & dayMask(l.openDays));
    if (common < s.daysNeeded) {
      return errors.push({
        path,
        message: `student ${q(s.id)} needs ${s.daysNeeded} days but has ${common} in common with location ${q(l.id)}`,
      });
    }
    if (f.supervisor && sups.length === 0) {
      return errors.push({ path: `${path}.supervisor`, message: `location ${q(l.id)} has no supervisors` });
    }
    const w = f.supervisor ? sups.find((x) => x.id === f.supervisor) : undefined;
    if (f.supervisor && !w)
      return errors.push({
        path: `${path}.supervisor`,
        message: `unknown supervisor ${q(f.supervisor)} at location ${q(l.id)}`,
      });
    if (w && !w.programmes.includes(s.programme)) {
      return errors.push({
        path: `${path}.supervisor`,
        message: `supervisor ${q(w.id)} does not supervise programme ${q(s.programme)}`,
      });
    }
    if (sups.length > 0 && !w) {
      pinned.push({ index: i, location: l.id, programme: s.programme });
      return;
    }
    let u = usage.get(l.id);
    if (!u) usage.set(l.id, (u = { total: 0, programme: new Map(), supervisor: new Map() }));
    u.total++;
    const pc = (u.programme.get(s.programme) ?? 0) + 1;
    u.programme.set(s.programme, pc);
    if (u.total > l.capacity)
      return errors.push({ path, message: `breaks the capacity of location ${q(l.id)} (${l.capacity})` });
    if (pc > l.programmeCapacity[s.programme]!) {
      return errors.push({
        path,
        message: `breaks the capacity for programme ${q(s.programme)} at location ${q(l.id)} (${l.programmeCapacity[s.programme]})`,
      });
    }
    if (w) {
      const wc = (u.supervisor.get(w.id) ?? 0) + 1;
      u.supervisor.set(w.id, wc);
      if (wc > w.capacity)
        return errors.push({
          path,
          message: `breaks the capacity of supervisor ${q(w.id)} at location ${q(l.id)} (${w.capacity})`,
        });
    }
  });
  if (errors.length > 0) return errors;
  const networks = new Map<string, LocationNetwork>();
  for (const p of pinned) {
    let net = networks.get(p.location);
    if (!net) networks.set(p.location, (net = new LocationNetwork(locations.get(p.location)!, usage.get(p.location))));
    if (!net.add(net.entry.get(p.programme) ?? -1)) {
      errors.push({
        path: `fixed[${p.index}]`,
        message: `breaks the capacity of location ${q(p.location)}: no supervisor with room for programme ${q(p.programme)}`,
      });
    }
  }
  return errors;
}
