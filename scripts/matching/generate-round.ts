// Seeded generator of realistic placement rounds, for the benchmark and the tests: students of several
// programmes living around a few towns, locations (kindcentra) around the same towns with per-programme
// capacities, 0–4 werkbegeleiders, open weekdays, coordinates and priority grades; preferences drawn
// by distance and popularity; total capacity below the number of students, so not everyone fits.
import type { FixedPlacement, Location, Round, Student } from '../../server/features/placements/engine/types';

export interface GenerateOptions {
  students: number;
  locations: number;
  choices: number;
  seed: number;
  objective?: 'optimal' | 'stable';
  /** total capacity as a fraction of the number of students (default 0.9) */
  capacityRatio?: number;
  /** fraction of students given a fixed placement (default 0.01) */
  fixedRatio?: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAMMES: { id: string; weight: number; days: number; fixedDays: boolean }[] = [
  { id: 'pabo-vt', weight: 0.25, days: 2, fixedDays: false },
  { id: 'pabo-dt', weight: 0.1, days: 1, fixedDays: true },
  { id: 'ad-pep', weight: 0.15, days: 2, fixedDays: false },
  { id: 'pw3', weight: 0.15, days: 3, fixedDays: false },
  { id: 'pw4', weight: 0.15, days: 3, fixedDays: false },
  { id: 'onderwijsassistent', weight: 0.1, days: 2, fixedDays: false },
  { id: 'sport-bewegen', weight: 0.05, days: 1, fixedDays: false },
  { id: 'welzijn', weight: 0.05, days: 2, fixedDays: false },
];

const TOWNS = [
  { lat: 51.4416, lon: 5.4697 }, // Eindhoven
  { lat: 51.9244, lon: 4.4777 }, // Rotterdam
  { lat: 51.5719, lon: 4.7683 }, // Breda
  { lat: 51.5555, lon: 5.0913 }, // Tilburg
  { lat: 51.6978, lon: 5.3037 }, // 's-Hertogenbosch
  { lat: 51.8126, lon: 4.6901 }, // Dordrecht
  { lat: 52.0907, lon: 5.1214 }, // Utrecht
  { lat: 51.4808, lon: 5.6561 }, // Helmond
];

export function generateRound(o: GenerateOptions): Round {
  const r = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const near = (spread: number): { lat: number; lon: number } => {
    const t = pick(TOWNS);
    return { lat: +(t.lat + (r() - 0.5) * spread).toFixed(5), lon: +(t.lon + (r() - 0.5) * spread * 1.6).toFixed(5) };
  };
  const programme = (): (typeof PROGRAMMES)[number] => {
    let x = r();
    for (const p of PROGRAMMES) if ((x -= p.weight) < 0) return p;
    return PROGRAMMES[0]!;
  };
  const weekdays = (k: number): number[] => {
    const d = [1, 2, 3, 4, 5].sort(() => r() - 0.5).slice(0, k);
    return d.sort((a, b) => a - b);
  };

  // locations: capacities scaled so that the total is about capacityRatio × students
  const perLocation = ((o.capacityRatio ?? 0.9) * o.students) / o.locations;
  const locations: Location[] = [];
  const popularity: number[] = [];
  for (let i = 0; i < o.locations; i++) {
    const offered = PROGRAMMES.filter(() => r() < 0.55);
    if (offered.length === 0) offered.push(pick(PROGRAMMES));
    const capacity = Math.max(1, Math.round(perLocation * (0.5 + r())));
    const programmeCapacity: Record<string, number> = {};
    for (const p of offered)
      programmeCapacity[p.id] = Math.max(1, Math.round((capacity / offered.length) * (0.8 + r() * 0.9)));
    const loc: Location = {
      id: `loc-${i + 1}`,
      openDays: r() < 0.8 ? [1, 2, 3, 4, 5] : weekdays(4),
      capacity,
      programmeCapacity,
      coords: near(0.35),
    };
    if (r() < 0.8) {
      const k = 1 + Math.floor(r() * 4);
      loc.supervisors = [];
      for (let w = 0; w < k; w++) {
        const progs = offered.filter(() => r() < 0.6).map((p) => p.id);
        if (progs.length === 0) progs.push(pick(offered).id);
        loc.supervisors.push({
          id: `w${w + 1}`,
          capacity: Math.max(1, Math.round((capacity / k) * (0.7 + r() * 0.8))),
          programmes: progs,
        });
      }
    }
    locations.push(loc);
    popularity.push(0.3 + r() * r() * 3);
  }

  const students: Student[] = [];
  const weights = new Float64Array(o.locations);
  for (let i = 0; i < o.students; i++) {
    const p = programme();
    const home = near(0.3);
    const availableDays = p.fixedDays ? weekdays(p.days) : weekdays(Math.min(5, p.days + 1 + Math.floor(r() * 2)));
    const s: Student = { id: `s${i + 1}`, programme: p.id, availableDays, daysNeeded: p.days, preferences: [], home };
    if (r() < 0.6) s.maxDistanceKm = 15 + Math.floor(r() * 30);
    // preferences: weighted by popularity and closeness, mostly where the programme is offered
    let total = 0;
    for (let l = 0; l < o.locations; l++) {
      const loc = locations[l]!;
      const dLat = loc.coords!.lat - home.lat;
      const dLon = (loc.coords!.lon - home.lon) * 0.62;
      const km = Math.sqrt(dLat * dLat + dLon * dLon) * 111;
      const offered = Object.hasOwn(loc.programmeCapacity, p.id) ? 1 : 0.04;
      weights[l] = (popularity[l]! * offered) / (1 + (km / 12) ** 2);
      total += weights[l]!;
    }
    for (let k = 0; k < o.choices && total > 1e-12; k++) {
      let x = r() * total;
      let l = 0;
      for (; l < o.locations - 1; l++) if ((x -= weights[l]!) < 0) break;
      s.preferences.push(locations[l]!.id);
      total -= weights[l]!;
      weights[l] = 0;
    }
    students.push(s);
  }

  // priority grades: a third of the locations put their partner programme first, some a waiting list
  const byLocation = new Map<string, Student[]>();
  for (const s of students)
    for (const l of s.preferences) {
      const list = byLocation.get(l);
      if (list) list.push(s);
      else byLocation.set(l, [s]);
    }
  for (const loc of locations) {
    const applicants = byLocation.get(loc.id) ?? [];
    if (r() < 0.35) {
      const partner = pick(Object.keys(loc.programmeCapacity));
      const first = applicants.filter((s) => s.programme === partner).map((s) => s.id);
      const second = applicants.filter((s) => s.programme !== partner && r() < 0.3).map((s) => s.id);
      loc.priorities = [first, second].filter((g) => g.length > 0);
    } else if (r() < 0.3) {
      loc.priorities = [applicants.filter(() => r() < 0.2).map((s) => s.id)].filter((g) => g.length > 0);
    }
  }

  const fixed = generateFixed(students, locations, o.fixedRatio ?? 0.01, r);
  return { objective: o.objective ?? 'optimal', students, locations, fixed };
}

/** Locks some students where they fit (their first feasible choice), within every capacity. */
function generateFixed(students: Student[], locations: Location[], ratio: number, r: () => number): FixedPlacement[] {
  const byId = new Map(locations.map((l) => [l.id, l]));
  const used = new Map<string, number>();
  const bump = (k: string): number => {
    const v = (used.get(k) ?? 0) + 1;
    used.set(k, v);
    return v;
  };
  const fixed: FixedPlacement[] = [];
  for (const s of students) {
    if (r() >= ratio) continue;
    for (const lid of s.preferences) {
      const l = byId.get(lid)!;
      const pc = l.programmeCapacity[s.programme];
      const common = s.availableDays.filter((d) => l.openDays.includes(d)).length;
      if (pc === undefined || common < s.daysNeeded) continue;
      if ((used.get(lid) ?? 0) >= l.capacity || (used.get(`${lid}|${s.programme}`) ?? 0) >= pc) continue;
      const sups = l.supervisors ?? [];
      const w = sups.find((x) => x.programmes.includes(s.programme) && (used.get(`${lid}#${x.id}`) ?? 0) < x.capacity);
      if (sups.length > 0 && !w) continue;
      bump(lid);
      bump(`${lid}|${s.programme}`);
      if (w) bump(`${lid}#${w.id}`);
      // every other fixed one at a supervised location leaves the supervisor to the engine
      const named = w && r() < 0.5;
      fixed.push(
        w
          ? named
            ? { student: s.id, location: lid, supervisor: w.id }
            : { student: s.id, location: lid }
          : { student: s.id, location: lid, supervisor: null },
      );
      break;
    }
  }
  return fixed;
}
