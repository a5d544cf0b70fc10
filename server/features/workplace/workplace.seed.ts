/**
 * Demo content of the werkbegeleider's voice: for every werkbegeleider account, the first two students
 * placed at their TOP-locatie get confirmed presence for the three weeks before "today" (one day missed),
 * two observations (one marked for the student) and one question to the programme.
 * Deterministic: the same clock gives the same rows.
 */
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import type { FeatureSeed } from '../../seed/feature-seeds';
import {
  memberships,
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  workplaceObservations,
  workplacePresence,
  workplaceQuestions,
} from '../../../db/schema';
import { addWeeks, isoDateAt, isoWeek } from '../../../shared/domain/dates';

const OBSERVATIONS = [
  {
    body: 'Begroet de kinderen bij het brengen rustig en bij naam; ouders reageren er prettig op.',
    visibleToStudent: true,
  },
  { body: 'Neemt bij vrij spel nog weinig initiatief; graag bespreken in het weekoverleg.', visibleToStudent: false },
];
const QUESTION = 'Welke opdracht over observeren staat er deze periode op het programma? Dan plannen we er tijd voor.';

export const workplaceSeed: FeatureSeed = (db, clock, region) => {
  for (const ids of Object.values(region)) {
    const werkbegeleiders = db
      .select({ userId: memberships.userId, locationId: memberships.topLocationId })
      .from(memberships)
      .where(
        and(
          eq(memberships.partnershipId, ids.partnershipId),
          eq(memberships.role, 'locatie'),
          isNotNull(memberships.topLocationId),
        ),
      )
      .orderBy(asc(memberships.id))
      .all();
    for (const w of werkbegeleiders) seedOne(db, clock, ids.partnershipId, w.userId, w.locationId!);
  }
};

function seedOne(db: Db, clock: Clock, partnershipId: number, userId: number, locationId: number) {
  const now = clock.now();
  const placed = db
    .selectDistinct({ studentId: placementParticipants.studentId, days: placementAssignments.days })
    .from(placementAssignments)
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .where(
      and(
        eq(placementRoundLocations.locationId, locationId),
        eq(placementRounds.status, 'gepubliceerd'),
        isNull(placementParticipants.withdrawnAt),
      ),
    )
    .orderBy(asc(placementParticipants.studentId))
    .limit(2)
    .all();
  const thisWeek = isoWeek(isoDateAt(now));
  placed.forEach(({ studentId, days }, i) => {
    const base = { partnershipId, studentId, locationId };
    for (let back = 1; back <= 3; back++) {
      const week = addWeeks(thisWeek, -back);
      // One missed day in the middle week, so planned and confirmed differ somewhere.
      const confirmed = Object.fromEntries(
        days.map((d, j) => [String(d), back === 2 && j === 0 ? ('afwezig' as const) : ('aanwezig' as const)]),
      );
      db.insert(workplacePresence)
        .values({
          ...base,
          isoYear: week.year,
          isoWeek: week.week,
          days: confirmed,
          createdAt: now,
          updatedAt: now,
          updatedBy: userId,
        })
        .run();
    }
    if (i === 0)
      OBSERVATIONS.forEach((o, k) =>
        db
          .insert(workplaceObservations)
          .values({ ...base, ...o, authorUserId: userId, createdAt: now - (k + 1) * 86_400_000, updatedAt: now })
          .run(),
      );
    else
      db.insert(workplaceQuestions)
        .values({ ...base, authorUserId: userId, body: QUESTION, status: 'nieuw', createdAt: now, updatedAt: now })
        .run();
  });
}
