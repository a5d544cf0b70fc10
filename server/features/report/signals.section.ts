import { and, eq } from 'drizzle-orm';
import { regiegroepDecisions, signals } from '../../../db/schema';
import { BEROEPSBEELD_DOMAIN_CODES } from '../../../shared/domain/beroepsbeeld';
import { dateInIsoWeek } from '../../../shared/domain/dates';
import type { ServiceContext } from '../scope';
import type { ReportRange } from './period';

/**
 * Signals first raised in the period (their first week's Thursday in the range, as weeks count), per
 * Beroepsbeeld domain, and how many of them led to a regiegroep decision (a decision whose subject is the
 * signal, taken at any date up to today). Counts of signals, not of students: no "< 5" rule applies.
 */
export function signalsSection(ctx: ServiceContext, range: ReportRange) {
  const raised = ctx.db
    .select({
      id: signals.id,
      domain: signals.domain,
      firstSeenYear: signals.firstSeenYear,
      firstSeenWeek: signals.firstSeenWeek,
    })
    .from(signals)
    .where(eq(signals.partnershipId, ctx.actor.partnershipId))
    .all()
    .filter((s) => {
      const thursday = dateInIsoWeek({ year: s.firstSeenYear, week: s.firstSeenWeek }, 4);
      return thursday >= range.from && thursday <= range.to;
    });
  // Every signal decision of the partnership, not a list of the raised ids (SQLite's parameter limit):
  // only the raised ones are looked up in it (decision 101).
  const decided = new Set(
    ctx.db
      .select({ signalId: regiegroepDecisions.subjectId })
      .from(regiegroepDecisions)
      .where(
        and(
          eq(regiegroepDecisions.partnershipId, ctx.actor.partnershipId),
          eq(regiegroepDecisions.subjectKind, 'signaal'),
        ),
      )
      .all()
      .map((d) => d.signalId),
  );
  const count = (rows: typeof raised) => ({
    raised: rows.length,
    withDecision: rows.filter((s) => decided.has(s.id)).length,
  });
  return {
    ...count(raised),
    byDomain: BEROEPSBEELD_DOMAIN_CODES.map((domain) => ({
      domain,
      ...count(raised.filter((s) => s.domain === domain)),
    })),
  };
}
