import { and, asc, eq, isNull, notInArray } from 'drizzle-orm';
import { memberships, programmes, topLocations, users } from '../../../db/schema';
import { auditAs, type ServiceContext } from '../scope';
import { requireRound } from './access';
import { indexRoundData, loadRoundData } from './round-data';

/**
 * The inputs of a round as the projectleider edits them, with the choices the forms offer. Names and
 * preferences of students are personal data: the view is audited.
 */
export function roundInputs(ctx: ServiceContext, roundId: number) {
  requireRound(ctx, roundId);
  const data = loadRoundData(ctx, roundId);
  const index = indexRoundData(data);
  const locations = data.locations.map((l) => ({
    id: l.id,
    revision: l.revision,
    locationId: l.locationId,
    name: l.name,
    capacity: l.capacity,
    openDays: l.openDays,
    programmeCapacity: l.programmeCapacity.map((p) => ({
      ...p,
      programmeName: index.programmeById.get(p.programmeId)?.name ?? '',
    })),
    supervisors: data.supervisors
      .filter((s) => s.roundLocationId === l.id)
      .map(({ id, revision, userId, name, capacity, programmeIds }) => ({
        id,
        revision,
        userId,
        name,
        capacity,
        programmeIds,
      })),
  }));
  const students = data.participants.map((p) => ({
    id: p.id,
    revision: p.revision,
    studentId: p.studentId,
    name: `${p.firstName} ${p.lastName}`,
    studentNumber: p.studentNumber ?? '',
    programmeId: p.programmeId,
    programmeName: p.programmeName,
    availableDays: p.availableDays,
    daysNeeded: p.daysNeeded,
    maxDistanceKm: p.maxDistanceKm,
    preferences: index.preferencesOf.get(p.id) ?? [],
    priorities: data.priorities
      .filter((x) => x.participantId === p.id)
      .map(({ roundLocationId, grade }) => ({ roundLocationId, grade })),
  }));
  auditAs(ctx, {
    action: 'placement_round.inputs.view',
    subjectType: 'placement_round',
    subjectId: roundId,
    detail: { students: students.length },
  });
  return {
    locations,
    students,
    options: inputOptions(
      ctx,
      data.locations.map((l) => l.locationId),
    ),
  };
}

function inputOptions(ctx: ServiceContext, inRound: number[]) {
  const partnership = ctx.actor.partnershipId;
  const addable = ctx.db
    .select({ id: topLocations.id, name: topLocations.name, openDays: topLocations.openDays })
    .from(topLocations)
    .where(
      inRound.length
        ? and(eq(topLocations.partnershipId, partnership), notInArray(topLocations.id, inRound))
        : eq(topLocations.partnershipId, partnership),
    )
    .orderBy(asc(topLocations.name))
    .all();
  const programmeOptions = ctx.db
    .select({ id: programmes.id, code: programmes.code, name: programmes.name, daysPerWeek: programmes.daysPerWeek })
    .from(programmes)
    .where(eq(programmes.partnershipId, partnership))
    .orderBy(asc(programmes.name))
    .all();
  const locatieUsers = ctx.db
    .select({ userId: users.id, name: users.name, locationId: memberships.topLocationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.partnershipId, partnership),
        eq(memberships.role, 'locatie'),
        isNull(users.disabledAt),
        isNull(memberships.blockedAt),
      ),
    )
    .orderBy(asc(users.name))
    .all();
  return { addableLocations: addable, programmes: programmeOptions, locatieUsers };
}
