import { and, eq } from 'drizzle-orm';
import {
  memberships,
  placementParticipants,
  placementRoundLocations,
  programmes,
  students,
  topLocations,
  users,
} from '../../../../db/schema';
import type { ServiceContext } from '../../scope';
import type { RoundRow } from '../access';

/**
 * What an import's rows may refer to, loaded once: the partnership's TOP-locaties (by name), its
 * programmes (by code), the students of the round's school year (by student number), the locatie
 * users (by e-mail) and what the round already holds. Keys are lower-cased.
 */
export function importLookups(ctx: ServiceContext, round: RoundRow) {
  const partnership = ctx.actor.partnershipId;
  const locations = ctx.db
    .select({ id: topLocations.id, name: topLocations.name, openDays: topLocations.openDays })
    .from(topLocations)
    .where(eq(topLocations.partnershipId, partnership))
    .all();
  const programmeRows = ctx.db
    .select({ id: programmes.id, code: programmes.code, daysPerWeek: programmes.daysPerWeek })
    .from(programmes)
    .where(eq(programmes.partnershipId, partnership))
    .all();
  const studentRows = ctx.db
    .select({
      id: students.id,
      studentNumber: students.studentNumber,
      programmeId: students.programmeId,
      name: students.firstName,
      lastName: students.lastName,
    })
    .from(students)
    .where(and(eq(students.partnershipId, partnership), eq(students.schoolYearId, round.schoolYearId)))
    .all();
  const locatie = ctx.db
    .select({ userId: users.id, email: users.email, name: users.name, locationId: memberships.topLocationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, partnership), eq(memberships.role, 'locatie')))
    .all();
  const inRound = ctx.db
    .select({ id: placementRoundLocations.id, locationId: placementRoundLocations.locationId })
    .from(placementRoundLocations)
    .where(eq(placementRoundLocations.roundId, round.id))
    .all();
  const participants = ctx.db
    .select({ id: placementParticipants.id, studentId: placementParticipants.studentId })
    .from(placementParticipants)
    .where(eq(placementParticipants.roundId, round.id))
    .all();
  const daysOf = new Map(programmeRows.map((p) => [p.id, p.daysPerWeek]));
  return {
    locationByName: new Map(locations.map((l) => [l.name.toLowerCase(), l])),
    locationById: new Map(locations.map((l) => [l.id, l])),
    programmeByCode: new Map(programmeRows.map((p) => [p.code.toLowerCase(), p])),
    studentByNumber: new Map(
      studentRows
        .filter((s) => s.studentNumber)
        .map((s) => [s.studentNumber!.toLowerCase(), { ...s, daysPerWeek: daysOf.get(s.programmeId) ?? 1 }]),
    ),
    locatieByEmail: new Map(locatie.map((u) => [u.email.toLowerCase(), u])),
    roundLocationOf: new Map(inRound.map((r) => [r.locationId, r.id])),
    participantOf: new Map(participants.map((p) => [p.studentId, p.id])),
  };
}
export type ImportLookups = ReturnType<typeof importLookups>;
