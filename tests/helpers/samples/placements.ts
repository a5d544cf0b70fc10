import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { placementAssignments, placementParticipants, placementRoundLocations, placementRounds, placementRuns, placementSupervisors } from '../../../db/schema';
import { ROUND_NAMES } from '../../../server/features/placements/placements.seed-data';
import type { SampleEnv, Samples } from './types';
import { current } from './revision';

/**
 * Samples for placement rounds. Each partnership's demo has a published round and a concept round
 * (open for students); fresh rows are made in the target partnership where a call consumes one.
 * Against the other partnership every id points there, so the answer must be "not found".
 */
const now = (env: SampleEnv) => env.clock.now();
const creator = (env: SampleEnv) => Object.entries(env.target.userIdByEmail).find(([email]) => email.startsWith('projectleider@'))![1];

/** The demo's published round (publication is final: no sample removes or reopens it). */
const publishedRound = (env: SampleEnv) =>
  env.db.select({ id: placementRounds.id }).from(placementRounds).where(and(eq(placementRounds.partnershipId, env.target.partnershipId), eq(placementRounds.status, 'gepubliceerd'))).orderBy(asc(placementRounds.id)).get()!.id;
function freshRound(env: SampleEnv, fields: Partial<typeof placementRounds.$inferInsert> = {}) {
  return env.db
    .insert(placementRounds)
    .values({ partnershipId: env.target.partnershipId, schoolYearId: env.target.schoolYearId, name: 'Proefronde', objective: 'optimal', status: 'concept', createdBy: creator(env), createdAt: now(env), updatedAt: now(env), ...fields })
    .returning()
    .get().id;
}
/**
 * The demo's concept round, open for students; made afresh (with a location, a werkbegeleider and the
 * demo student) when an earlier sample — the hostile-input test keeps its changes — took it apart.
 */
function conceptRound(env: SampleEnv) {
  const found = env.db.select({ id: placementRounds.id }).from(placementRounds).where(and(eq(placementRounds.partnershipId, env.target.partnershipId), eq(placementRounds.name, ROUND_NAMES.concept))).orderBy(asc(placementRounds.id)).get();
  return found?.id ?? freshRound(env, { name: ROUND_NAMES.concept, periodId: env.target.periodIds[2]!, studentEntryOpen: true });
}
function roundLocation(env: SampleEnv) {
  const roundId = conceptRound(env);
  const row = env.db.select({ id: placementRoundLocations.id }).from(placementRoundLocations).where(eq(placementRoundLocations.roundId, roundId)).orderBy(asc(placementRoundLocations.id)).get();
  return row?.id ?? env.db.insert(placementRoundLocations).values({ roundId, locationId: env.target.locationIds[0]!, capacity: 6, openDays: [1, 2, 3, 4, 5], programmeCapacity: [{ programmeId: programme(env), capacity: 3 }] }).returning().get().id;
}
function participant(env: SampleEnv) {
  const roundId = conceptRound(env);
  const row = env.db.select({ id: placementParticipants.id }).from(placementParticipants).where(eq(placementParticipants.roundId, roundId)).orderBy(asc(placementParticipants.id)).get();
  return row?.id ?? env.db.insert(placementParticipants).values({ roundId, studentId: env.target.cohortStudentIds[0]!, availableDays: [1, 2, 3, 4, 5], daysNeeded: 3 }).returning().get().id;
}
function supervisor(env: SampleEnv) {
  const roundLocationId = roundLocation(env);
  const row = env.db.select({ id: placementSupervisors.id }).from(placementSupervisors).where(eq(placementSupervisors.roundLocationId, roundLocationId)).get();
  return row?.id ?? env.db.insert(placementSupervisors).values({ roundLocationId, name: 'Proefbegeleider', capacity: 2, programmeIds: [programme(env)] }).returning().get().id;
}
/** A placed student of the published round, and where. */
const placed = (env: SampleEnv) =>
  env.db
    .select({ participantId: placementAssignments.participantId, roundLocationId: placementAssignments.roundLocationId })
    .from(placementAssignments)
    .where(and(eq(placementAssignments.roundId, publishedRound(env)), isNotNull(placementAssignments.supervisorId)))
    .get()!;
/** A finished repair proposal (withdraw a student, nobody moves) waiting for a decision. */
function freshProposal(env: SampleEnv) {
  const roundId = publishedRound(env);
  const { participantId } = placed(env);
  return env.db
    .insert(placementRuns)
    .values({ roundId, kind: 'repair', state: 'klaar', stage: 'opslaan', inputsRevision: 0, change: { kind: 'withdraw', participantId }, result: { moves: [], stats: { placed: 0, unplaced: 0, solveMs: 1 } }, createdBy: creator(env), createdAt: now(env) })
    .returning()
    .get().id;
}
const programme = (env: SampleEnv) => env.target.programmeIdByCode['pw3']!;
/** The acting student's own entry in the concept round, at the revision read (0 when they are not in it). */
function ownEntryRevision(env: SampleEnv, roundId: number) {
  const studentId = env.actor?.studentId ?? null;
  if (studentId === null) return 0;
  const row = env.db.select({ revision: placementParticipants.revision }).from(placementParticipants).where(and(eq(placementParticipants.roundId, roundId), eq(placementParticipants.studentId, studentId))).get();
  return row?.revision ?? 0;
}
const locationName = (env: SampleEnv) => Object.keys(env.target.locationIdByName)[0]!;

export const placementsSamples: Samples = {
  'placements.list': { input: () => undefined, other: 'noLeak' },
  'placements.round': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },
  'placements.createRound': { input: (env) => ({ name: 'Nieuwe ronde', schoolYearId: env.target.schoolYearId, periodId: env.target.periodIds[1]!, objective: 'stable' }), other: 'notFound' },
  'placements.updateRound': { input: (env) => ({ ...current(env, placementRounds, conceptRound(env)), name: ROUND_NAMES.concept, schoolYearId: env.target.schoolYearId, periodId: env.target.periodIds[2]!, objective: 'stable', studentEntryOpen: true }), other: 'notFound' },
  'placements.removeRound': { input: (env) => ({ roundId: freshRound(env), revision: 0 }), other: 'notFound' },
  'placements.publish': { input: (env) => ({ roundId: freshRound(env, { status: 'gedraaid', resultRevision: 0 }) }), other: 'notFound' },

  'placements.inputs': { input: (env) => ({ roundId: conceptRound(env) }), other: 'notFound' },
  'placements.addLocation': { input: (env) => ({ roundId: freshRound(env), locationId: env.target.locationIds[0]!, capacity: 4, openDays: [1, 2, 3], programmeCapacity: [{ programmeId: programme(env), capacity: 2 }] }), other: 'notFound' },
  'placements.updateLocation': { input: (env) => ({ ...current(env, placementRoundLocations, roundLocation(env)), capacity: 8, openDays: [1, 2, 3, 4], programmeCapacity: [{ programmeId: programme(env), capacity: 4 }] }), other: 'notFound' },
  'placements.removeLocation': { input: (env) => current(env, placementRoundLocations, roundLocation(env)), other: 'notFound' },
  'placements.addSupervisor': { input: (env) => ({ roundLocationId: roundLocation(env), userId: null, name: 'Nieuwe werkbegeleider', capacity: 2, programmeIds: [programme(env)] }), other: 'notFound' },
  'placements.updateSupervisor': { input: (env) => ({ ...current(env, placementSupervisors, supervisor(env)), userId: null, name: 'Andere naam', capacity: 3, programmeIds: [programme(env)] }), other: 'notFound' },
  'placements.removeSupervisor': { input: (env) => current(env, placementSupervisors, supervisor(env)), other: 'notFound' },
  'placements.addAllStudents': { input: (env) => ({ roundId: freshRound(env) }), other: 'notFound' },
  'placements.updateStudent': { input: (env) => ({ ...current(env, placementParticipants, participant(env)), availableDays: [1, 2, 3], daysNeeded: 2, maxDistanceKm: 15, preferences: [roundLocation(env)], priorities: [{ roundLocationId: roundLocation(env), grade: 1 }] }), other: 'notFound' },
  'placements.removeStudent': { input: (env) => current(env, placementParticipants, participant(env)), other: 'notFound' },

  'placements.importFile': { input: (env) => ({ roundId: conceptRound(env), format: 'csv', sheet: 'locaties', content: `locatie;capaciteit;pw3\r\n${locationName(env)};7;3\r\n` }), other: 'notFound' },
  'placements.template': { input: (env) => ({ roundId: conceptRound(env), format: 'csv', sheet: 'studenten' }), other: 'notFound' },
  'placements.exportPlacements': { input: (env) => ({ roundId: publishedRound(env), format: 'csv' }), other: 'notFound' },
  'placements.exportSnapshot': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },
  'placements.importSnapshot': { input: (env) => ({ roundId: freshRound(env), content: '{"objective":"optimal","students":[],"locations":[]}' }), other: 'notFound' },

  'placements.run': { input: (env) => ({ roundId: conceptRound(env) }), other: 'notFound' },
  'placements.runStatus': { input: (env) => ({ roundId: conceptRound(env) }), other: 'notFound' },
  'placements.compare': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },
  'placements.comparison': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },

  'placements.results': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },
  'placements.resultsPage': { input: (env) => ({ roundId: publishedRound(env), page: 1 }), other: 'notFound' },
  'placements.explanation': { input: (env) => ({ participantId: placed(env).participantId }), other: 'notFound' },
  'placements.locationLists': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },
  'placements.override': { input: (env) => ({ ...placed(env), supervisorId: null, days: [], reason: 'Afspraak met de opleiding' }), other: 'notFound' },
  'placements.setLocked': { input: (env) => ({ participantId: placed(env).participantId, locked: true }), other: 'notFound' },

  'placements.proposeRepair': { input: (env) => ({ roundId: publishedRound(env), change: { kind: 'withdraw', participantId: placed(env).participantId } }), other: 'notFound' },
  'placements.copyLocations': { input: (env) => ({ roundId: freshRound(env) }), other: 'notFound' },
  'placements.checks': { input: (env) => ({ roundId: conceptRound(env) }), other: 'notFound' },
  'placements.repairProposal': { input: (env) => ({ roundId: publishedRound(env) }), other: 'notFound' },
  'placements.applyRepair': { input: (env) => ({ runId: freshProposal(env) }), other: 'notFound' },
  'placements.discardRepair': { input: (env) => ({ runId: freshProposal(env) }), other: 'notFound' },

  'placements.mine': { input: () => undefined, other: 'n/a' },
  'placements.savePreferences': { input: (env) => ({ roundId: conceptRound(env), revision: ownEntryRevision(env, conceptRound(env)), availableDays: [1, 2, 3, 4, 5], preferences: [roundLocation(env)] }), other: 'notFound' },
  'placements.myLocation': { input: () => undefined, other: 'n/a' },
};
