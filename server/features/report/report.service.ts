import type { ReportPeriod } from '../../../shared/schemas/report';
import type { ServiceContext } from '../scope';
import { rangeOf } from './period';
import { placementsSection } from './placements.section';
import { hoursSection } from './hours.section';
import { signalsSection } from './signals.section';
import { principlesSection } from './principles.section';
import { costsSection } from './costs.section';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * The verantwoordingsrapportage (docs/decisions/091): one period's placements, hours due against
 * labelled, signals that led to decisions and principles scaled up, for boards, the gemeente and funders.
 * It leaves the platform, so every figure about people obeys the "< 5" rule whoever opens it.
 */
export async function accountabilityReport(ctx: ServiceContext, period: ReportPeriod) {
  const range = rangeOf(ctx, period);
  // A turn of the event loop between the sections: at the scale of a large partnership each takes tens of
  // milliseconds, all of them at once held every other request for several hundred (decision 098).
  const placements = placementsSection(ctx, range);
  await nextTurn();
  const hours = hoursSection(ctx, range);
  await nextTurn();
  const costs = await costsSection(ctx, range);
  const signals = signalsSection(ctx, range);
  const principles = principlesSection(ctx, range);
  return { period: range, placements, hours, costs, signals, principles };
}
