import type { ReportPeriod } from '../../../shared/schemas/report';
import type { ServiceContext } from '../scope';
import { rangeOf } from './period';
import { placementsSection } from './placements.section';
import { hoursSection } from './hours.section';
import { signalsSection } from './signals.section';
import { principlesSection } from './principles.section';
import { costsSection } from './costs.section';

/**
 * The verantwoordingsrapportage (docs/decisions/091): one period's placements, hours due against
 * labelled, signals that led to decisions and principles scaled up, for boards, the gemeente and funders.
 * It leaves the platform, so every figure about people obeys the "< 5" rule whoever opens it.
 */
export function accountabilityReport(ctx: ServiceContext, period: ReportPeriod) {
  const range = rangeOf(ctx, period);
  return {
    period: range,
    placements: placementsSection(ctx, range),
    hours: hoursSection(ctx, range),
    costs: costsSection(ctx, range),
    signals: signalsSection(ctx, range),
    principles: principlesSection(ctx, range),
  };
}
