import { AppError } from '../../errors';
import { parseRound } from './engine/index';
import type {
  Assignment,
  FixedPlacement,
  Location,
  Objective,
  Round,
  Student,
  StudentExplanation,
} from './engine/index';
import { idOfKey, locationKey, studentKey, supervisorKey } from './engine-ids';
import type { RoundData } from './round-data';

/**
 * The round as the matching engine reads it (the CLI contract of `npm run match`). Locked placements
 * become `fixed`; withdrawn students are not in the data at all.
 */
export function toEngineRound(
  objective: Objective,
  data: RoundData,
  opts: { withFixed: boolean } = { withFixed: true },
): Round {
  const codeOf = new Map(data.programmes.map((p) => [p.id, p.code]));
  const locationKeyOf = new Map(data.locations.map((l) => [l.id, locationKey(l.locationId)]));
  const participantKeyOf = new Map(data.participants.map((p) => [p.id, studentKey(p.studentId)]));
  const locations = data.locations.map((l): Location => {
    const programmeCapacity: Record<string, number> = {};
    for (const pc of l.programmeCapacity) {
      const code = codeOf.get(pc.programmeId);
      if (code) programmeCapacity[code] = pc.capacity;
    }
    const loc: Location = {
      id: locationKeyOf.get(l.id)!,
      openDays: l.openDays,
      capacity: l.capacity,
      programmeCapacity,
    };
    const supervisors = data.supervisors.filter((s) => s.roundLocationId === l.id);
    if (supervisors.length) {
      loc.supervisors = supervisors.map((s) => ({
        id: supervisorKey(s.id),
        capacity: s.capacity,
        programmes: s.programmeIds.flatMap((id) => codeOf.get(id) ?? []),
      }));
    }
    if (l.lat !== null && l.lon !== null) loc.coords = { lat: l.lat, lon: l.lon };
    const grades = gradesAt(data, l.id);
    if (grades.length) loc.priorities = grades.map((g) => g.participantIds.map((id) => participantKeyOf.get(id)!));
    return loc;
  });
  const preferences = new Map<number, string[]>();
  for (const p of data.preferences) {
    const list = preferences.get(p.participantId) ?? [];
    list.push(locationKeyOf.get(p.roundLocationId)!);
    preferences.set(p.participantId, list);
  }
  const students = data.participants.map((p): Student => {
    const s: Student = {
      id: participantKeyOf.get(p.id)!,
      programme: p.programmeCode,
      availableDays: p.availableDays,
      daysNeeded: p.daysNeeded,
      preferences: preferences.get(p.id) ?? [],
    };
    if (p.homeLat !== null && p.homeLon !== null) s.home = { lat: p.homeLat, lon: p.homeLon };
    if (p.maxDistanceKm !== null) s.maxDistanceKm = p.maxDistanceKm;
    return s;
  });
  const fixed: FixedPlacement[] = !opts.withFixed
    ? []
    : data.assignments
        .filter((a) => a.locked && participantKeyOf.has(a.participantId))
        .map((a) => {
          const f: FixedPlacement = {
            student: participantKeyOf.get(a.participantId)!,
            location: locationKeyOf.get(a.roundLocationId)!,
          };
          if (a.supervisorId !== null) f.supervisor = supervisorKey(a.supervisorId);
          return f;
        });
  return { objective, students, locations, fixed };
}

/**
 * The priorities of the participants still in the round, per round location: built once per loaded round.
 * (Asked per location, a set of every participant was built again for each: at 10,000 students and 400
 * locations that alone held the server's thread ~4 s in the apply of a run; decision 079.)
 */
const prioritiesByLocation = new WeakMap<RoundData, Map<number, RoundData['priorities']>>();
function prioritiesAt(data: RoundData, roundLocationId: number): RoundData['priorities'] {
  let byLocation = prioritiesByLocation.get(data);
  if (!byLocation) {
    const inRound = new Set(data.participants.map((p) => p.id));
    byLocation = new Map();
    for (const p of data.priorities) {
      if (!inRound.has(p.participantId)) continue;
      const list = byLocation.get(p.roundLocationId) ?? [];
      list.push(p);
      byLocation.set(p.roundLocationId, list);
    }
    prioritiesByLocation.set(data, byLocation);
  }
  return byLocation.get(roundLocationId) ?? [];
}

/** The engine's own validation of a snapshot built from the database: only rule conflicts can fail. */
export function checkEngineRound(round: Round): void {
  const parsed = parseRound(JSON.parse(JSON.stringify(round)));
  if (parsed.ok) return;
  const fixed = parsed.errors.some((e) => e.path.startsWith('fixed'));
  throw new AppError('CONFLICT', fixed ? 'e.placements.fixedConflict' : 'e.placements.engineFailed');
}

/** A location's priority grades, best first, over the participants still in the round. */
export function gradesAt(data: RoundData, roundLocationId: number): { grade: number; participantIds: number[] }[] {
  const byGrade = new Map<number, number[]>();
  for (const p of prioritiesAt(data, roundLocationId)) {
    const list = byGrade.get(p.grade) ?? [];
    list.push(p.participantId);
    byGrade.set(p.grade, list);
  }
  return [...byGrade.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([grade, participantIds]) => ({ grade, participantIds }));
}

/** The engine's answer in database ids; anything it names that the round does not know is dropped. */
export function fromEngineAssignments(data: RoundData, assignments: Assignment[]) {
  const participantOf = new Map(data.participants.map((p) => [p.studentId, p.id]));
  const roundLocationOf = new Map(data.locations.map((l) => [l.locationId, l.id]));
  const supervisorIds = new Set(data.supervisors.map((s) => s.id));
  return assignments.flatMap((a) => {
    const participantId = participantOf.get(idOfKey(a.student, 'stu') ?? -1);
    const roundLocationId = roundLocationOf.get(idOfKey(a.location, 'loc') ?? -1);
    if (participantId === undefined || roundLocationId === undefined) return [];
    const supervisorId = a.supervisor === null ? null : idOfKey(a.supervisor, 'wb');
    return [
      {
        participantId,
        roundLocationId,
        supervisorId: supervisorId !== null && supervisorIds.has(supervisorId) ? supervisorId : null,
        days: a.days,
      },
    ];
  });
}

/**
 * The engine's explanation as stored with a participant. Beside the engine's grade positions (1 = the
 * best grade listed, listed + 1 = no priority) it keeps the grade numbers the projectleider entered
 * (null = no priority), which is what the screen shows.
 */
export function storedExplanations(data: RoundData, explanations: StudentExplanation[]) {
  const gradeNumbers = new Map(
    data.locations.map((l) => [locationKey(l.locationId), gradesAt(data, l.id).map((g) => g.grade)]),
  );
  const participantOf = new Map(data.participants.map((p) => [studentKey(p.studentId), p.id]));
  const toGrade = (location: string, position: number | null) =>
    position === null ? null : (gradeNumbers.get(location)?.[position - 1] ?? null);
  return explanations.flatMap((e) => {
    const participantId = participantOf.get(e.student);
    if (participantId === undefined) return [];
    const reasons = e.reasons.map((r) =>
      r.stable
        ? {
            ...r,
            stable: {
              ...r.stable,
              cutoffGradeNumber: toGrade(r.location, r.stable.cutoffGrade),
              ownGradeNumber: toGrade(r.location, r.stable.ownGrade),
            },
          }
        : r,
    );
    return [{ participantId, explanation: { ...e, reasons } }];
  });
}
