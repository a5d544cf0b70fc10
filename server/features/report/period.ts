import { and, eq } from 'drizzle-orm';
import { schoolYears } from '../../../db/schema';
import type { ReportPeriod } from '../../../shared/schemas/report';
import { found, type ServiceContext } from '../scope';

export interface ReportRange {
  from: string;
  to: string;
  /** "Q1 2026" or the school year's label ("2026-2027"). */
  label: string;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The dates a period covers; another partnership's school year is not found. */
export function rangeOf(ctx: ServiceContext, period: ReportPeriod): ReportRange {
  if (period.kind === 'quarter') {
    const firstMonth = String(period.quarter * 3 - 2).padStart(2, '0');
    return {
      from: `${period.year}-${firstMonth}-01`,
      to: `${period.year}-${QUARTER_ENDS[period.quarter - 1]!}`,
      label: `Q${period.quarter} ${period.year}`,
    };
  }
  const year = found(
    ctx.db
      .select({ label: schoolYears.label, from: schoolYears.startsOn, to: schoolYears.endsOn })
      .from(schoolYears)
      .where(and(eq(schoolYears.id, period.schoolYearId), eq(schoolYears.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  return year;
}
