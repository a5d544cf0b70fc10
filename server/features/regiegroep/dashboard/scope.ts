import { and, asc, eq } from 'drizzle-orm';
import {
  organisations,
  partnershipOrganisations,
  periods,
  programmes,
  schoolYears,
  topLocations,
} from '../../../../db/schema';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import type { ServiceContext } from '../../scope';
import { todayOf } from '../access';

/**
 * What the dashboard's filters select, resolved once for all panels. A filter naming something that
 * is not there (or is another partnership's) selects nothing: `empty`, and every panel shows its empty
 * state — never an error, never another partnership's figures.
 */
export interface DashboardScope {
  empty: boolean;
  today: string;
  schoolYear: { id: number; label: string; startsOn: string; endsOn: string } | null;
  periods: { id: number; name: string; startsOn: string; endsOn: string }[];
  period: { id: number; name: string; startsOn: string; endsOn: string } | null;
  /** The time window: the period, else the school year (ISO dates, inclusive). */
  from: string;
  to: string;
  locationId: number | null;
  programmeId: number | null;
  organisationId: number | null;
}

export function schoolYearsOf({ db, actor }: ServiceContext) {
  return db
    .select({
      id: schoolYears.id,
      label: schoolYears.label,
      startsOn: schoolYears.startsOn,
      endsOn: schoolYears.endsOn,
    })
    .from(schoolYears)
    .where(eq(schoolYears.partnershipId, actor.partnershipId))
    .orderBy(asc(schoolYears.startsOn))
    .all();
}

/** Without a choice: the school year today falls in; else the last one begun; else the first. */
function defaultYear<Y extends { startsOn: string; endsOn: string }>(years: Y[], today: string): Y | undefined {
  return (
    years.find((y) => y.startsOn <= today && today <= y.endsOn) ??
    [...years].reverse().find((y) => y.startsOn <= today) ??
    years[0]
  );
}

export function resolveScope(ctx: ServiceContext, filter: DashboardFilter): DashboardScope {
  const { db, actor } = ctx;
  const today = todayOf(ctx);
  const years = schoolYearsOf(ctx);
  const year =
    filter.schoolYearId !== undefined ? years.find((y) => y.id === filter.schoolYearId) : defaultYear(years, today);
  const yearPeriods = year
    ? db
        .select({ id: periods.id, name: periods.name, startsOn: periods.startsOn, endsOn: periods.endsOn })
        .from(periods)
        .where(eq(periods.schoolYearId, year.id))
        .orderBy(asc(periods.startsOn))
        .all()
    : [];
  const period = filter.periodId !== undefined ? yearPeriods.find((p) => p.id === filter.periodId) : undefined;
  const exists = {
    location:
      filter.locationId === undefined ||
      db
        .select({ id: topLocations.id })
        .from(topLocations)
        .where(and(eq(topLocations.id, filter.locationId), eq(topLocations.partnershipId, actor.partnershipId)))
        .get() !== undefined,
    programme:
      filter.programmeId === undefined ||
      db
        .select({ id: programmes.id })
        .from(programmes)
        .where(and(eq(programmes.id, filter.programmeId), eq(programmes.partnershipId, actor.partnershipId)))
        .get() !== undefined,
    organisation:
      filter.organisationId === undefined ||
      db
        .select({ id: partnershipOrganisations.organisationId })
        .from(partnershipOrganisations)
        .where(
          and(
            eq(partnershipOrganisations.organisationId, filter.organisationId),
            eq(partnershipOrganisations.partnershipId, actor.partnershipId),
          ),
        )
        .get() !== undefined,
  };
  const empty =
    !year ||
    (filter.periodId !== undefined && !period) ||
    !exists.location ||
    !exists.programme ||
    !exists.organisation;
  return {
    empty,
    today,
    schoolYear: year ?? null,
    periods: yearPeriods,
    period: period ?? null,
    from: period?.startsOn ?? year?.startsOn ?? today,
    to: period?.endsOn ?? year?.endsOn ?? today,
    locationId: filter.locationId ?? null,
    programmeId: filter.programmeId ?? null,
    organisationId: filter.organisationId ?? null,
  };
}

/** The choices of the filter bar: school years with their periods, TOP-locaties, programmes, organisations. */
export function dashboardOptions(ctx: ServiceContext) {
  const { db, actor } = ctx;
  const years = schoolYearsOf(ctx);
  const allPeriods = years.length
    ? db
        .select({ id: periods.id, schoolYearId: periods.schoolYearId, name: periods.name, startsOn: periods.startsOn })
        .from(periods)
        .innerJoin(schoolYears, eq(schoolYears.id, periods.schoolYearId))
        .where(eq(schoolYears.partnershipId, actor.partnershipId))
        .orderBy(asc(periods.startsOn))
        .all()
    : [];
  const defaultSchoolYearId = defaultYear(years, todayOf(ctx))?.id ?? null;
  return {
    defaultSchoolYearId,
    schoolYears: years.map((y) => ({
      id: y.id,
      label: y.label,
      periods: allPeriods.filter((p) => p.schoolYearId === y.id).map(({ id, name }) => ({ id, name })),
    })),
    locations: db
      .select({ id: topLocations.id, name: topLocations.name })
      .from(topLocations)
      .where(eq(topLocations.partnershipId, actor.partnershipId))
      .orderBy(asc(topLocations.name))
      .all(),
    programmes: db
      .select({ id: programmes.id, name: programmes.name })
      .from(programmes)
      .where(eq(programmes.partnershipId, actor.partnershipId))
      .orderBy(asc(programmes.name))
      .all(),
    organisations: db
      .select({ id: organisations.id, name: organisations.name, type: organisations.type })
      .from(organisations)
      .innerJoin(partnershipOrganisations, eq(partnershipOrganisations.organisationId, organisations.id))
      .where(eq(partnershipOrganisations.partnershipId, actor.partnershipId))
      .orderBy(asc(organisations.name))
      .all(),
  };
}

/** Months ("2026-09") from the window's start to its end or today, whichever is first. */
export function monthsOf(scope: Pick<DashboardScope, 'from' | 'to' | 'today'>): string[] {
  const last = (scope.to < scope.today ? scope.to : scope.today).slice(0, 7);
  const out: string[] = [];
  let [y, m] = scope.from.slice(0, 7).split('-').map(Number) as [number, number];
  for (let key = scope.from.slice(0, 7); key <= last && out.length < 60;) {
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}
