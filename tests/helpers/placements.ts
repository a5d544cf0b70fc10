import { and, eq } from 'drizzle-orm';
import {
  auditEvents,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  students,
} from '../../db/schema';
import { jobSettled } from '../../server/features/placements/jobs';
import { ROUND_NAMES } from '../../server/features/placements/placements.seed-data';
import { callerFor, type DemoFixture } from './demo';

/** Small helpers for the placement tests: everything goes through the real procedures. */
export const PL = { eindhoven: 'projectleider@eindhoven.demo', rotterdam: 'projectleider@rotterdam.demo' } as const;
export type Caller = ReturnType<typeof callerFor>;

/** The revision a form would have read (decision 079): of a round, a location in it, or a student in it. */
export const roundRevision = (fx: DemoFixture, id: number) =>
  fx.db.select({ r: placementRounds.revision }).from(placementRounds).where(eq(placementRounds.id, id)).get()!.r;
export const locationRevision = (fx: DemoFixture, id: number) =>
  fx.db
    .select({ r: placementRoundLocations.revision })
    .from(placementRoundLocations)
    .where(eq(placementRoundLocations.id, id))
    .get()!.r;
export const participantRevision = (fx: DemoFixture, id: number) =>
  fx.db
    .select({ r: placementParticipants.revision })
    .from(placementParticipants)
    .where(eq(placementParticipants.id, id))
    .get()!.r;
/** The revision of a student's own entry in a round (the demo student Sanne unless named). */
export const entryRevision = (fx: DemoFixture, roundId: number, studentId = fx.region.eindhoven.cohortStudentIds[0]!) =>
  fx.db
    .select({ r: placementParticipants.revision })
    .from(placementParticipants)
    .where(and(eq(placementParticipants.roundId, roundId), eq(placementParticipants.studentId, studentId)))
    .get()!.r;

export function demoRoundId(fx: DemoFixture, key: 'eindhoven' | 'rotterdam', which: keyof typeof ROUND_NAMES): number {
  return fx.db
    .select({ id: placementRounds.id })
    .from(placementRounds)
    .where(
      and(
        eq(placementRounds.partnershipId, fx.region[key].partnershipId),
        eq(placementRounds.name, ROUND_NAMES[which]),
      ),
    )
    .get()!.id;
}

/** Starts a job and waits until its output is written; returns the round's job status. */
export async function settle(caller: Caller, roundId: number, start: Promise<{ runId: number }>) {
  const { runId } = await start;
  await jobSettled(runId);
  return (await caller.placements.runStatus({ roundId }))!;
}

export const run = (caller: Caller, roundId: number) => settle(caller, roundId, caller.placements.run({ roundId }));

export function studentNumberOf(fx: DemoFixture, studentId: number): string {
  return fx.db.select({ n: students.studentNumber }).from(students).where(eq(students.id, studentId)).get()!.n!;
}

/**
 * A small round in Eindhoven, made through the procedures: Wittering.nl (1 place) and De Regenboog
 * (2 places), both for PW3, and three PW3 students of the class who all want Wittering first.
 * `withDemoStudent`: the three include Sanne Jansen (student@eindhoven.demo), so her own view can be tested.
 */
export async function smallRound(
  fx: DemoFixture,
  caller: Caller,
  objective: 'optimal' | 'stable' = 'optimal',
  { withDemoStudent = false } = {},
) {
  const ids = fx.region.eindhoven;
  const pw3 = ids.programmeIdByCode['pw3']!;
  const { id: roundId } = await caller.placements.createRound({
    name: 'Kleine ronde',
    schoolYearId: ids.schoolYearId,
    periodId: null,
    objective,
  });
  const wittering = (
    await caller.placements.addLocation({
      roundId,
      locationId: ids.locationIdByName['Kindcentrum Wittering.nl']!,
      capacity: 1,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [{ programmeId: pw3, capacity: 1 }],
    })
  ).id;
  const regenboog = (
    await caller.placements.addLocation({
      roundId,
      locationId: ids.locationIdByName['Kindcentrum De Regenboog']!,
      capacity: 2,
      openDays: [1, 2, 3, 4],
      programmeCapacity: [{ programmeId: pw3, capacity: 2 }],
    })
  ).id;
  const studentIds = withDemoStudent ? ids.cohortStudentIds.slice(0, 3) : ids.cohortStudentIds.slice(1, 4);
  const csv = [
    'studentnummer;beschikbare dagen;voorkeur 1;voorkeur 2',
    ...studentIds.map(
      (id) => `${studentNumberOf(fx, id)};ma di wo do vr;Kindcentrum Wittering.nl;Kindcentrum De Regenboog`,
    ),
  ].join('\r\n');
  const imported = await caller.placements.importFile({ roundId, format: 'csv', sheet: 'studenten', content: csv });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  const inputs = await caller.placements.inputs({ roundId });
  const participantOf = (studentId: number) => inputs.students.find((s) => s.studentId === studentId)!.id;
  return { roundId, wittering, regenboog, studentIds, participantIds: studentIds.map(participantOf) };
}

export function auditRows(fx: DemoFixture, action: string) {
  return fx.db.select().from(auditEvents).where(eq(auditEvents.action, action)).all();
}
