import { and, eq, isNull } from 'drizzle-orm';
import {
  mentorTeamMembers,
  mentorTeams,
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementSupervisors,
  regiegroepActions,
  regiegroepen,
  signals,
  studentReflections,
  students,
  topLocations,
} from '../../../db/schema';
import type { Clock } from '../../clock';
import { notify, type DbOrTx } from './outbox';
import { publicUrl } from './settings';

/**
 * The events that tell someone something, each called inside the transaction of its change. They read
 * what the mail needs themselves, so a feature adds one line where the event happens.
 */

/** To every placed student with an account: where, which days, the werkbegeleider. */
export function notifyPlacementPublished(tx: DbOrTx, clock: Clock, partnershipId: number, roundId: number): void {
  const rows = tx
    .select({
      userId: students.userId,
      location: topLocations.name,
      address: topLocations.address,
      city: topLocations.city,
      days: placementAssignments.days,
      supervisor: placementSupervisors.name,
    })
    .from(placementAssignments)
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .leftJoin(placementSupervisors, eq(placementSupervisors.id, placementAssignments.supervisorId))
    .where(and(eq(placementAssignments.roundId, roundId), isNull(placementParticipants.withdrawnAt)))
    .all();
  for (const r of rows) {
    if (r.userId === null) continue;
    notify(tx, clock, {
      partnershipId,
      userId: r.userId,
      kind: 'placementPublished',
      dedupeKey: `placementPublished:${roundId}`,
      input: {
        location: r.location,
        address: `${r.address}, ${r.city}`,
        days: r.days,
        supervisor: r.supervisor,
        link: publicUrl('/mijn-plaatsing'),
      },
    });
  }
}

export function notifyActionAssigned(tx: DbOrTx, clock: Clock, actionId: number): void {
  const action = tx.select().from(regiegroepActions).where(eq(regiegroepActions.id, actionId)).get();
  if (!action) return;
  notify(tx, clock, {
    partnershipId: action.partnershipId,
    userId: action.ownerUserId,
    kind: 'actionAssigned',
    input: { title: action.title, due: action.dueOn, link: publicUrl('/regiegroep/actiepunten') },
  });
}

/** To the regiegroep's chair; the signal's text stays in Werkplaats (a link). */
export function notifySignalForwarded(tx: DbOrTx, clock: Clock, signalId: number): void {
  const signal = tx
    .select({ partnershipId: signals.partnershipId, teamName: mentorTeams.name })
    .from(signals)
    .innerJoin(mentorTeams, eq(mentorTeams.id, signals.teamId))
    .where(eq(signals.id, signalId))
    .get();
  if (!signal) return;
  const group = tx
    .select({ chair: regiegroepen.chairUserId })
    .from(regiegroepen)
    .where(eq(regiegroepen.partnershipId, signal.partnershipId))
    .get();
  if (!group?.chair) return;
  notify(tx, clock, {
    partnershipId: signal.partnershipId,
    userId: group.chair,
    kind: 'signalForwarded',
    dedupeKey: `signalForwarded:${signalId}`,
    input: { teamName: signal.teamName, link: publicUrl('/signalen') },
  });
}

/** A student's first save of a week's reflection: to each member of the class's mentor team (default: digest). */
export function notifyNewReflection(tx: DbOrTx, clock: Clock, reflectionId: number): void {
  const rows = tx
    .select({
      partnershipId: studentReflections.partnershipId,
      teamId: mentorTeams.id,
      userId: mentorTeamMembers.userId,
    })
    .from(studentReflections)
    .innerJoin(students, eq(students.id, studentReflections.studentId))
    .innerJoin(mentorTeams, eq(mentorTeams.cohortId, students.cohortId))
    .innerJoin(mentorTeamMembers, eq(mentorTeamMembers.teamId, mentorTeams.id))
    .where(eq(studentReflections.id, reflectionId))
    .all();
  for (const r of rows)
    notify(tx, clock, {
      partnershipId: r.partnershipId,
      userId: r.userId,
      kind: 'newReflections',
      dedupeKey: `newReflections:${reflectionId}`,
      input: { count: 1, link: publicUrl(`/mentorteams/${r.teamId}`) },
    });
}
