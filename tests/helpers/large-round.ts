import { sql } from 'drizzle-orm';
import {
  placementParticipants,
  placementPreferences,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
  students,
  topLocations,
} from '../../db/schema';
import type { TestServer } from './server';

/** Rows in one INSERT: well under SQLite's limit of bound values, and few statements for 100,000 rows. */
const CHUNK = 500;
function inChunks<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += CHUNK) insert(rows.slice(i, i + CHUNK));
}

/**
 * A large round in Eindhoven, written straight into the database in multi-row inserts (the procedures
 * would take minutes): `size.students` PW3/PW4/AD/Pabo students with 10 choices each (fewer if there are fewer locations) over
 * `size.locations` new TOP-locaties, each with one werkbegeleider. Deterministic (a fixed seed).
 */
export function largeRound(
  s: Pick<TestServer, 'db' | 'region' | 'clock'>,
  size: { students: number; locations: number; objective?: 'optimal' | 'stable' },
) {
  const ids = s.region.eindhoven;
  const now = s.clock.now();
  const codes = ['pw3', 'pw4', 'ad-pep', 'pabo-vt'] as const;
  const programmeIds = codes.map((c) => ids.programmeIdByCode[c]!);
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const organisationId = Object.values(ids.organisationIds)[0]!;
  const userId = ids.userIdByEmail['projectleider@eindhoven.demo']!;
  return s.db.transaction((tx) => {
    const roundId = tx
      .insert(placementRounds)
      .values({
        partnershipId: ids.partnershipId,
        schoolYearId: ids.schoolYearId,
        name: `Grote ronde ${size.students}`,
        objective: size.objective ?? 'optimal',
        status: 'concept',
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get().id;
    const roundLocations: number[] = [];
    const locations = Array.from({ length: size.locations }, (_, l) => ({
      partnershipId: ids.partnershipId,
      organisationId,
      name: `Proeflocatie ${size.students}-${l}`,
      address: 'Laan 1',
      city: 'Eindhoven',
      openDays: [1, 2, 3, 4, 5],
      lat: 51.4 + random() / 10,
      lon: 5.4 + random() / 10,
      createdAt: now,
    }));
    inChunks(locations, (chunk) => {
      const locationIds = tx.insert(topLocations).values(chunk).returning({ id: topLocations.id }).all();
      const inRound = tx
        .insert(placementRoundLocations)
        .values(
          locationIds.map(({ id }) => ({
            roundId,
            locationId: id,
            capacity: 15 + Math.floor(random() * 15),
            openDays: [1, 2, 3, 4, 5],
            programmeCapacity: programmeIds.map((programmeId) => ({
              programmeId,
              capacity: 4 + Math.floor(random() * 8),
            })),
          })),
        )
        .returning({ id: placementRoundLocations.id })
        .all();
      tx.insert(placementSupervisors)
        .values(
          inRound.map(({ id }, i) => ({ roundLocationId: id, name: `Begeleider ${i}`, capacity: 30, programmeIds })),
        )
        .run();
      roundLocations.push(...inRound.map((r) => r.id));
    });
    const people = Array.from({ length: size.students }, (_, i) => ({
      partnershipId: ids.partnershipId,
      firstName: 'Proef',
      lastName: `Student ${i}`,
      programmeId: programmeIds[i % 4]!,
      schoolYearId: ids.schoolYearId,
      createdAt: now,
    }));
    inChunks(people, (chunk) => {
      const studentIds = tx.insert(students).values(chunk).returning({ id: students.id }).all();
      const participantIds = tx
        .insert(placementParticipants)
        .values(studentIds.map(({ id }) => ({ roundId, studentId: id, availableDays: [1, 2, 3, 4, 5], daysNeeded: 2 })))
        .returning({ id: placementParticipants.id })
        .all();
      const preferences = participantIds.flatMap(({ id: participantId }) => {
        const choices = new Set<number>();
        while (choices.size < Math.min(10, roundLocations.length))
          choices.add(roundLocations[Math.floor(random() ** 2 * roundLocations.length)]!);
        return [...choices].map((roundLocationId, r) => ({ participantId, rank: r + 1, roundLocationId }));
      });
      // 100,000 rows through drizzle's query builder took seconds: one statement over a JSON array instead.
      const json = JSON.stringify(preferences.map((p) => [p.participantId, p.rank, p.roundLocationId]));
      tx.run(
        sql`insert into ${placementPreferences} (participant_id, rank, round_location_id) select value ->> 0, value ->> 1, value ->> 2 from json_each(${json})`,
      );
    });
    return roundId;
  });
}
