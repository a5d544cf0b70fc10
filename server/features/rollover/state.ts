import { eq, inArray, sql } from 'drizzle-orm';
import { cohortYears, cohorts, mentorTeams, students } from '../../../db/schema';
import type { ServiceContext } from '../scope';

export type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

/** What a roll-over changed, as it was before: undo writes it back (decision 087). */
export interface RolloverUndo {
  cohorts: { id: number; schoolYearId: number; startSchoolYearId: number | null }[];
  students: {
    id: number;
    schoolYearId: number;
    cohortId: number | null;
    leftOn: string | null;
    leaveReason: string | null;
  }[];
  teams: { id: number; budgetHoursPerPeriod: number; defaultPlannedDays: number | null }[];
  insertedCohortYears: number[];
  /**
   * The same records as the roll-over left them (decision 097): undo compares them with now and refuses
   * when someone changed what it would write back. Absent in roll-overs made before that check.
   */
  written?: RolloverState;
}

/** The fields a roll-over writes, per record: the state before it (undo) or after it (written). */
export type RolloverState = Omit<RolloverUndo, 'insertedCohortYears' | 'written'>;

/** The rows' state before the change, for the undo record. */
export function snapshot(tx: Tx, cohortIds: number[], studentIds: number[]): RolloverState {
  return {
    cohorts: cohortIds.length
      ? tx
          .select({ id: cohorts.id, schoolYearId: cohorts.schoolYearId, startSchoolYearId: cohorts.startSchoolYearId })
          .from(cohorts)
          .where(inArray(cohorts.id, cohortIds))
          .all()
      : [],
    students: studentIds.length
      ? tx
          .select({
            id: students.id,
            schoolYearId: students.schoolYearId,
            cohortId: students.cohortId,
            leftOn: students.leftOn,
            leaveReason: students.leaveReason,
          })
          .from(students)
          .where(inArray(students.id, studentIds))
          .all()
      : [],
    teams: cohortIds.length
      ? tx
          .select({
            id: mentorTeams.id,
            budgetHoursPerPeriod: mentorTeams.budgetHoursPerPeriod,
            defaultPlannedDays: mentorTeams.defaultPlannedDays,
          })
          .from(mentorTeams)
          .where(inArray(mentorTeams.cohortId, cohortIds))
          .all()
      : [],
  };
}

/** Writes the state before back; every restored record gets a new revision, so a form read since is stale. */
export function restore(ctx: ServiceContext, tx: Tx, undo: RolloverUndo): void {
  const stamp = { revision: sql`revision + 1`, updatedBy: ctx.actor.userId, updatedAt: ctx.clock.now() };
  for (const { id, ...fields } of undo.cohorts)
    tx.update(cohorts)
      .set({ ...fields, ...stamp })
      .where(eq(cohorts.id, id))
      .run();
  for (const { id, ...fields } of undo.students)
    tx.update(students)
      .set({ ...fields, ...stamp })
      .where(eq(students.id, id))
      .run();
  for (const { id, ...fields } of undo.teams)
    tx.update(mentorTeams)
      .set({ ...fields, ...stamp })
      .where(eq(mentorTeams.id, id))
      .run();
  if (undo.insertedCohortYears.length)
    tx.delete(cohortYears).where(inArray(cohortYears.id, undo.insertedCohortYears)).run();
}
