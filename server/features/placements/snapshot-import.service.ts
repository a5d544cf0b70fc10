import { eq } from 'drizzle-orm';
import {
  placementAssignments,
  placementParticipants,
  placementPriorities,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
} from '../../../db/schema';
import { auditAs, type ServiceContext } from '../scope';
import { parseRound, type Round } from './engine/index';
import { requireEditable, requireRound, type RoundRow, type Tx } from './access';
import { idOfKey } from './engine-ids';
import type { RowError } from './import/cells';
import type { ImportResult } from './import/import.service';
import { importLookups, type ImportLookups } from './import/lookups';
import { loadRoundData } from './round-data';
import { clearRoundContents } from './rounds.service';
import { refuseWhileRunning } from './run-state';
import { writePreferences } from './student-inputs.service';

const problem = (column: string, message: string, value: string): RowError => ({
  sheet: null,
  row: 0,
  column,
  message,
  params: { value },
});

/** Every id and code of the snapshot must be this partnership's and fit the round (its school year). */
function checkKnown(round: Round, lookups: ImportLookups): RowError[] {
  const errors: RowError[] = [];
  const studentById = new Map([...lookups.studentByNumber.values()].map((s) => [s.id, s]));
  const codeOf = new Map([...lookups.programmeByCode.values()].map((p) => [p.id, p.code]));
  round.locations.forEach((l, i) => {
    if (!lookups.locationById.has(idOfKey(l.id, 'loc') ?? -1))
      errors.push(problem(`locations[${i}].id`, 'v.placements.import.snapshotUnknown', l.id));
    for (const code of [...Object.keys(l.programmeCapacity), ...(l.supervisors ?? []).flatMap((s) => s.programmes)]) {
      if (!lookups.programmeByCode.has(code.toLowerCase()))
        errors.push(problem(`locations[${i}]`, 'v.placements.import.snapshotUnknown', code));
    }
  });
  round.students.forEach((s, i) => {
    const student = studentById.get(idOfKey(s.id, 'stu') ?? -1);
    if (!student || codeOf.get(student.programmeId) !== s.programme)
      errors.push(problem(`students[${i}].id`, 'v.placements.import.snapshotUnknown', s.id));
  });
  return errors.slice(0, 200);
}

/**
 * Replaces a round's inputs with a snapshot in the engine's JSON (as exported, or edited by another
 * tool). Werkbegeleiders the round already had keep their names; new ones are named by their id.
 * Fixed placements become locked ones. Nothing is written unless the whole snapshot fits.
 */
export function importSnapshot(ctx: ServiceContext, input: { roundId: number; content: string }): ImportResult {
  const round = requireRound(ctx, input.roundId);
  requireEditable(round);
  refuseWhileRunning(ctx, round.id);
  let raw: unknown;
  try {
    raw = JSON.parse(input.content);
  } catch {
    return { ok: false, errors: [{ sheet: null, row: 0, column: '', message: 'e.placements.badSnapshot' }] };
  }
  const parsed = parseRound(raw);
  if (!parsed.ok)
    return {
      ok: false,
      errors: parsed.errors.slice(0, 200).map((e) => problem(e.path, 'v.placements.import.snapshot', e.message)),
    };
  const lookups = importLookups(ctx, round);
  const errors = checkKnown(parsed.round, lookups);
  if (errors.length) return { ok: false, errors };
  const before = loadRoundData(ctx, round.id);
  ctx.db.transaction((tx) => {
    clearRoundContents(tx, round.id);
    writeSnapshot(ctx, tx, round, parsed.round, lookups, new Map(before.supervisors.map((s) => [s.id, s])));
    tx.update(placementRounds)
      .set({
        objective: parsed.round.objective,
        status: 'concept',
        resultRevision: null,
        inputsRevision: round.inputsRevision + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(placementRounds.id, round.id))
      .run();
    auditAs(ctx, {
      action: 'placement_round.snapshot.import',
      subjectType: 'placement_round',
      subjectId: round.id,
      detail: { students: parsed.round.students.length, locations: parsed.round.locations.length },
    });
  });
  const supervisors = parsed.round.locations.reduce((n, l) => n + (l.supervisors?.length ?? 0), 0);
  const priorities = parsed.round.locations.reduce((n, l) => n + (l.priorities?.flat().length ?? 0), 0);
  return {
    ok: true,
    counts: {
      locaties: parsed.round.locations.length,
      studenten: parsed.round.students.length,
      werkbegeleiders: supervisors,
      prioriteiten: priorities,
    },
  };
}

type OldSupervisor = { userId: number | null; name: string };

function writeSnapshot(
  ctx: ServiceContext,
  tx: Tx,
  round: RoundRow,
  snapshot: Round,
  lookups: ImportLookups,
  oldSupervisors: Map<number, OldSupervisor>,
) {
  const programmeId = (code: string) => lookups.programmeByCode.get(code.toLowerCase())!.id;
  const roundLocationOf = new Map<string, number>();
  const supervisorOf = new Map<string, number>();
  for (const l of snapshot.locations) {
    const programmeCapacity = Object.entries(l.programmeCapacity).map(([code, capacity]) => ({
      programmeId: programmeId(code),
      capacity,
    }));
    const id = tx
      .insert(placementRoundLocations)
      .values({
        roundId: round.id,
        locationId: idOfKey(l.id, 'loc')!,
        capacity: l.capacity,
        openDays: l.openDays,
        programmeCapacity,
      })
      .returning({ id: placementRoundLocations.id })
      .get().id;
    roundLocationOf.set(l.id, id);
    for (const s of l.supervisors ?? []) {
      const old = oldSupervisors.get(idOfKey(s.id, 'wb') ?? -1);
      const row = {
        roundLocationId: id,
        userId: old?.userId ?? null,
        name: old?.name ?? s.id,
        capacity: s.capacity,
        programmeIds: [...new Set(s.programmes.map(programmeId))],
      };
      supervisorOf.set(
        `${l.id}/${s.id}`,
        tx.insert(placementSupervisors).values(row).returning({ id: placementSupervisors.id }).get().id,
      );
    }
  }
  const participantOf = new Map<string, number>();
  for (const s of snapshot.students) {
    const values = {
      roundId: round.id,
      studentId: idOfKey(s.id, 'stu')!,
      availableDays: s.availableDays.filter((d) => d <= 5),
      daysNeeded: Math.min(s.daysNeeded, 5),
      maxDistanceKm: s.maxDistanceKm ?? null,
    };
    const id = tx.insert(placementParticipants).values(values).returning({ id: placementParticipants.id }).get().id;
    participantOf.set(s.id, id);
    writePreferences(
      tx,
      id,
      s.preferences.map((p) => roundLocationOf.get(p)!),
    );
  }
  for (const l of snapshot.locations) {
    (l.priorities ?? []).forEach((grade, i) => {
      for (const sid of grade)
        tx.insert(placementPriorities)
          .values({ roundLocationId: roundLocationOf.get(l.id)!, participantId: participantOf.get(sid)!, grade: i + 1 })
          .run();
    });
  }
  const byId = new Map(snapshot.students.map((s) => [s.id, s]));
  const locationById = new Map(snapshot.locations.map((l) => [l.id, l]));
  for (const f of snapshot.fixed) {
    const s = byId.get(f.student)!;
    const days = locationById
      .get(f.location)!
      .openDays.filter((d) => s.availableDays.includes(d))
      .slice(0, s.daysNeeded);
    const supervisorId = f.supervisor ? (supervisorOf.get(`${f.location}/${f.supervisor}`) ?? null) : null;
    tx.insert(placementAssignments)
      .values({
        participantId: participantOf.get(f.student)!,
        roundId: round.id,
        roundLocationId: roundLocationOf.get(f.location)!,
        supervisorId,
        days,
        locked: true,
        source: 'handmatig',
        note: 'Vastgezet in de geïmporteerde ronde',
        updatedBy: ctx.actor.userId,
        updatedAt: ctx.clock.now(),
      })
      .run();
  }
}
