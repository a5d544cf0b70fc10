import { sqliteTable, integer, text, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { schoolYears, periods } from './school-years';
import { topLocations } from './top-locations';
import { students } from './students';
import { users } from './users';

/**
 * Placement rounds (plaatsingsrondes, issue 3). A round holds its own copy of the inputs — capacities,
 * open days, werkbegeleiders, students' days and preferences, priorities — so that a round can be
 * exported as the matching engine's snapshot and re-run later with the same answer. Only the round
 * carries partnership_id; every child row is reached through its (scoped) round.
 * Decisions: docs/decisions/011-placement-rounds.md.
 */
export const placementRounds = sqliteTable(
  'placement_round',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    schoolYearId: integer('school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    /** Null: the whole school year. */
    periodId: integer('period_id').references(() => periods.id),
    name: text('name').notNull(),
    /** The engine's objective: optimal (optimaal) or stable (stabiel). */
    objective: text('objective').notNull(),
    /** concept, gedraaid, gepubliceerd (shared/domain/placements). */
    status: text('status').notNull(),
    /** Students may enter their own preferences (only while the round is a concept). */
    studentEntryOpen: integer('student_entry_open', { mode: 'boolean' }).notNull().default(false),
    /** Bumped by every change of the inputs; a result is current when it was computed on this revision. */
    inputsRevision: integer('inputs_revision').notNull().default(0),
    resultRevision: integer('result_revision'),
    publishedAt: integer('published_at'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('placement_round_partnership').on(t.partnershipId)],
);

export interface ProgrammeCapacity {
  programmeId: number;
  capacity: number;
}

/** A TOP-locatie in a round: its capacity, open days and capacity per programme (unlisted = not offered). */
export const placementRoundLocations = sqliteTable(
  'placement_round_location',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => placementRounds.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    capacity: integer('capacity').notNull(),
    openDays: text('open_days', { mode: 'json' }).$type<number[]>().notNull(),
    programmeCapacity: text('programme_capacity', { mode: 'json' }).$type<ProgrammeCapacity[]>().notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    uniqueIndex('placement_round_location_unique').on(t.roundId, t.locationId),
    index('placement_round_location_location').on(t.locationId),
  ],
);

/** A werkbegeleider at a location in a round: a person with the locatie role where possible, else a name. */
export const placementSupervisors = sqliteTable(
  'placement_supervisor',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundLocationId: integer('round_location_id')
      .notNull()
      .references(() => placementRoundLocations.id),
    userId: integer('user_id').references(() => users.id),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    programmeIds: text('programme_ids', { mode: 'json' }).$type<number[]>().notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [index('placement_supervisor_location').on(t.roundLocationId)],
);

/** A student in a round. The explanation ("Waarom deze plek?") is the engine's, stored at the run. */
export const placementParticipants = sqliteTable(
  'placement_participant',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => placementRounds.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id),
    availableDays: text('available_days', { mode: 'json' }).$type<number[]>().notNull(),
    daysNeeded: integer('days_needed').notNull(),
    maxDistanceKm: real('max_distance_km'),
    /** Set when the student withdrew after publication (repair); they leave the round's snapshot. */
    withdrawnAt: integer('withdrawn_at'),
    explanation: text('explanation', { mode: 'json' }).$type<unknown>(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    uniqueIndex('placement_participant_unique').on(t.roundId, t.studentId),
    index('placement_participant_student').on(t.studentId),
  ],
);

/** Ranked preferences: rank 1 is the first choice. */
export const placementPreferences = sqliteTable(
  'placement_preference',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => placementParticipants.id),
    rank: integer('rank').notNull(),
    roundLocationId: integer('round_location_id')
      .notNull()
      .references(() => placementRoundLocations.id),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.rank] }),
    uniqueIndex('placement_preference_unique').on(t.participantId, t.roundLocationId),
    index('placement_preference_location').on(t.roundLocationId),
  ],
);

/** A location's priority grade for a student (1 = best); unlisted students rank below all listed. */
export const placementPriorities = sqliteTable(
  'placement_priority',
  {
    roundLocationId: integer('round_location_id')
      .notNull()
      .references(() => placementRoundLocations.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => placementParticipants.id),
    grade: integer('grade').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundLocationId, t.participantId] }),
    index('placement_priority_participant').on(t.participantId),
  ],
);

/** The placement of a participant (none: unplaced). `locked` ones are fixed on a re-run. */
export const placementAssignments = sqliteTable(
  'placement_assignment',
  {
    participantId: integer('participant_id')
      .primaryKey()
      .references(() => placementParticipants.id),
    roundId: integer('round_id')
      .notNull()
      .references(() => placementRounds.id),
    roundLocationId: integer('round_location_id')
      .notNull()
      .references(() => placementRoundLocations.id),
    supervisorId: integer('supervisor_id').references(() => placementSupervisors.id),
    days: text('days', { mode: 'json' }).$type<number[]>().notNull(),
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    /** engine, handmatig (manual override, with its reason in note) or reparatie. */
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('placement_assignment_round').on(t.roundId),
    index('placement_assignment_location').on(t.roundLocationId),
  ],
);

/**
 * A job of the matching engine in a worker: a run, a comparison of the objectives, or a repair
 * proposal (`change`) that the projectleider applies or discards (`decision`).
 */
export const placementRuns = sqliteTable(
  'placement_run',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => placementRounds.id),
    kind: text('kind').notNull(),
    /** wachtrij, bezig, klaar, mislukt. */
    state: text('state').notNull(),
    /** What the worker is doing now (voorbereiden, oplossen, uitleggen, opslaan), for the progress bar. */
    stage: text('stage').notNull(),
    inputsRevision: integer('inputs_revision').notNull(),
    change: text('change', { mode: 'json' }).$type<unknown>(),
    result: text('result', { mode: 'json' }).$type<unknown>(),
    /** A message key when the run failed. */
    error: text('error'),
    decision: text('decision'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: integer('decided_at'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('placement_run_round').on(t.roundId)],
);
