import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { coachingLabels, organisations } from '../../../db/schema';
import type { costExportSchema, costYearSchema } from '../../../shared/schemas/coaching-costs';
import { QUARTERS, weekCountsIn } from '../../../shared/domain/coaching-costs';
import { rolesGrant } from '../../../shared/domain/permissions';
import { auditAs, type ServiceContext } from '../scope';
import { csvFile, xlsxFile } from '../placements/public';
import { costSumsInTurns } from './cost-sums';
import { costTable, overviewTables, sumTable, type ShownFigure } from './cost-table';

/** Those who see every coach's hours (decision 085) see exact figures; the regiegroep sees them by the "< 5" rule. */
const seesExact = (ctx: ServiceContext) => rolesGrant(ctx.actor.roles, 'coaching.read');

function namesOf(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .all()
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

const hoursOnly = ({ hours, hidden }: ShownFigure) => ({ hours, hidden });

/**
 * The cost overview of a year: organisations × quarters (hours and cost, with totals), and the coaching
 * hours per organisation × label. Organisations without hours that year are left out.
 */
export async function costOverview(ctx: ServiceContext, { year }: z.output<typeof costYearSchema>) {
  const exact = seesExact(ctx);
  const parts = await costSumsInTurns(ctx.db, ctx.actor.partnershipId, [year]);
  const orgs = namesOf(ctx.db, [...new Set(parts.map((p) => p.organisationId))]);
  const labels = ctx.db
    .select({ id: coachingLabels.id, name: coachingLabels.name })
    .from(coachingLabels)
    .where(eq(coachingLabels.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(coachingLabels.position), asc(coachingLabels.id))
    .all();
  const { quarters, byLabel } = overviewTables(
    parts,
    orgs.map((o) => o.id),
    labels.map((l) => l.id),
    exact,
  );
  const unpriced = parts.reduce((n, p) => n + p.unpricedMinutes, 0);
  return {
    year,
    exact,
    organisations: orgs,
    quarters,
    labels,
    // Only hours: what a label costs is the quarter table's business. The last column is mentor teams'.
    byLabel: {
      cells: byLabel.cells.map((r) => r.map(hoursOnly)),
      rowTotals: byLabel.rowTotals.map(hoursOnly),
      columnTotals: byLabel.columnTotals.map(hoursOnly),
      total: hoursOnly(byLabel.total),
    },
    // Hours no tariff was found for: for those who set tariffs, so none is forgotten.
    unpricedHours: exact ? Math.round((unpriced / 60) * 100) / 100 : null,
  };
}

const figure = (value: number | null, hidden: ShownFigure['hidden']) => hidden ?? value ?? '';

/** The overview as a file: one row per organisation and quarter, then its year, then the totals. */
export async function exportCosts(ctx: ServiceContext, input: z.output<typeof costExportSchema>) {
  const view = await costOverview(ctx, { year: input.year });
  const rows: (string | number)[][] = [['Organisatie', 'Jaar', 'Kwartaal', 'Uren', 'Kosten (euro)']];
  const line = (name: string, quarter: string, f: ShownFigure) =>
    rows.push([
      name,
      input.year,
      quarter,
      figure(f.hours, f.hidden),
      figure(f.costCents === null ? null : f.costCents / 100, f.hidden),
    ]);
  view.organisations.forEach((org, i) => {
    QUARTERS.forEach((q, j) => line(org.name, `K${q}`, view.quarters.cells[i]![j]!));
    line(org.name, 'jaar', view.quarters.rowTotals[i]!);
  });
  QUARTERS.forEach((q, j) => line('Totaal', `K${q}`, view.quarters.columnTotals[j]!));
  line('Totaal', 'jaar', view.quarters.total);
  auditAs(ctx, {
    action: 'coaching_costs.export',
    subjectType: 'partnership',
    subjectId: ctx.actor.partnershipId,
    detail: { year: input.year, format: input.format },
  });
  const filename = `kosten-coaching-${input.year}.${input.format}`;
  return input.format === 'csv'
    ? csvFile(filename, rows)
    : xlsxFile(filename, [{ name: `Kosten ${input.year}`, rows }]);
}

/**
 * Hours and cost per paying organisation over weeks whose Thursday lies in [from, to] (for the
 * accountability report, which goes outside the partnership: always by the "< 5" rule, with a suppressed
 * organisation's hours and cost given as 0). See docs/decisions/089.
 */
export async function costsPerOrganisation(
  db: Db,
  partnershipId: number,
  range: { from: string; to: string },
): Promise<
  { organisationId: number; organisationName: string; hours: number; costCents: number; suppressed: boolean }[]
> {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const parts = await costSumsInTurns(db, partnershipId, years, (week) => weekCountsIn(week, range.from, range.to));
  const orgs = namesOf(db, [...new Set(parts.map((p) => p.organisationId))]);
  const rowOf = new Map(orgs.map((o, i) => [o.id, i]));
  const sums = sumTable(
    parts,
    orgs.length,
    1,
    (p) => rowOf.get(p.organisationId) ?? -1,
    () => 0,
  );
  // One column: each organisation against the total a report may print beside it.
  const table = costTable(sums, false);
  return orgs.map((org, i) => {
    const cell = table.cells[i]![0]!;
    return {
      organisationId: org.id,
      organisationName: org.name,
      hours: cell.hours ?? 0,
      costCents: cell.costCents ?? 0,
      suppressed: cell.hidden !== null,
    };
  });
}
