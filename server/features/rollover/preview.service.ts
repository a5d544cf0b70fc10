import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { schoolYearRollovers, users } from '../../../db/schema';
import type { rolloverPreviewSchema } from '../../../shared/schemas/school-year-rollover';
import { getSchoolYear } from '../school-years/public';
import { auditAs, todayOf, type ServiceContext } from '../scope';
import { activeStudents, classesIn, nextYearOf, runningYear, yearOfProgramme, yearsOf } from './years';

/** Whether the actor may take back a roll-over: who did it, or a beheerder; the same day only (decision 087). */
export const mayUndo = (ctx: ServiceContext, row: { performedBy: number; performedOn: string }) =>
  row.performedOn === todayOf(ctx) && (row.performedBy === ctx.actor.userId || ctx.actor.roles.includes('beheerder'));

/** Today's roll-over that has not been taken back, if any: the screen offers its undo. */
function undoable(ctx: ServiceContext) {
  const row = ctx.db
    .select({
      id: schoolYearRollovers.id,
      performedBy: schoolYearRollovers.performedBy,
      performedByName: users.name,
      performedAt: schoolYearRollovers.performedAt,
      performedOn: schoolYearRollovers.performedOn,
      fromSchoolYearId: schoolYearRollovers.fromSchoolYearId,
      toSchoolYearId: schoolYearRollovers.toSchoolYearId,
    })
    .from(schoolYearRollovers)
    .innerJoin(users, eq(users.id, schoolYearRollovers.performedBy))
    .where(
      and(
        eq(schoolYearRollovers.partnershipId, ctx.actor.partnershipId),
        isNull(schoolYearRollovers.undoneAt),
        eq(schoolYearRollovers.performedOn, todayOf(ctx)),
      ),
    )
    .orderBy(desc(schoolYearRollovers.id))
    .get();
  return row && mayUndo(ctx, row) ? row : null;
}

/**
 * The roll-over screen: per class of the school year, who goes on, who is likely to leave (a class in its
 * last year: everyone, as afgestudeerd), the new year's figures prefilled from this year's; the students
 * without a class who may join. Names of students: an audited view.
 */
export function rolloverPreview(ctx: ServiceContext, input: z.output<typeof rolloverPreviewSchema>) {
  const from = input.fromSchoolYearId !== undefined ? getSchoolYear(ctx, input.fromSchoolYearId) : runningYear(ctx);
  const years = yearsOf(ctx);
  const next = nextYearOf(ctx, from);
  const everyone = activeStudents(ctx);
  const toRow = ({ id, firstName, lastName, programmeName, institutionName }: (typeof everyone)[number]) => ({
    id,
    firstName,
    lastName,
    programmeName,
    institutionName,
  });
  const classes = classesIn(ctx, from.id).map((c) => {
    const year = yearOfProgramme(years, c.startSchoolYearId, c.schoolYearId);
    return {
      id: c.id,
      name: c.name,
      revision: c.revision,
      teamName: c.teamName,
      yearOfProgramme: year,
      programmeYears: c.programmeYears,
      lastYear: year >= c.programmeYears,
      plannedDays: c.plannedDays,
      budgetHoursPerPeriod: c.budgetHoursPerPeriod,
      students: everyone.filter((s) => s.cohortId === c.id).map(toRow),
    };
  });
  auditAs(ctx, { action: 'school_year_rollover.view', subjectType: 'school_year', subjectId: from.id });
  return {
    from: { id: from.id, label: from.label, startsOn: from.startsOn, endsOn: from.endsOn },
    next,
    classes,
    withoutClass: everyone.filter((s) => s.cohortId === null).map(toRow),
    undoable: undoable(ctx),
  };
}
