import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { coachingHours, coachingWeeks } from '../../db/schema';

export interface CoachingLine {
  partnershipId: number;
  coachId: number;
  year: number;
  week: number;
  labelId: number;
  locationId: number;
  organisationId: number;
  minutes: number;
  createdAt?: number;
}

/**
 * A coaching line written straight into the database, its week made when the coach has none yet (the
 * week grid and its revisions are coaching-hours.test.ts's business; these tests need many lines fast).
 */
export function writeCoachingLine(db: Db, line: CoachingLine): void {
  const { partnershipId, coachId, year, week, createdAt = 0 } = line;
  db.insert(coachingWeeks)
    .values({ partnershipId, coachId, isoYear: year, isoWeek: week, createdAt })
    .onConflictDoNothing()
    .run();
  const weekId = db
    .select({ id: coachingWeeks.id })
    .from(coachingWeeks)
    .where(and(eq(coachingWeeks.coachId, coachId), eq(coachingWeeks.isoYear, year), eq(coachingWeeks.isoWeek, week)))
    .get()!.id;
  const { labelId, locationId, organisationId, minutes } = line;
  db.insert(coachingHours).values({ weekId, labelId, locationId, organisationId, minutes }).run();
}
