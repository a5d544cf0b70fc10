import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { periods, schoolYears } from '../../../db/schema';
import type { periodInputSchema, schoolYearInputSchema } from '../../../shared/schemas/school-years';
import { AppError } from '../../errors';
import { audited, found, revised, uniqueOr, unlessInUse, type ServiceContext } from '../scope';

type SchoolYearInput = z.output<typeof schoolYearInputSchema>;
type PeriodInput = z.output<typeof periodInputSchema>;

/** School years, newest first, each with its periods in order. */
export function listSchoolYears({ db, actor }: ServiceContext) {
  const years = db
    .select()
    .from(schoolYears)
    .where(eq(schoolYears.partnershipId, actor.partnershipId))
    .orderBy(asc(schoolYears.startsOn))
    .all()
    .reverse();
  const ids = years.map((y) => y.id);
  const allPeriods = ids.length
    ? db.select().from(periods).where(inArray(periods.schoolYearId, ids)).orderBy(asc(periods.startsOn)).all()
    : [];
  return years.map((y) => ({
    id: y.id,
    label: y.label,
    startsOn: y.startsOn,
    endsOn: y.endsOn,
    periods: allPeriods
      .filter((p) => p.schoolYearId === y.id)
      .map(({ id, name, startsOn, endsOn, revision }) => ({ id, name, startsOn, endsOn, revision })),
  }));
}

export function getSchoolYear({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select()
      .from(schoolYears)
      .where(and(eq(schoolYears.id, id), eq(schoolYears.partnershipId, actor.partnershipId)))
      .get(),
  );
}

export function createSchoolYear(ctx: ServiceContext, input: SchoolYearInput) {
  return uniqueOr(
    () =>
      audited(ctx, 'school_year.create', 'school_year', (tx) =>
        tx
          .insert(schoolYears)
          .values({ ...input, partnershipId: ctx.actor.partnershipId })
          .returning({ id: schoolYears.id })
          .get(),
      ),
    'e.nameTaken',
    'label',
  );
}

function getPeriod(ctx: ServiceContext, id: number) {
  const period = found(ctx.db.select().from(periods).where(eq(periods.id, id)).get());
  getSchoolYear(ctx, period.schoolYearId);
  return period;
}

/** A period lies inside its school year. */
function checkPeriodDates(ctx: ServiceContext, input: PeriodInput) {
  const year = getSchoolYear(ctx, input.schoolYearId);
  if (input.startsOn < year.startsOn || input.startsOn > year.endsOn)
    throw new AppError('BAD_REQUEST', 'v.dateOutsideYear', 'startsOn');
  if (input.endsOn > year.endsOn) throw new AppError('BAD_REQUEST', 'v.dateOutsideYear', 'endsOn');
}

export function createPeriod(ctx: ServiceContext, input: PeriodInput) {
  checkPeriodDates(ctx, input);
  return audited(ctx, 'period.create', 'period', (tx) =>
    tx.insert(periods).values(input).returning({ id: periods.id }).get(),
  );
}

export function updatePeriod(ctx: ServiceContext, input: PeriodInput & { id: number; revision: number }) {
  getPeriod(ctx, input.id);
  checkPeriodDates(ctx, input);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'period.update', 'period', (tx) => {
    const revision = revised(ctx, 'period', id, read);
    tx.update(periods).set(fields).where(eq(periods.id, id)).run();
    return { id, revision };
  });
}

export function removePeriod(ctx: ServiceContext, id: number) {
  getPeriod(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'period.remove', 'period', (tx) => {
      tx.delete(periods).where(eq(periods.id, id)).run();
      return { id };
    }),
  );
}
