// Test helpers for the matching engine, written independently of it: a tiny-round generator, the
// placement rules, a brute-force optimum, a blocking-pair checker and a textbook deferred acceptance.
import { rng } from '../../../scripts/matching/generate-round';
import type { Location, Round, RoundResult, Student } from '../../../server/features/placements/engine/types';

const PROGRAMMES = ['ad-pep', 'pabo-vt', 'pw3'];

/** A small round with every feature switched on at random: caps, supervisors, days, distances, fixed. */
export function tinyRound(
  seed: number,
  opts: { students?: number; locations?: number; fixed?: boolean; stable?: boolean } = {},
): Round {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const nL = opts.locations ?? int(1, 4);
  const nS = opts.students ?? int(2, 7);
  const locations: Location[] = [];
  for (let i = 0; i < nL; i++) {
    const progs = PROGRAMMES.filter(() => r() < 0.7);
    const programmeCapacity: Record<string, number> = {};
    for (const p of progs) programmeCapacity[p] = int(0, 3);
    const l: Location = {
      id: `L${i}`,
      openDays: [1, 2, 3, 4, 5].filter(() => r() < 0.7),
      capacity: int(0, 4),
      programmeCapacity,
      coords: { lat: 51.4 + r() * 0.4, lon: 5.3 + r() * 0.4 },
    };
    if (r() < 0.6) {
      l.supervisors = Array.from({ length: int(1, 2) }, (_, w) => ({
        id: `w${w}`,
        capacity: int(0, 3),
        programmes: PROGRAMMES.filter(() => r() < 0.6),
      }));
    }
    locations.push(l);
  }
  const students: Student[] = [];
  for (let i = 0; i < nS; i++) {
    const s: Student = {
      id: `s${i}`,
      programme: PROGRAMMES[int(0, 2)]!,
      availableDays: [1, 2, 3, 4, 5].filter(() => r() < 0.7),
      daysNeeded: int(1, 2),
      preferences: locations
        .map((l) => l.id)
        .filter(() => r() < 0.8)
        .sort(() => r() - 0.5),
    };
    if (r() < 0.5) {
      s.home = { lat: 51.4 + r() * 0.4, lon: 5.3 + r() * 0.4 };
      s.maxDistanceKm = int(5, 40);
    }
    students.push(s);
  }
  if (opts.stable) {
    for (const l of locations) {
      if (r() < 0.7) {
        const ids = students.map((s) => s.id).filter(() => r() < 0.7);
        const g1 = ids.filter(() => r() < 0.5);
        l.priorities = [g1, ids.filter((x) => !g1.includes(x))].filter((g) => g.length > 0);
      }
    }
  }
  const round: Round = { objective: opts.stable ? 'stable' : 'optimal', students, locations, fixed: [] };
  if (opts.fixed !== false) {
    // fix a student where it fits (checked by brute force), with or without a named supervisor
    for (const s of students) {
      if (r() > 0.25) continue;
      const l = locations[int(0, nL - 1)]!;
      const w = l.supervisors?.[int(0, l.supervisors.length - 1)];
      const candidate = {
        student: s.id,
        location: l.id,
        ...(w ? (r() < 0.5 ? { supervisor: w.id } : {}) : { supervisor: null }),
      };
      const trial = { ...round, fixed: [...round.fixed, candidate] };
      const assignment = new Map(trial.fixed.map((f) => [f.student, f.location]));
      if (commonDays(s, l) >= s.daysNeeded && feasible(trial, assignment)) round.fixed.push(candidate);
    }
  }
  return round;
}

export function commonDays(s: Student, l: Location): number {
  return s.availableDays.filter((d) => l.openDays.includes(d)).length;
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The placement rules, restated. */
export function allowed(s: Student, l: Location): boolean {
  if (!(s.programme in l.programmeCapacity)) return false;
  if (commonDays(s, l) < s.daysNeeded) return false;
  if (s.home && l.coords && s.maxDistanceKm !== undefined && distanceKm(s.home, l.coords) > s.maxDistanceKm)
    return false;
  const sups = l.supervisors ?? [];
  return sups.length === 0 || sups.some((w) => w.programmes.includes(s.programme));
}

/** Can these students (incl. fixed ones) sit at their locations with every capacity kept? Brute force over supervisors. */
export function feasible(round: Round, at: Map<string, string>): boolean {
  const byId = new Map(round.students.map((s) => [s.id, s]));
  const fixed = new Map(round.fixed.map((f) => [f.student, f]));
  for (const l of round.locations) {
    const here = [...at].filter(([, loc]) => loc === l.id).map(([id]) => byId.get(id)!);
    if (here.length > l.capacity) return false;
    for (const p of new Set(here.map((s) => s.programme))) {
      if (here.filter((s) => s.programme === p).length > (l.programmeCapacity[p] ?? 0)) return false;
    }
    const sups = l.supervisors ?? [];
    if (sups.length === 0) continue;
    const load = new Map<string, number>();
    const assign = (k: number): boolean => {
      if (k === here.length) return true;
      const s = here[k]!;
      const f = fixed.get(s.id);
      for (const w of sups) {
        if (f?.supervisor && f.supervisor !== w.id) continue;
        if (!w.programmes.includes(s.programme) || (load.get(w.id) ?? 0) >= w.capacity) continue;
        load.set(w.id, (load.get(w.id) ?? 0) + 1);
        if (assign(k + 1)) return true;
        load.set(w.id, load.get(w.id)! - 1);
      }
      return false;
    };
    if (!assign(0)) return false;
  }
  return true;
}

/** Enumerates every placement of the non-fixed students: the lexicographic optimum (placed, rank cost). */
export function bruteForceOptimum(round: Round): { placed: number; rankCost: number } {
  const fixed = new Set(round.fixed.map((f) => f.student));
  const free = round.students.filter((s) => !fixed.has(s.id));
  const locs = new Map(round.locations.map((l) => [l.id, l]));
  const options = free.map((s) => [null, ...s.preferences.filter((id) => allowed(s, locs.get(id)!))]);
  const at = new Map(round.fixed.map((f) => [f.student, f.location]));
  let best = { placed: -1, rankCost: 0 };
  const walk = (k: number, placed: number, cost: number): void => {
    if (k === free.length) {
      if ((placed > best.placed || (placed === best.placed && cost < best.rankCost)) && feasible(round, at))
        best = { placed, rankCost: cost };
      return;
    }
    const s = free[k]!;
    for (const o of options[k]!) {
      if (o === null) {
        walk(k + 1, placed, cost);
      } else {
        const r = s.preferences.indexOf(o) + 1;
        at.set(s.id, o);
        walk(k + 1, placed + 1, cost + r * r);
        at.delete(s.id);
      }
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Strict priority of a student at a location as the engine documents it: grade, then lottery. */
export function gradeOf(l: Location, id: string): number {
  const g = (l.priorities ?? []).findIndex((grade) => grade.includes(id));
  return g >= 0 ? g + 1 : (l.priorities?.length ?? 0) + 1;
}

/**
 * Blocking pairs of a result (weak stability): student s and location l where s prefers l (allowed)
 * to what s has, and l could take s — into free room, or in place of a student it ranks strictly
 * lower by grade — with every capacity and supervisor respected. Fixed students never move.
 */
export function blockingPairs(round: Round, result: RoundResult): string[] {
  const at = new Map(result.assignments.map((a) => [a.student, a.location]));
  const fixed = new Set(round.fixed.map((f) => f.student));
  const out: string[] = [];
  for (const s of round.students) {
    if (fixed.has(s.id)) continue;
    const current = at.get(s.id);
    const upTo = current === undefined ? s.preferences.length : s.preferences.indexOf(current);
    for (const lid of s.preferences.slice(0, upTo)) {
      const l = round.locations.find((x) => x.id === lid)!;
      if (!allowed(s, l)) continue;
      const trial = new Map(at);
      trial.set(s.id, lid);
      if (feasible(round, trial)) {
        out.push(`${s.id}-${lid} (room)`);
        continue;
      }
      for (const [t, loc] of at) {
        if (loc !== lid || fixed.has(t) || gradeOf(l, t) <= gradeOf(l, s.id)) continue;
        const swap = new Map(trial);
        swap.delete(t);
        if (feasible(round, swap)) {
          out.push(`${s.id}-${lid} (over ${t})`);
          break;
        }
      }
    }
  }
  return out;
}
