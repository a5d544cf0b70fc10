import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { cohorts, organisations, programmes, schoolYears, students } from '../../../db/schema';
import type { cohortInputSchema } from '../../../shared/schemas/cohorts';
import { AppError } from '../../errors';
import { requireInstitution } from '../organisations/public';
import { getProgramme } from '../programmes/public';
import { getSchoolYear } from '../school-years/public';
import { audited, found, revised, unlessInUse, type ServiceContext } from '../scope';
import { shownCount } from '../regiegroep/public';
import { yearOfProgramme } from '../../../shared/domain/school-year-rollover';

type CohortInput = z.output<typeof cohortInputSchema>;

const columns = {
  id: cohorts.id,
  name: cohorts.name,
  institutionId: cohorts.institutionId,
  institutionName: organisations.name,
  programmeId: cohorts.programmeId,
  programmeName: programmes.name,
  schoolYearId: cohorts.schoolYearId,
  schoolYearLabel: schoolYears.label,
  startSchoolYearId: cohorts.startSchoolYearId,
  programmeYears: cohorts.programmeYears,
  revision: cohorts.revision,
};

function selectCohorts({ db }: ServiceContext) {
  return (
    db
      .select({ ...columns, studentCount: count(students.id) })
      .from(cohorts)
      .innerJoin(organisations, eq(organisations.id, cohorts.institutionId))
      .innerJoin(schoolYears, eq(schoolYears.id, cohorts.schoolYearId))
      .leftJoin(programmes, eq(programmes.id, cohorts.programmeId))
      // who left at a roll-over is no longer counted (decision 087)
      .leftJoin(students, and(eq(students.cohortId, cohorts.id), isNull(students.leftOn)))
      .groupBy(cohorts.id)
      .$dynamic()
  );
}

/**
 * Every class of the partnership. The size of a class is a count of students: the beheerder and the
 * projectleider (who see every student) get it as it is; everyone else — the regiegroep above all — under
 * the "< 5" rule, as on the dashboard (decision 073).
 */
export function listCohorts(ctx: ServiceContext) {
  const exact = ctx.actor.roles.some((r) => r === 'beheerder' || r === 'projectleider');
  const years = ctx.db
    .select({ id: schoolYears.id, startsOn: schoolYears.startsOn })
    .from(schoolYears)
    .where(eq(schoolYears.partnershipId, ctx.actor.partnershipId))
    .all();
  return selectCohorts(ctx)
    .where(eq(cohorts.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(cohorts.name))
    .all()
    .map((c) => ({
      ...c,
      yearOfProgramme: yearOfProgramme(years, c.startSchoolYearId, c.schoolYearId),
      studentCount: exact ? c.studentCount : shownCount(c.studentCount),
    }));
}

export function getCohort(ctx: ServiceContext, id: number) {
  return found(
    selectCohorts(ctx)
      .where(and(eq(cohorts.id, id), eq(cohorts.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

function checkReferences(ctx: ServiceContext, input: CohortInput) {
  requireInstitution(ctx, input.institutionId, 'institutionId');
  const current = getSchoolYear(ctx, input.schoolYearId);
  // A class begins in its current school year or before it (decision 087).
  if (input.startSchoolYearId !== null && getSchoolYear(ctx, input.startSchoolYearId).startsOn > current.startsOn)
    throw new AppError('BAD_REQUEST', 'v.cohorts.startYear', 'startSchoolYearId');
  if (input.programmeId !== null) getProgramme(ctx, input.programmeId);
}

export function createCohort(ctx: ServiceContext, input: CohortInput) {
  checkReferences(ctx, input);
  return audited(ctx, 'cohort.create', 'cohort', (tx) =>
    tx
      .insert(cohorts)
      .values({ ...input, partnershipId: ctx.actor.partnershipId, createdAt: ctx.clock.now() })
      .returning({ id: cohorts.id })
      .get(),
  );
}

export function updateCohort(ctx: ServiceContext, input: CohortInput & { id: number; revision: number }) {
  getCohort(ctx, input.id);
  checkReferences(ctx, input);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'cohort.update', 'cohort', (tx) => {
    const revision = revised(ctx, 'cohort', id, read);
    tx.update(cohorts).set(fields).where(eq(cohorts.id, id)).run();
    return { id, revision };
  });
}

export function removeCohort(ctx: ServiceContext, id: number) {
  getCohort(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'cohort.remove', 'cohort', (tx) => {
      tx.delete(cohorts).where(eq(cohorts.id, id)).run();
      return { id };
    }),
  );
}
