import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { cohorts, mentorTeams, organisations, programmes, schoolYears, students } from '../../../db/schema';
import { addDays } from '../../../shared/domain/dates';
import { nextYearLabel } from '../../../shared/domain/school-year-rollover';
export { yearOfProgramme } from '../../../shared/domain/school-year-rollover';
import { found, todayOf, type ServiceContext } from '../scope';

type Year = typeof schoolYears.$inferSelect;

/** The partnership's school years, oldest first. */
export const yearsOf = (ctx: ServiceContext): Year[] =>
  ctx.db
    .select()
    .from(schoolYears)
    .where(eq(schoolYears.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(schoolYears.startsOn))
    .all();

/** The school year running today; else the last one begun; else the first. */
export function runningYear(ctx: ServiceContext): Year {
  const years = yearsOf(ctx);
  const today = todayOf(ctx);
  return found(
    years.find((y) => y.startsOn <= today && today <= y.endsOn) ??
      [...years].reverse().find((y) => y.startsOn <= today) ??
      years[0],
  );
}

/** The school year after `from`: the partnership's next one, or what it would be when created. */
export function nextYearOf(ctx: ServiceContext, from: Year) {
  const existing = ctx.db
    .select()
    .from(schoolYears)
    .where(and(eq(schoolYears.partnershipId, ctx.actor.partnershipId), gt(schoolYears.startsOn, from.startsOn)))
    .orderBy(asc(schoolYears.startsOn))
    .get();
  if (existing) return { id: existing.id, label: existing.label, startsOn: existing.startsOn, endsOn: existing.endsOn };
  const startsOn = addDays(from.endsOn, 1);
  const endsOn = `${Number(from.endsOn.slice(0, 4)) + 1}${from.endsOn.slice(4)}`;
  return { id: null, label: nextYearLabel(from.label), startsOn, endsOn };
}

/** The classes in a school year, with their team's figures (the team's columns are the current year's). */
export const classesIn = (ctx: ServiceContext, schoolYearId: number) =>
  ctx.db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      revision: cohorts.revision,
      startSchoolYearId: cohorts.startSchoolYearId,
      schoolYearId: cohorts.schoolYearId,
      programmeYears: cohorts.programmeYears,
      teamId: mentorTeams.id,
      teamName: mentorTeams.name,
      plannedDays: mentorTeams.defaultPlannedDays,
      budgetHoursPerPeriod: mentorTeams.budgetHoursPerPeriod,
    })
    .from(cohorts)
    .leftJoin(mentorTeams, eq(mentorTeams.cohortId, cohorts.id))
    .where(and(eq(cohorts.partnershipId, ctx.actor.partnershipId), eq(cohorts.schoolYearId, schoolYearId)))
    .orderBy(asc(cohorts.name))
    .all();

const studentColumns = {
  id: students.id,
  firstName: students.firstName,
  lastName: students.lastName,
  cohortId: students.cohortId,
  schoolYearId: students.schoolYearId,
  programmeName: programmes.name,
  institutionName: organisations.name,
};

/** Students still in a class or without one (never those who left), with their own programme and institution. */
export const activeStudents = (ctx: ServiceContext) =>
  ctx.db
    .select(studentColumns)
    .from(students)
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .innerJoin(organisations, eq(organisations.id, programmes.institutionId))
    .where(and(eq(students.partnershipId, ctx.actor.partnershipId), isNull(students.leftOn)))
    .orderBy(asc(students.lastName), asc(students.firstName))
    .all();
