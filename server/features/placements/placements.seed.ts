/**
 * Demo placement rounds for both demo partnerships, school year 2026-2027: one run and published
 * (so every demo student has a place and "Waarom deze plek?" has answers; Eindhoven optimal, Rotterdam
 * stable with partner priorities), and one concept round for periods 3 and 4 that is open for
 * students' own preferences. Deterministic. The engine runs here in-process: the seed is no request.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import type { FeatureSeed } from '../../seed/feature-seeds';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import { seededRandom, type Random } from '../../seed/random';
import {
  placementAssignments,
  placementParticipants,
  placementPriorities,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
  programmes,
  students,
  topLocations,
} from '../../../db/schema';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { explainRound, solveRound } from './engine/index';
import { loadRoundData } from './round-data';
import { fromEngineAssignments, storedExplanations, toEngineRound } from './snapshot';
import { writePreferences, defaultDaysNeeded } from './student-inputs.service';
import { DEMO_ROUND_LOCATIONS, PARTNER_PRIORITY, ROUND_NAMES } from './placements.seed-data';
import type { Actor } from '../../auth/actor';

type Key = 'eindhoven' | 'rotterdam';

/** Good enough to rank nearby locations (the engine measures great-circle distance itself). */
const roughKm = (a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }) =>
  Math.hypot(((a.lat ?? 0) - (b.lat ?? 0)) * 111, ((a.lon ?? 0) - (b.lon ?? 0)) * 69);

function seedRound(
  db: Db,
  clock: Clock,
  key: Key,
  ids: DemoPartnershipIds,
  random: Random,
  opts: {
    name: string;
    objective: 'optimal' | 'stable';
    periodId: number | null;
    entryOpen: boolean;
    withPreferences: (i: number) => boolean;
  },
) {
  const now = clock.now();
  const projectleider = ids.userIdByEmail[`projectleider@${key}.demo`]!;
  const roundId = db
    .insert(placementRounds)
    .values({
      partnershipId: ids.partnershipId,
      schoolYearId: ids.schoolYearId,
      periodId: opts.periodId,
      name: opts.name,
      objective: opts.objective,
      status: 'concept',
      studentEntryOpen: opts.entryOpen,
      createdBy: projectleider,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get().id;
  const codes = db
    .select({ id: programmes.id, code: programmes.code })
    .from(programmes)
    .where(eq(programmes.partnershipId, ids.partnershipId))
    .all();
  const programmeId = new Map(codes.map((p) => [p.code, p.id]));
  const locations = db.select().from(topLocations).where(inArray(topLocations.id, ids.locationIds)).all();
  const byId = new Map(locations.map((l) => [l.id, l]));
  const roundLocationOf = new Map<number, number>();
  ids.locationIds.forEach((locationId, i) => {
    const demo = DEMO_ROUND_LOCATIONS[key][i]!;
    // Each programme other than PW3 is offered at two of every three locations.
    const programmeCapacity = codes
      .map((p, j) => ({
        programmeId: p.id,
        capacity: p.code === 'pw3' ? demo.pw3 : (i + j) % 3 === 0 ? -1 : demo.other,
      }))
      .filter((p) => p.capacity >= 0);
    const id = db
      .insert(placementRoundLocations)
      .values({
        roundId,
        locationId,
        capacity: demo.capacity,
        openDays: byId.get(locationId)!.openDays,
        programmeCapacity,
      })
      .returning()
      .get().id;
    roundLocationOf.set(locationId, id);
    let left = demo.capacity;
    demo.supervisors.forEach((s, k) => {
      const capacity = k === demo.supervisors.length - 1 ? left : Math.round(demo.capacity * s.share);
      left -= capacity;
      const userId = s.email ? ids.userIdByEmail[s.email]! : null;
      db.insert(placementSupervisors)
        .values({
          roundLocationId: id,
          userId,
          name: s.name,
          capacity,
          programmeIds: s.programmes.map((c) => programmeId.get(c)!),
        })
        .run();
    });
  });

  const people = db
    .select({ id: students.id, programmeId: students.programmeId, lat: students.homeLat, lon: students.homeLon })
    .from(students)
    .where(inArray(students.id, ids.studentIds))
    .all();
  const days = new Map(
    db
      .select({ id: programmes.id, days: programmes.daysPerWeek, route: programmes.route })
      .from(programmes)
      .all()
      .map((p) => [p.id, p]),
  );
  const participantOf = new Map<number, number>();
  people.forEach((s, i) => {
    const programme = days.get(s.programmeId)!;
    const daysNeeded = defaultDaysNeeded(programme.days);
    // Deeltijd students come on fixed days; the others can mostly come any day.
    const availableDays =
      programme.route === 'deeltijd'
        ? random
            .shuffle(WEEKDAYS)
            .slice(0, daysNeeded + 1)
            .sort()
        : random.next() < 0.75
          ? [...WEEKDAYS]
          : random.shuffle(WEEKDAYS).slice(0, Math.max(daysNeeded, 3)).sort();
    const maxDistanceKm = random.next() < 0.2 ? 12 : null;
    const id = db
      .insert(placementParticipants)
      .values({ roundId, studentId: s.id, availableDays, daysNeeded, maxDistanceKm })
      .returning()
      .get().id;
    participantOf.set(s.id, id);
    if (!opts.withPreferences(i)) return;
    // Nearby first, with some taste; Wittering.nl / De Havenkikker (the first) is popular.
    const ranked = [...locations]
      .map((l) => ({
        id: l.id,
        score: roughKm(s, l) + random.next() * 8 - (l.id === ids.locationIds[0] && random.next() < 0.4 ? 20 : 0),
      }))
      .sort((a, b) => a.score - b.score)
      .slice(0, random.int(3, 5));
    writePreferences(
      db,
      id,
      ranked.map((l) => roundLocationOf.get(l.id)!),
    );
  });

  const partner = key === 'rotterdam' ? PARTNER_PRIORITY.rotterdam : null;
  if (partner) {
    const institution = ids.organisationIds[partner.institution]!;
    const favoured = new Set(
      db
        .select({ id: programmes.id })
        .from(programmes)
        .where(eq(programmes.institutionId, institution))
        .all()
        .map((p) => p.id),
    );
    for (const l of locations.filter((x) => x.organisationId === ids.organisationIds[partner.organisation])) {
      for (const s of people)
        db.insert(placementPriorities)
          .values({
            roundLocationId: roundLocationOf.get(l.id)!,
            participantId: participantOf.get(s.id)!,
            grade: favoured.has(s.programmeId) ? 1 : 2,
          })
          .run();
    }
  }
  return roundId;
}

/** Runs the engine on a seeded round and publishes the result, as a projectleider would. */
function runAndPublish(db: Db, clock: Clock, ids: DemoPartnershipIds, key: Key, roundId: number) {
  const actor = { partnershipId: ids.partnershipId } as Actor;
  const data = loadRoundData({ db, actor }, roundId);
  const round = db.select().from(placementRounds).where(eq(placementRounds.id, roundId)).get()!;
  const engineRound = toEngineRound(round.objective as 'optimal' | 'stable', data);
  const result = solveRound(engineRound);
  const now = clock.now();
  const updatedBy = ids.userIdByEmail[`projectleider@${key}.demo`]!;
  for (const a of fromEngineAssignments(data, result.assignments))
    db.insert(placementAssignments)
      .values({ ...a, roundId, locked: false, source: 'engine', note: '', updatedBy, updatedAt: now })
      .run();
  for (const e of storedExplanations(data, explainRound(engineRound, result)))
    db.update(placementParticipants)
      .set({ explanation: e.explanation })
      .where(eq(placementParticipants.id, e.participantId))
      .run();
  db.update(placementRounds)
    .set({ status: 'gepubliceerd', resultRevision: round.inputsRevision, publishedAt: now, updatedAt: now })
    .where(eq(placementRounds.id, roundId))
    .run();
}

export const placementsSeed: FeatureSeed = (db, clock, region) => {
  for (const key of ['eindhoven', 'rotterdam'] as const) {
    const ids = region[key];
    const random = seededRandom(key === 'eindhoven' ? 3031 : 3032);
    const published = seedRound(db, clock, key, ids, random, {
      name: ROUND_NAMES.published,
      objective: key === 'eindhoven' ? 'optimal' : 'stable',
      periodId: null,
      entryOpen: false,
      withPreferences: () => true,
    });
    runAndPublish(db, clock, ids, key, published);
    // The concept round: half the students have entered their choices; the demo student (the first) has not yet.
    seedRound(db, clock, key, ids, random, {
      name: ROUND_NAMES.concept,
      objective: 'optimal',
      periodId: ids.periodIds[2]!,
      entryOpen: true,
      withPreferences: (i) => i % 2 === 1,
    });
  }
};
