import { SUPPRESSED } from '../../../shared/domain/regiegroep';
import type { ServiceContext } from '../scope';
import { costsPerOrganisation } from '../coaching/public';
import type { ReportRange } from './period';

/** Hours and cost per paying organisation (decision 089's rule: a hidden organisation's figures are "< 5"). */
export async function costsSection(ctx: ServiceContext, range: ReportRange) {
  return (await costsPerOrganisation(ctx.db, ctx.actor.partnershipId, range)).map((r) => ({
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    hours: r.suppressed ? SUPPRESSED : r.hours,
    costEuros: r.suppressed ? SUPPRESSED : r.costCents / 100,
  }));
}
