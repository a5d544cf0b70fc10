import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  placementAssignments,
  placementParticipants,
  placementPreferences,
  placementPriorities,
  placementRoundLocations,
  placementSupervisors,
  programmes,
  students,
  topLocations,
} from '../../../db/schema';
import type { Db } from '../../../db/client';

/**
 * Everything of one round in a few queries: the inputs and the current placements. The snapshot, the
 * exports and the result screens all start here. The caller has already checked the round's scope.
 * The engine's worker reads it too, on its own connection (worker-round-job.ts).
 */
export function loadRoundData(ctx: { db: Db; actor: { partnershipId: number } }, roundId: number) {
  const { db } = ctx;
  const locations = db
    .select({
      id: placementRoundLocations.id,
      locationId: placementRoundLocations.locationId,
      name: topLocations.name,
      capacity: placementRoundLocations.capacity,
      openDays: placementRoundLocations.openDays,
      programmeCapacity: placementRoundLocations.programmeCapacity,
      revision: placementRoundLocations.revision,
      lat: topLocations.lat,
      lon: topLocations.lon,
    })
    .from(placementRoundLocations)
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .where(eq(placementRoundLocations.roundId, roundId))
    .orderBy(asc(topLocations.name))
    .all();
  const locationIds = locations.map((l) => l.id);
  const supervisors = locationIds.length
    ? db
        .select()
        .from(placementSupervisors)
        .where(inArray(placementSupervisors.roundLocationId, locationIds))
        .orderBy(asc(placementSupervisors.id))
        .all()
    : [];
  const participants = db
    .select({
      id: placementParticipants.id,
      studentId: placementParticipants.studentId,
      firstName: students.firstName,
      lastName: students.lastName,
      studentNumber: students.studentNumber,
      programmeId: students.programmeId,
      programmeCode: programmes.code,
      programmeName: programmes.name,
      homeLat: students.homeLat,
      homeLon: students.homeLon,
      availableDays: placementParticipants.availableDays,
      daysNeeded: placementParticipants.daysNeeded,
      maxDistanceKm: placementParticipants.maxDistanceKm,
      explanation: placementParticipants.explanation,
      revision: placementParticipants.revision,
    })
    .from(placementParticipants)
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .where(and(eq(placementParticipants.roundId, roundId), isNull(placementParticipants.withdrawnAt)))
    .orderBy(asc(students.lastName), asc(students.firstName), asc(students.id))
    .all();
  const participantIds = participants.map((p) => p.id);
  const preferences = participantIds.length
    ? db
        .select()
        .from(placementPreferences)
        .where(inArray(placementPreferences.participantId, participantIds))
        .orderBy(asc(placementPreferences.participantId), asc(placementPreferences.rank))
        .all()
    : [];
  const priorities = locationIds.length
    ? db.select().from(placementPriorities).where(inArray(placementPriorities.roundLocationId, locationIds)).all()
    : [];
  const assignments = db.select().from(placementAssignments).where(eq(placementAssignments.roundId, roundId)).all();
  const programmeRows = db
    .select({ id: programmes.id, code: programmes.code, name: programmes.name })
    .from(programmes)
    .where(eq(programmes.partnershipId, ctx.actor.partnershipId))
    .all();
  return { locations, supervisors, participants, preferences, priorities, assignments, programmes: programmeRows };
}
export type RoundData = ReturnType<typeof loadRoundData>;

/** Lookups the screens and the snapshot share. */
export function indexRoundData(data: RoundData) {
  const preferencesOf = new Map<number, number[]>();
  for (const p of data.preferences) {
    const list = preferencesOf.get(p.participantId) ?? [];
    list.push(p.roundLocationId);
    preferencesOf.set(p.participantId, list);
  }
  return {
    locationById: new Map(data.locations.map((l) => [l.id, l])),
    supervisorById: new Map(data.supervisors.map((s) => [s.id, s])),
    participantById: new Map(data.participants.map((p) => [p.id, p])),
    assignmentOf: new Map(data.assignments.map((a) => [a.participantId, a])),
    programmeById: new Map(data.programmes.map((p) => [p.id, p])),
    preferencesOf,
    /** 1-based rank of a round location on a participant's list, or null when not on it. */
    rankOf(participantId: number, roundLocationId: number): number | null {
      const i = (preferencesOf.get(participantId) ?? []).indexOf(roundLocationId);
      return i >= 0 ? i + 1 : null;
    },
  };
}
export type RoundIndex = ReturnType<typeof indexRoundData>;
