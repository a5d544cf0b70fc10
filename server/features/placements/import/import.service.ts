import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  placementAssignments,
  placementParticipants,
  placementPriorities,
  placementRoundLocations,
  placementSupervisors,
} from '../../../../db/schema';
import type { importSchema, ImportSheet } from '../../../../shared/schemas/placements';
import { auditAs, type ServiceContext } from '../../scope';
import { claimedBy, inputsChanged, requireEditable, requireRound, type RoundRow, type Tx } from '../access';
import { writePreferences } from '../student-inputs.service';
import { dataRows, type RowError } from './cells';
import { readLocations, readSupervisors, type LocationPlan, type SupervisorPlan } from './location-sheets';
import { importLookups, type ImportLookups } from './lookups';
import { readPriorities, readStudents, type PriorityPlan, type StudentPlan } from './student-sheets';
import { MAX_ROWS } from './tables';
import { readUpload } from './read-upload';

type ImportInput = z.output<typeof importSchema>;
export type ImportResult =
  { ok: true; counts: Partial<Record<ImportSheet, number>> } | { ok: false; errors: RowError[] };

/**
 * Imports the inputs of a round from a CSV (one sheet) or an XLSX workbook (any of the four sheets).
 * Every row is checked first; with any error the answer lists them all (row, column, message) and
 * nothing is written. Without errors everything is written in one transaction: all or nothing.
 */
export async function importRoundFile(ctx: ServiceContext, input: ImportInput): Promise<ImportResult> {
  const round = requireRound(ctx, input.roundId);
  requireEditable(round);
  const tables = await readUpload(
    input.format === 'csv'
      ? { format: 'csv', sheet: input.sheet, content: input.content }
      : { format: 'xlsx', content: input.content },
  );
  if (!(tables instanceof Map)) return { ok: false, errors: [tables] };
  // A workbook's sheet with only its header row (a template's "prioriteiten", say) is simply left alone.
  if (input.format === 'xlsx')
    for (const [sheet, table] of tables) if (dataRows(table).length === 0 && tables.size > 1) tables.delete(sheet);
  const sizeErrors: RowError[] = [];
  for (const [sheet, table] of tables) {
    if (dataRows(table).length === 0)
      sizeErrors.push({ sheet, row: 2, column: '', message: 'v.placements.import.empty' });
    if (table.length > MAX_ROWS + 1)
      sizeErrors.push({
        sheet,
        row: MAX_ROWS + 2,
        column: '',
        message: 'v.placements.import.tooManyRows',
        params: { value: MAX_ROWS },
      });
  }
  if (sizeErrors.length) return { ok: false, errors: sizeErrors };

  const lookups = importLookups(ctx, round);
  const none = { plan: [], errors: [] };
  const locations = tables.has('locaties') ? readLocations(tables.get('locaties')!, lookups) : none;
  const uploadedLocations = new Set(locations.plan.map((l) => l.locationId));
  const students = tables.has('studenten') ? readStudents(tables.get('studenten')!, lookups, uploadedLocations) : none;
  const supervisors = tables.has('werkbegeleiders')
    ? readSupervisors(tables.get('werkbegeleiders')!, lookups, uploadedLocations)
    : none;
  const uploaded = { locations: uploadedLocations, students: new Set(students.plan.map((s) => s.studentId)) };
  const priorities = tables.has('prioriteiten') ? readPriorities(tables.get('prioriteiten')!, lookups, uploaded) : none;
  const errors = [...locations.errors, ...students.errors, ...supervisors.errors, ...priorities.errors];
  if (errors.length) return { ok: false, errors };

  const counts: Partial<Record<ImportSheet, number>> = {};
  if (tables.has('locaties')) counts.locaties = locations.plan.length;
  if (tables.has('studenten')) counts.studenten = students.plan.length;
  if (tables.has('werkbegeleiders')) counts.werkbegeleiders = supervisors.plan.length;
  if (tables.has('prioriteiten')) counts.prioriteiten = priorities.plan.length;
  ctx.db.transaction((tx) => {
    const roundLocationOf = writeLocations(tx, ctx, round, lookups, locations.plan);
    const participantOf = writeStudents(tx, ctx, round, lookups, roundLocationOf, students.plan);
    writeSupervisors(tx, roundLocationOf, supervisors.plan);
    writePriorities(tx, roundLocationOf, participantOf, priorities.plan);
    inputsChanged(tx, ctx, round.id);
    auditAs(ctx, {
      action: 'placement_round.import',
      subjectType: 'placement_round',
      subjectId: round.id,
      detail: { format: input.format, counts },
    });
  });
  return { ok: true, counts };
}

/** Rows the file changes are claimed (access.ts `claimedBy`): a form read before the import is refused. */
function writeLocations(
  tx: Tx,
  ctx: ServiceContext,
  round: RoundRow,
  lookups: ImportLookups,
  plan: LocationPlan[],
): Map<number, number> {
  const roundLocationOf = new Map(lookups.roundLocationOf);
  for (const { locationId, ...fields } of plan) {
    const existing = roundLocationOf.get(locationId);
    if (existing !== undefined)
      tx.update(placementRoundLocations)
        .set({ ...fields, ...claimedBy(ctx, placementRoundLocations.revision) })
        .where(eq(placementRoundLocations.id, existing))
        .run();
    else
      roundLocationOf.set(
        locationId,
        tx
          .insert(placementRoundLocations)
          .values({ roundId: round.id, locationId, ...fields })
          .returning({ id: placementRoundLocations.id })
          .get().id,
      );
  }
  return roundLocationOf;
}

function writeStudents(
  tx: Tx,
  ctx: ServiceContext,
  round: RoundRow,
  lookups: ImportLookups,
  roundLocationOf: Map<number, number>,
  plan: StudentPlan[],
): Map<number, number> {
  const participantOf = new Map(lookups.participantOf);
  for (const { studentId, preferences, ...fields } of plan) {
    let id = participantOf.get(studentId);
    if (id !== undefined)
      tx.update(placementParticipants)
        .set({ ...fields, ...claimedBy(ctx, placementParticipants.revision) })
        .where(eq(placementParticipants.id, id))
        .run();
    else
      participantOf.set(
        studentId,
        (id = tx
          .insert(placementParticipants)
          .values({ roundId: round.id, studentId, ...fields })
          .returning({ id: placementParticipants.id })
          .get().id),
      );
    if (preferences !== null)
      writePreferences(
        tx,
        id,
        preferences.map((l) => roundLocationOf.get(l)!),
      );
  }
  return participantOf;
}

/** Werkbegeleiders of each location the sheet names are replaced; placements with them keep their place. */
function writeSupervisors(tx: Tx, roundLocationOf: Map<number, number>, plan: SupervisorPlan[]): void {
  const roundLocationIds = [...new Set(plan.map((s) => roundLocationOf.get(s.locationId)!))];
  if (!roundLocationIds.length) return;
  const old = tx
    .select({ id: placementSupervisors.id })
    .from(placementSupervisors)
    .where(inArray(placementSupervisors.roundLocationId, roundLocationIds))
    .all()
    .map((s) => s.id);
  if (old.length) {
    tx.update(placementAssignments)
      .set({ supervisorId: null })
      .where(inArray(placementAssignments.supervisorId, old))
      .run();
    tx.delete(placementSupervisors).where(inArray(placementSupervisors.id, old)).run();
  }
  for (const { locationId, ...fields } of plan)
    tx.insert(placementSupervisors)
      .values({ roundLocationId: roundLocationOf.get(locationId)!, ...fields })
      .run();
}

function writePriorities(
  tx: Tx,
  roundLocationOf: Map<number, number>,
  participantOf: Map<number, number>,
  plan: PriorityPlan[],
): void {
  for (const roundLocationId of new Set(plan.map((p) => roundLocationOf.get(p.locationId)!))) {
    tx.delete(placementPriorities).where(eq(placementPriorities.roundLocationId, roundLocationId)).run();
  }
  for (const p of plan)
    tx.insert(placementPriorities)
      .values({
        roundLocationId: roundLocationOf.get(p.locationId)!,
        participantId: participantOf.get(p.studentId)!,
        grade: p.grade,
      })
      .run();
}
