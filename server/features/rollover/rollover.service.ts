import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { cohortYears, cohorts, mentorTeams, schoolYearRollovers, schoolYears, students } from '../../../db/schema';
import type { rolloverClassSchema, rolloverConfirmSchema } from '../../../shared/schemas/school-year-rollover';
import { AppError } from '../../errors';
import { getSchoolYear } from '../school-years/public';
import { auditAs, revised, todayOf, type ServiceContext } from '../scope';
import { snapshot, type RolloverUndo } from './state';
import { activeStudents, classesIn, nextYearOf } from './years';

type ClassInput = z.output<typeof rolloverClassSchema>;
type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];
type Student = ReturnType<typeof activeStudents>[number];

/** Leavers must be in the class, joiners without one; a leave date falls in the closing year or before the next. */
function checkClass(c: ClassInput, i: number, everyone: Student[], window: { startsOn: string; endsOn: string }): void {
  const inClass = new Set(everyone.filter((s) => s.cohortId === c.cohortId).map((s) => s.id));
  const withoutClass = new Set(everyone.filter((s) => s.cohortId === null).map((s) => s.id));
  c.leaving.forEach((l, j) => {
    if (!inClass.has(l.studentId)) throw new AppError('NOT_FOUND', 'e.rollover.notInClass', `classes.${i}.leaving`);
    if (l.leftOn < window.startsOn || l.leftOn > window.endsOn)
      throw new AppError('BAD_REQUEST', 'v.dateOutsideYear', `classes.${i}.leaving.${j}.leftOn`);
  });
  if (c.joining.some((id) => !withoutClass.has(id)))
    throw new AppError('NOT_FOUND', 'e.rollover.notWithoutClass', `classes.${i}.joining`);
}

/** The state before, for undo; then the class moves on (unless nobody goes on), leavers are marked, joiners join. */
function rollClass(ctx: ServiceContext, tx: Tx, c: ClassInput, fromId: number, toId: number, everyone: Student[]) {
  const leaving = new Map(c.leaving.map((l) => [l.studentId, l]));
  const staying = everyone.filter((s) => s.cohortId === c.cohortId && !leaving.has(s.id)).map((s) => s.id);
  const before = snapshot(tx, [c.cohortId], [...staying, ...leaving.keys(), ...c.joining]);
  const stamp = { revision: sql`revision + 1`, updatedBy: ctx.actor.userId, updatedAt: ctx.clock.now() };
  const inserted: number[] = [];
  for (const l of leaving.values())
    tx.update(students)
      .set({ leftOn: l.leftOn, leaveReason: l.reason, ...stamp })
      .where(eq(students.id, l.studentId))
      .run();
  const goesOn = staying.length + c.joining.length > 0;
  if (goesOn) {
    const [cohort] = before.cohorts;
    tx.update(cohorts)
      .set({ schoolYearId: toId, startSchoolYearId: cohort!.startSchoolYearId ?? fromId })
      .where(eq(cohorts.id, c.cohortId))
      .run();
    const moving = [...staying, ...c.joining];
    if (moving.length)
      tx.update(students)
        .set({ schoolYearId: toId, cohortId: c.cohortId, ...stamp })
        .where(inArray(students.id, moving))
        .run();
  }
  // The closing year's figures are kept (if not yet); the new year gets its own row and the team its figures.
  const [team] = before.teams;
  const hasFromRow = tx
    .select({ id: cohortYears.id })
    .from(cohortYears)
    .where(and(eq(cohortYears.cohortId, c.cohortId), eq(cohortYears.schoolYearId, fromId)))
    .get();
  const row = { partnershipId: ctx.actor.partnershipId, cohortId: c.cohortId, createdAt: ctx.clock.now() };
  if (!hasFromRow)
    inserted.push(
      tx
        .insert(cohortYears)
        .values({
          ...row,
          schoolYearId: fromId,
          plannedDays: team?.defaultPlannedDays ?? null,
          budgetHoursPerPeriod: team?.budgetHoursPerPeriod ?? null,
        })
        .returning({ id: cohortYears.id })
        .get().id,
    );
  if (goesOn) {
    const figures = { plannedDays: c.plannedDays, budgetHoursPerPeriod: c.budgetHoursPerPeriod };
    inserted.push(
      tx
        .insert(cohortYears)
        .values({ ...row, schoolYearId: toId, ...figures })
        .returning({ id: cohortYears.id })
        .get().id,
    );
    if (team)
      tx.update(mentorTeams)
        .set({
          defaultPlannedDays: c.plannedDays,
          budgetHoursPerPeriod: c.budgetHoursPerPeriod ?? team.budgetHoursPerPeriod,
          ...stamp,
        })
        .where(eq(mentorTeams.id, team.id))
        .run();
  }
  return { before, inserted, leaving: leaving.size, joining: c.joining.length };
}

/**
 * Closes a school year for the classes given, in one transaction: the next school year is created when
 * missing; a class changed since the screen was read is refused (CONFLICT naming who and when).
 */
export function confirmRollover(ctx: ServiceContext, input: z.output<typeof rolloverConfirmSchema>) {
  const from = getSchoolYear(ctx, input.fromSchoolYearId);
  const inYear = new Set(classesIn(ctx, from.id).map((c) => c.id));
  if (input.classes.some((c) => !inYear.has(c.cohortId))) throw new AppError('NOT_FOUND', 'e.notFound');
  if (new Set(input.classes.map((c) => c.cohortId)).size !== input.classes.length)
    throw new AppError('BAD_REQUEST', 'v.rollover.twice', 'classes');
  const next = nextYearOf(ctx, from);
  const everyone = activeStudents(ctx);
  input.classes.forEach((c, i) => checkClass(c, i, everyone, { startsOn: from.startsOn, endsOn: next.startsOn }));
  const joiners = input.classes.flatMap((c) => c.joining);
  if (new Set(joiners).size !== joiners.length) throw new AppError('BAD_REQUEST', 'v.rollover.joinsTwice', 'classes');
  return ctx.db.transaction((tx) => {
    for (const c of input.classes) revised(ctx, 'cohort', c.cohortId, c.revision);
    const toId =
      next.id ??
      tx
        .insert(schoolYears)
        .values({
          partnershipId: ctx.actor.partnershipId,
          label: next.label,
          startsOn: next.startsOn,
          endsOn: next.endsOn,
          updatedBy: ctx.actor.userId,
          updatedAt: ctx.clock.now(),
        })
        .returning({ id: schoolYears.id })
        .get().id;
    const undo: RolloverUndo = { cohorts: [], students: [], teams: [], insertedCohortYears: [] };
    let leaving = 0;
    let joining = 0;
    for (const c of input.classes) {
      const done = rollClass(ctx, tx, c, from.id, toId, everyone);
      undo.cohorts.push(...done.before.cohorts);
      undo.students.push(...done.before.students);
      undo.teams.push(...done.before.teams);
      undo.insertedCohortYears.push(...done.inserted);
      leaving += done.leaving;
      joining += done.joining;
    }
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
    undo.written = snapshot(tx, ids(undo.cohorts), ids(undo.students));
    const id = tx
      .insert(schoolYearRollovers)
      .values({
        partnershipId: ctx.actor.partnershipId,
        fromSchoolYearId: from.id,
        toSchoolYearId: toId,
        performedBy: ctx.actor.userId,
        performedAt: ctx.clock.now(),
        performedOn: todayOf(ctx),
        undo,
      })
      .returning({ id: schoolYearRollovers.id })
      .get().id;
    auditAs(ctx, {
      action: 'school_year_rollover.confirm',
      subjectType: 'school_year_rollover',
      subjectId: id,
      detail: { from: from.label, to: next.label, classes: input.classes.length, leaving, joining, created: !next.id },
    });
    return { id, toSchoolYearId: toId, toLabel: next.label };
  });
}
